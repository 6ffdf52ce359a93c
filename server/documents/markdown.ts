/**
 * The report as CommonMark, for pasting and version control. Every string is escaped so that
 * nothing a participant typed can open a heading, a list, a link, an image, raw HTML or a table
 * cell: Markdown punctuation is backslash-escaped and line breaks become spaces.
 */
import { oneLine } from '../../shared/clean-text.js';
import type { ReportLabels } from './i18n/messages.js';
import type { AnnexSection, NumberedGroup, Quote, Report, ReportFinding } from './report.js';

/** Characters that open inline structure anywhere in a line (emphasis, code, links, images, HTML, entities, tables, strikethrough, e-mail autolinks). */
const INLINE = /[\\`*_[\]<>!|~&@]/g;
/** What GitHub-flavoured Markdown turns into a link without brackets: "http://", "www.". */
const BARE_LINK = /(:)(?=\/\/)|(?<=\bwww)(\.)/gi;
/** What opens block structure at the start of a line: headings, quotes, lists, rules, setext underlines. */
const LINE_START = /^([#>+\-=]|\d+(?=[.)]))/;

export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(INLINE, '\\$&').replace(BARE_LINK, '\\$&').replace(LINE_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map((r) => line(r.map(escapeMarkdown)))].join('\n');
}

function numbered(items: readonly string[], start = 1): string {
  return items.map((item, i) => `${start + i}. ${escapeMarkdown(item)}`).join('\n');
}

function groups(list: readonly NumberedGroup[], level = '###'): string[] {
  return list.flatMap((g) => [`${level} ${escapeMarkdown(g.heading)}`, numbered(g.items)]);
}

function annex(sections: readonly AnnexSection[]): string[] {
  return sections.flatMap((s) => [`### ${escapeMarkdown(s.heading)}`, ...groups(s.groups, '####')]);
}

function quote(q: Quote, [open, close]: ReportLabels['quoteMarks'], indent = ''): string {
  const lines = [`${indent}> ${open}${escapeMarkdown(q.text)}${close}`];
  if (q.attribution) lines.push(`${indent}>`, `${indent}> — ${escapeMarkdown(q.attribution)}`);
  return lines.join('\n');
}

/** A finding keeps its own number: an ordered list may start anywhere in CommonMark. */
function finding(f: ReportFinding, labels: ReportLabels): string {
  const indent = ' '.repeat(`${f.number}. `.length);
  const blocks = [`${f.number}. ${escapeMarkdown(f.text)} *(${escapeMarkdown(f.figures)})*`];
  for (const q of f.quotes) blocks.push(quote(q, labels.quoteMarks, indent));
  if (f.counter) {
    const by = f.counter.attribution ? ` — ${escapeMarkdown(f.counter.attribution)}` : '';
    blocks.push(`${indent}*${labels.counterView}* ${labels.quoteMarks[0]}${escapeMarkdown(f.counter.text)}${labels.quoteMarks[1]} (${escapeMarkdown(f.counter.figures)})${by}`);
  }
  if (f.divides) blocks.push(`${indent}${escapeMarkdown(f.divides)}`);
  if (f.questions.length > 0) blocks.push(`${indent}*${labels.questionsRaised}*`, f.questions.map((q) => `${indent}- ${escapeMarkdown(q)}`).join('\n'));
  return blocks.join('\n\n');
}

/** A part's heading and blocks, or nothing when it has no blocks. */
function part(title: string, blocks: string[], level = '##'): string[] {
  return blocks.length > 0 ? [`${level} ${title}`, ...blocks] : [];
}

function consolidation(report: Report): string[] {
  const note = report.frameworkNote ? [escapeMarkdown(report.frameworkNote)] : [];
  if (report.consolidation.length === 0) return [...note, escapeMarkdown(report.labels.noFindings)];
  return [...note, ...report.consolidation.flatMap((section) => [
    `### ${escapeMarkdown(section.heading)}`,
    ...section.themes.flatMap((theme) => [`#### ${escapeMarkdown(theme.label)}`, ...theme.findings.map((f) => finding(f, report.labels))]),
  ])];
}

const bullets = (items: readonly string[]) => (items.length > 0 ? [items.map((i) => `- ${escapeMarkdown(i)}`).join('\n')] : []);
const sessionRows = (report: Report) => report.sessions.map((s) => [s.title, s.place ?? '', s.date ?? '', s.format ?? '']);

export function renderMarkdown(report: Report): string {
  const { labels } = report;
  const titles = labels.parts;
  const out = [
    `# ${escapeMarkdown(report.title)}`,
    `*${escapeMarkdown(report.subtitle)}*`,
    ...part(titles.sessions, report.sessions.length > 0 ? [table(labels.sessionColumns, sessionRows(report))] : []),
    ...part(titles.conduct, [
      ...report.conduct.map(escapeMarkdown),
      ...part(titles.categories, bullets(report.participantsByCategory.map((c) => `${c.label}${labels.colon} ${c.count}`)), '###'),
    ]),
    ...part(titles.questions, [...groups(report.questionsPut), ...(report.questionsNote ? [`*${escapeMarkdown(report.questionsNote)}*`] : [])]),
    ...part(titles.consolidation, consolidation(report)),
    ...part(titles.groups, [...report.groups.summary.map(escapeMarkdown), ...report.groups.profiles.flatMap((g) => [`### ${escapeMarkdown(g.heading)}`, ...bullets(g.lines)])]),
    ...part(titles.convergence, groups(report.keyConvergence)),
    ...part(titles.rejected, bullets(report.rejected)),
    ...part(titles.divergence, bullets(report.divergence)),
    ...part(titles.reflection, groups(report.furtherReflection)),
    ...part(titles.quotes, report.pullQuotes.map((q) => quote(q, labels.quoteMarks))),
    ...part(titles.method, [
      ...report.method.paragraphs.map(escapeMarkdown),
      ...part(titles.strengthWords, [table(labels.strengthColumns, report.method.strengthWords.map((s) => [s.word, s.rule]))], '###'),
    ]),
    ...part(titles.annexByTheme, annex(report.annexByTheme)),
    ...part(titles.annexByQuestion, groups(report.annexByQuestion)),
  ];
  return `${out.join('\n\n')}\n`;
}
