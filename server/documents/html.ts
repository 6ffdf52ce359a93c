/**
 * The report as one self-contained HTML page: print-ready on A4, readable on a phone. No script,
 * no external resource, and a content security policy that would block either, so nothing a
 * participant typed can run or fetch anything even if it slipped past the escaping.
 */
import { cleanText } from './clean-text.js';
import { PICTURES_STYLE, picturesHtml } from './pictures.js';
import { NO_FINDINGS, PART_TITLES, SESSION_COLUMNS, type AnnexSection, type NumberedGroup, type Quote, type Report, type ReportFinding } from './report.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** Escaped, with the participant's line breaks kept. */
function prose(text: string): string {
  return escapeHtml(text.trim()).replace(/\n/g, '<br>');
}

const STYLE = `
@page { size: A4; margin: 22mm 20mm 24mm; }
:root { color-scheme: light; --ink: #1d1d1f; --quiet: #5f6368; --rule: #d5d7db; --accent: #1f4e79; }
* { box-sizing: border-box; }
html { font-size: 17px; -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 44rem; padding: 1.5rem 1.25rem 3rem; color: var(--ink); background: #fff;
  font-family: Georgia, Cambria, "Times New Roman", serif; line-height: 1.55; overflow-wrap: break-word; }
h1, h2, h3, h4 { font-family: "Helvetica Neue", Arial, sans-serif; color: var(--accent); line-height: 1.25; break-after: avoid; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
.subtitle { font-style: italic; color: var(--quiet); margin: 0 0 2rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); text-transform: uppercase; letter-spacing: .04em; }
h3 { font-size: 1.08rem; margin: 1.5rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1.1rem 0 .3rem; color: var(--ink); }
p { margin: 0 0 .7rem; }
table { width: 100%; border-collapse: collapse; margin: .4rem 0 1rem; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); }
th { font-family: "Helvetica Neue", Arial, sans-serif; font-weight: 600; }
ol, ul { padding-left: 1.6rem; margin: 0 0 .8rem; }
li { margin-bottom: .45rem; }
.findings > li { break-inside: avoid; margin-bottom: .9rem; }
.figures { display: block; font-size: .8rem; color: var(--quiet); font-family: "Helvetica Neue", Arial, sans-serif; }
.note { margin: .3rem 0 .3rem; font-size: .95rem; }
blockquote.pull-quote { margin: .8rem 0 .8rem 1rem; padding: .2rem 0 .2rem 1rem; border-left: 3px solid var(--accent); break-inside: avoid; }
blockquote.pull-quote p { font-size: 1.08rem; font-style: italic; margin: 0 0 .2rem; }
blockquote.pull-quote footer { font-size: .85rem; color: var(--quiet); }
@media print { html { font-size: 11pt; } body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
@media (max-width: 30rem) { html { font-size: 16px; } body { padding: 1rem .9rem 2rem; } th, td { padding: .25rem .3rem; } }
`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function list(tag: 'ol' | 'ul', items: readonly string[]): string {
  return `<${tag}>\n${items.map((i) => `<li>${prose(i)}</li>`).join('\n')}\n</${tag}>`;
}

function groups(list_: readonly NumberedGroup[], tag = 'h3'): string[] {
  return list_.flatMap((g) => [`<${tag}>${escapeHtml(g.heading)}</${tag}>`, list('ol', g.items)]);
}

function annex(sections: readonly AnnexSection[]): string[] {
  return sections.flatMap((s) => [`<h3>${escapeHtml(s.heading)}</h3>`, ...groups(s.groups, 'h4')]);
}

function pullQuote(q: Quote): string {
  const by = q.attribution ? `<footer>— ${escapeHtml(q.attribution)}</footer>` : '';
  return `<blockquote class="pull-quote"><p>“${prose(q.text)}”</p>${by}</blockquote>`;
}

