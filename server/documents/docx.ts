/**
 * The report as a Word document facilitators edit: real Title and Heading styles, numbered
 * lists from Word's own numbering (findings numbered through the document; key convergence and
 * questions restarting under each heading), a "Pull Quote" style, A4 pages numbered in the
 * footer. Styles are defined once in the document, not on each run, so they can be changed
 * in Word. The docx library escapes markup; characters XML 1.0 forbids are removed here.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { cleanText } from './clean-text.js';
import { PART_TITLES, SESSION_COLUMNS, type NumberedGroup, type Quote, type Report, type ReportFinding } from './report.js';

const ACCENT = '1F4E79';
const QUIET = '5F6368';
const BODY_FONT = 'Georgia';
const HEADING_FONT = 'Arial';
/** A4 in twentieths of a point, with 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;

const FINDINGS = 'findings';
const ANNEX = 'annex';

type Block = Paragraph | Table;

/** Text runs of one string, its line breaks kept as Word line breaks. */
function runs(text: string, options: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return cleanText(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...options, text: line, break: i > 0 ? 1 : undefined }));
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ heading: level, children: runs(text) });
}

function paragraph(text: string, style?: string): Paragraph {
  return new Paragraph({ style, children: runs(text) });
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ style: 'TableText', children: runs(text, { bold }) })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

function pullQuote(q: Quote): Paragraph[] {
  return [new Paragraph({ style: 'PullQuote', children: runs(`“${q.text}”`) }), new Paragraph({ style: 'QuoteAttribution', children: runs(`— ${q.attribution}`) })];
}

function finding(f: ReportFinding): Paragraph[] {
  const out = [
    new Paragraph({
      numbering: { reference: FINDINGS, level: 0 },
      children: [...runs(f.text), new TextRun({ text: ' ' }), ...runs(`(${f.figures})`, { size: 17, color: QUIET })],
    }),
  ];
  if (f.divides) out.push(paragraph(f.divides, 'FindingNote'));
  return [...out, ...f.quotes.flatMap(pullQuote)];
}

/** Each group's list restarts at 1: one numbering instance per group. */
function numberedGroups(groups: readonly NumberedGroup[], firstInstance: number): Paragraph[] {
  return groups.flatMap((g, i) => [
    heading(g.heading, HeadingLevel.HEADING_2),
    ...g.items.map((item) => new Paragraph({ numbering: { reference: ANNEX, level: 0, instance: firstInstance + i }, children: runs(item) })),
  ]);
}

function body(report: Report): Block[] {
  const out: Block[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(report.title) }), paragraph(report.subtitle, 'Subtitle')];
  const part = (title: string) => out.push(heading(title, HeadingLevel.HEADING_1));

  part(PART_TITLES.sessions);
  out.push(table(SESSION_COLUMNS, report.sessions.map((s) => [s.title, s.place ?? '', s.date ?? '', s.format ?? ''])));

  part(PART_TITLES.conduct);
  out.push(...report.conduct.map((p) => paragraph(p)));
  if (report.participantsByCategory.length > 0) {
    out.push(heading(PART_TITLES.categories, HeadingLevel.HEADING_2), table(['Category', 'Participants'], report.participantsByCategory.map((c) => [c.label, String(c.count)])));
  }

  let instance = 1;
  if (report.questionsPut.length > 0) {
    part(PART_TITLES.questions);
    out.push(...numberedGroups(report.questionsPut, instance));
    instance += report.questionsPut.length;
  }

  part(PART_TITLES.consolidation);
  if (report.consolidation.length === 0) out.push(paragraph('No theme has enough support for a finding yet.'));
  for (const section of report.consolidation) {
    out.push(heading(section.heading, HeadingLevel.HEADING_2));
    for (const theme of section.themes) out.push(heading(theme.label, HeadingLevel.HEADING_3), ...theme.findings.flatMap(finding));
  }

  if (report.keyConvergence.length > 0) {
    part(PART_TITLES.convergence);
    out.push(...numberedGroups(report.keyConvergence, instance));
    instance += report.keyConvergence.length;
  }
  if (report.divergence.length > 0) {
    part(PART_TITLES.divergence);
    out.push(...report.divergence.map((d) => new Paragraph({ bullet: { level: 0 }, children: runs(d) })));
  }
  if (report.furtherReflection.length > 0) {
    part(PART_TITLES.reflection);
    out.push(...numberedGroups(report.furtherReflection, instance));
  }
  if (report.pullQuotes.length > 0) {
    part(PART_TITLES.quotes);
    out.push(...report.pullQuotes.flatMap(pullQuote));
  }

  part(PART_TITLES.method);
  out.push(...report.method.paragraphs.map((p) => paragraph(p)));
  out.push(heading(PART_TITLES.strengthWords, HeadingLevel.HEADING_2), table(['Word', 'Rule'], report.method.strengthWords.map((s) => [s.word, s.rule])));
  return out;
}

const headingRun = (size: number, color = ACCENT) => ({ font: HEADING_FONT, size, bold: true, color });

const STYLES = {
  default: {
    document: { run: { font: BODY_FONT, size: 22 }, paragraph: { spacing: { after: 140, line: 300 } } },
    title: { run: { font: HEADING_FONT, size: 44, bold: true, color: ACCENT }, paragraph: { spacing: { after: 80 } } },
    heading1: { run: { ...headingRun(28), allCaps: true }, paragraph: { spacing: { before: 480, after: 160 }, keepNext: true } },
    heading2: { run: headingRun(24), paragraph: { spacing: { before: 320, after: 120 }, keepNext: true } },
    heading3: { run: headingRun(22, '1D1D1F'), paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
  },
  paragraphStyles: [
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: QUIET, size: 24 }, paragraph: { spacing: { after: 360 } } },
    {
      id: 'PullQuote',
      name: 'Pull Quote',
      basedOn: 'Normal',
      next: 'QuoteAttribution',
      quickFormat: true,
      run: { italics: true, size: 24 },
      paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 160, after: 40 }, keepNext: true, border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } } },
    },
    { id: 'QuoteAttribution', name: 'Quote Attribution', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 18, color: QUIET }, paragraph: { indent: { left: 720, right: 720 }, spacing: { after: 200 } } },
    { id: 'FindingNote', name: 'Finding Note', basedOn: 'Normal', next: 'Normal', run: { size: 20 }, paragraph: { indent: { left: 720 } } },
    { id: 'TableText', name: 'Table Text', basedOn: 'Normal', next: 'TableText', run: { size: 19 }, paragraph: { spacing: { before: 40, after: 40, line: 260 } } },
  ],
};

const decimalList = (reference: string) => ({
  reference,
  levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 425 } } } }],
});

export async function renderDocx(report: Report): Promise<Buffer> {
  const document = new Document({
    creator: 'Concert',
    title: cleanText(report.title),
    description: cleanText(report.subtitle),
    styles: STYLES,
    numbering: { config: [decimalList(FINDINGS), decimalList(ANNEX)] },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 16, color: QUIET, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children: body(report),
      },
    ],
  });
  return Packer.toBuffer(document);
}
