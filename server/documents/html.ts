/**
 * The report as one self-contained HTML page: print-ready on A4, readable on a phone. No script,
 * no external resource, and a content security policy that would block either, so nothing a
 * participant typed can run or fetch anything even if it slipped past the escaping.
 */
import { cleanText } from '../../shared/clean-text.js';
import { PICTURES_STYLE, picturesHtml } from './pictures.js';
import type { ReportLabels } from './i18n/messages.js';
import type { AnnexSection, NumberedGroup, Quote, Report, ReportFinding } from './report.js';

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

/** Where a document in another language quotes Annex II's English. */
const english = (yes: boolean | undefined) => (yes ? ' lang="en"' : '');

/** Items are contributions or quote them: each takes the direction of its own first letter (Arabic, Persian…). */
function list(tag: 'ol' | 'ul', items: readonly string[], inEnglish?: readonly boolean[]): string {
  return `<${tag}>\n${items.map((i, k) => `<li dir="auto"${english(inEnglish?.[k])}>${prose(i)}</li>`).join('\n')}\n</${tag}>`;
}

function groups(list_: readonly NumberedGroup[], tag = 'h3'): string[] {
  return list_.flatMap((g) => [`<${tag} dir="auto"${english(g.english?.heading)}>${escapeHtml(g.heading)}</${tag}>`, list('ol', g.items, g.english?.items)]);
}

function annex(sections: readonly AnnexSection[]): string[] {
  return sections.flatMap((s) => [`<h3>${escapeHtml(s.heading)}</h3>`, ...groups(s.groups, 'h4')]);
}

function pullQuote(q: Quote, [open, close]: ReportLabels['quoteMarks']): string {
  const by = q.attribution ? `<footer>— ${escapeHtml(q.attribution)}</footer>` : '';
  return `<blockquote class="pull-quote"><p dir="auto">${open}${prose(q.text)}${close}</p>${by}</blockquote>`;
}

function finding(f: ReportFinding, labels: ReportLabels): string {
  const parts = [`<li value="${f.number}">`, `<p>${prose(f.text)} <span class="figures">(${escapeHtml(f.figures)})</span></p>`];
  parts.push(...f.quotes.map((q) => pullQuote(q, labels.quoteMarks)));
  if (f.counter) {
    const by = f.counter.attribution ? ` — ${escapeHtml(f.counter.attribution)}` : '';
    parts.push(`<p class="note"><em>${escapeHtml(labels.counterView)}</em> <span dir="auto">${labels.quoteMarks[0]}${prose(f.counter.text)}${labels.quoteMarks[1]}</span> (${escapeHtml(f.counter.figures)})${by}</p>`);
  }
  if (f.divides) parts.push(`<p class="note">${prose(f.divides)}</p>`);
  if (f.questions.length > 0) parts.push(`<p class="note"><em>${escapeHtml(labels.questionsRaised)}</em></p>`, list('ul', f.questions));
  parts.push('</li>');
  return parts.join('\n');
}

/** A part's heading and blocks, or nothing when it has no blocks. */
function part(title: string, blocks: string[], tag = 'h2'): string[] {
  return blocks.length > 0 ? [`<${tag}>${escapeHtml(title)}</${tag}>`, ...blocks] : [];
}

function consolidation(report: Report): string[] {
  const note = report.frameworkNote ? [`<p class="note">${prose(report.frameworkNote)}</p>`] : [];
  if (report.consolidation.length === 0) return [...note, `<p>${escapeHtml(report.labels.noFindings)}</p>`];
  return [...note, ...report.consolidation.flatMap((section) => [
    `<h3>${escapeHtml(section.heading)}</h3>`,
    ...section.themes.flatMap((theme) => [`<h4>${escapeHtml(theme.label)}</h4>`, `<ol class="findings">\n${theme.findings.map((f) => finding(f, report.labels)).join('\n')}\n</ol>`]),
  ])];
}

const paragraphs = (texts: readonly string[]) => texts.map((p) => `<p>${prose(p)}</p>`);
const rowsOr = (rows: readonly (readonly string[])[], header: readonly string[]) => (rows.length > 0 ? [table(header, rows)] : []);

export function renderHtml(report: Report): string {
  const { labels } = report;
  const titles = labels.parts;
  const out = [
    ...part(titles.sessions, rowsOr(report.sessions.map((s) => [s.title, s.place ?? '', s.date ?? '', s.format ?? '']), labels.sessionColumns)),
    ...part(titles.conduct, [
      ...paragraphs(report.conduct),
      ...part(titles.categories, rowsOr(report.participantsByCategory.map((c) => [c.label, String(c.count)]), labels.categoryColumns), 'h3'),
    ]),
    ...picturesHtml(report.pictures, escapeHtml),
    ...part(titles.questions, [...groups(report.questionsPut), ...(report.questionsNote ? [`<p class="note">${prose(report.questionsNote)}</p>`] : [])]),
    ...part(titles.consolidation, consolidation(report)),
    ...part(titles.groups, [...paragraphs(report.groups.summary), ...report.groups.profiles.flatMap((g) => [`<h3>${escapeHtml(g.heading)}</h3>`, list('ul', g.lines)])]),
    ...part(titles.convergence, groups(report.keyConvergence)),
    ...part(titles.rejected, report.rejected.length > 0 ? [list('ul', report.rejected)] : []),
    ...part(titles.divergence, report.divergence.length > 0 ? [list('ul', report.divergence)] : []),
    ...part(titles.reflection, groups(report.furtherReflection)),
    ...part(titles.quotes, report.pullQuotes.map((q) => pullQuote(q, labels.quoteMarks))),
    ...part(titles.method, [
      ...paragraphs(report.method.paragraphs),
      ...part(titles.strengthWords, [table(labels.strengthColumns, report.method.strengthWords.map((s) => [s.word, s.rule]))], 'h3'),
    ]),
    ...part(titles.annexByTheme, annex(report.annexByTheme)),
    ...part(titles.annexByQuestion, groups(report.annexByQuestion)),
  ];

  return `<!doctype html>
<html lang="${new Intl.Locale(labels.locale).language}">
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
<h1 dir="auto">${escapeHtml(report.title)}</h1>
<p class="subtitle">${escapeHtml(report.subtitle)}</p>
</header>
<main>
${out.join('\n')}
</main>
</body>
</html>
`;
}