function finding(f: ReportFinding): string {
  const parts = [`<li value="${f.number}">`, `<p>${prose(f.text)} <span class="figures">(${escapeHtml(f.figures)})</span></p>`];
  parts.push(...f.quotes.map(pullQuote));
  if (f.counter) {
    const by = f.counter.attribution ? ` — ${escapeHtml(f.counter.attribution)}` : '';
    parts.push(`<p class="note"><em>A counter-view:</em> “${prose(f.counter.text)}” (${escapeHtml(f.counter.figures)})${by}</p>`);
  }
  if (f.divides) parts.push(`<p class="note">${prose(f.divides)}</p>`);
  if (f.questions.length > 0) parts.push('<p class="note"><em>Questions raised:</em></p>', list('ul', f.questions));
  parts.push('</li>');
  return parts.join('\n');
}

/** A part's heading and blocks, or nothing when it has no blocks. */
function part(title: string, blocks: string[], tag = 'h2'): string[] {
  return blocks.length > 0 ? [`<${tag}>${escapeHtml(title)}</${tag}>`, ...blocks] : [];
}

function consolidation(report: Report): string[] {
  const note = report.frameworkNote ? [`<p class="note">${prose(report.frameworkNote)}</p>`] : [];
  if (report.consolidation.length === 0) return [...note, `<p>${NO_FINDINGS}</p>`];
  return [...note, ...report.consolidation.flatMap((section) => [
    `<h3>${escapeHtml(section.heading)}</h3>`,
    ...section.themes.flatMap((theme) => [`<h4>${escapeHtml(theme.label)}</h4>`, `<ol class="findings">\n${theme.findings.map(finding).join('\n')}\n</ol>`]),
  ])];
}

const paragraphs = (texts: readonly string[]) => texts.map((p) => `<p>${prose(p)}</p>`);
const rowsOr = (rows: readonly (readonly string[])[], header: readonly string[]) => (rows.length > 0 ? [table(header, rows)] : []);

export function renderHtml(report: Report): string {
  const out = [
    ...part(PART_TITLES.sessions, rowsOr(report.sessions.map((s) => [s.title, s.place ?? '', s.date ?? '', s.format ?? '']), SESSION_COLUMNS)),
    ...part(PART_TITLES.conduct, [
      ...paragraphs(report.conduct),
      ...part(PART_TITLES.categories, rowsOr(report.participantsByCategory.map((c) => [c.label, String(c.count)]), ['Category', 'Participants']), 'h3'),
    ]),
    ...picturesHtml(report.pictures, escapeHtml),
    ...part(PART_TITLES.questions, groups(report.questionsPut)),
    ...part(PART_TITLES.consolidation, consolidation(report)),
    ...part(PART_TITLES.groups, [...paragraphs(report.groups.summary), ...report.groups.profiles.flatMap((g) => [`<h3>${escapeHtml(g.heading)}</h3>`, list('ul', g.lines)])]),
    ...part(PART_TITLES.convergence, groups(report.keyConvergence)),
    ...part(PART_TITLES.rejected, report.rejected.length > 0 ? [list('ul', report.rejected)] : []),
    ...part(PART_TITLES.divergence, report.divergence.length > 0 ? [list('ul', report.divergence)] : []),
    ...part(PART_TITLES.reflection, groups(report.furtherReflection)),
    ...part(PART_TITLES.quotes, report.pullQuotes.map(pullQuote)),
    ...part(PART_TITLES.method, [
      ...paragraphs(report.method.paragraphs),
      ...part(PART_TITLES.strengthWords, [table(['Word', 'Rule'], report.method.strengthWords.map((s) => [s.word, s.rule]))], 'h3'),
    ]),
    ...part(PART_TITLES.annexByTheme, annex(report.annexByTheme)),
    ...part(PART_TITLES.annexByQuestion, groups(report.annexByQuestion)),
  ];

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}${PICTURES_STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(report.title)}</h1>
<p class="subtitle">${escapeHtml(report.subtitle)}</p>
</header>
<main>
${out.join('\n')}
</main>
</body>
</html>
`;
}
