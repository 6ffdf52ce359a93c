/**
 * The report as CommonMark, for pasting and version control. Every string is escaped so that
 * nothing a participant typed can open a heading, a list, a link, an image, raw HTML or a table
 * cell: Markdown punctuation is backslash-escaped and line breaks become spaces.
 */
import { oneLine } from './clean-text.js';
import { PART_TITLES, SESSION_COLUMNS, type NumberedGroup, type Quote, type Report, type ReportFinding } from './report.js';

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

function groups(list: readonly NumberedGroup[]): string[] {
  return list.flatMap((g) => [`### ${escapeMarkdown(g.heading)}`, numbered(g.items)]);
}

function quote(q: Quote, indent = ''): string {
  return [`${indent}> “${escapeMarkdown(q.text)}”`, `${indent}>`, `${indent}> — ${escapeMarkdown(q.attribution)}`].join('\n');
}

/** A finding keeps its own number: an ordered list may start anywhere in CommonMark. */
function finding(f: ReportFinding): string {
  const indent = ' '.repeat(`${f.number}. `.length);
  const blocks = [`${f.number}. ${escapeMarkdown(f.text)} *(${escapeMarkdown(f.figures)})*`];
  if (f.divides) blocks.push(`${indent}${escapeMarkdown(f.divides)}`);
  for (const q of f.quotes) blocks.push(quote(q, indent));
  return blocks.join('\n\n');
}

export function renderMarkdown(report: Report): string {
  const out: string[] = [`# ${escapeMarkdown(report.title)}`, `*${escapeMarkdown(report.subtitle)}*`];
  const part = (title: string) => out.push(`## ${title}`);

  part(PART_TITLES.sessions);
  out.push(table(SESSION_COLUMNS, report.sessions.map((s) => [s.title, s.place ?? '', s.date ?? '', s.format ?? ''])));

  part(PART_TITLES.conduct);
  out.push(...report.conduct.map(escapeMarkdown));
  if (report.participantsByCategory.length > 0) {
    out.push(`**${PART_TITLES.categories}**`, report.participantsByCategory.map((c) => `- ${escapeMarkdown(c.label)}: ${c.count}`).join('\n'));
  }

  if (report.questionsPut.length > 0) {
    part(PART_TITLES.questions);
    out.push(...groups(report.questionsPut));
  }

  part(PART_TITLES.consolidation);
  if (report.consolidation.length === 0) out.push('No theme has enough support for a finding yet.');
  for (const section of report.consolidation) {
    out.push(`### ${escapeMarkdown(section.heading)}`);
    for (const theme of section.themes) {
      out.push(`#### ${escapeMarkdown(theme.label)}`);
      out.push(...theme.findings.map(finding));
    }
  }

  if (report.keyConvergence.length > 0) {
    part(PART_TITLES.convergence);
    out.push(...groups(report.keyConvergence));
  }
  if (report.divergence.length > 0) {
    part(PART_TITLES.divergence);
    out.push(report.divergence.map((d) => `- ${escapeMarkdown(d)}`).join('\n'));
  }
  if (report.furtherReflection.length > 0) {
    part(PART_TITLES.reflection);
    out.push(...groups(report.furtherReflection));
  }
  if (report.pullQuotes.length > 0) {
    part(PART_TITLES.quotes);
    out.push(...report.pullQuotes.map((q) => quote(q)));
  }

  part(PART_TITLES.method);
  out.push(...report.method.paragraphs.map(escapeMarkdown));
  out.push(`**${PART_TITLES.strengthWords}**`, table(['Word', 'Rule'], report.method.strengthWords.map((s) => [s.word, s.rule])));
  return `${out.join('\n\n')}\n`;
}
