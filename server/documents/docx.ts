/**
 * The report as a Word document facilitators edit: real Title and Heading styles, numbered
 * lists from Word's own numbering (findings numbered through the document; key convergence and
 * questions restarting under each heading), "Pull Quote" and "Quote Attribution" styles, A4
 * pages numbered in the footer. Formatting lives in the document's styles, not on runs, so it
 * can be changed in Word. A part with nothing in it is left out, except the consolidation,
 * which says that no theme has a finding yet. The docx library escapes markup; characters
 * XML 1.0 forbids are removed by `cleanText` before any string reaches it.
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
  type IStylesOptions,
} from 'docx';
import { directedRuns, startsRightToLeft } from './bidi.js';
import { cleanText, oneLine } from '../../shared/clean-text.js';
import { picturesDocx } from './pictures.js';
import type { ReportLabels } from './i18n/messages.js';
import type { AnnexSection, NumberedGroup, Quote, Report, ReportFinding, ReportSection } from './report.js';

const ACCENT = '1F4E79';
const QUIET = '5F6368';
const RULE_COLOR = 'BFBFBF';
const BODY_FONT = 'Georgia';
const HEADING_FONT = 'Arial';
/** A4 in twentieths of a point, with 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const TEXT_WIDTH = A4.width - 2 * MARGIN;
/** Where a numbered item's text starts, so notes under a finding line up with it. */
const LIST_TEXT_INDENT = 567;
const QUOTE_INDENT = 720;

const FINDINGS_LIST = 'findings';
/** Annex II and III's form: each group under its heading is its own list, one `instance` each. */
const GROUP_LIST = 'groups';

type Block = Paragraph | Table;
type HeadingLevelValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];

/**
 * Text runs of one string, its line breaks kept as Word line breaks; each stretch of
 * right-to-left letters (Arabic, Persian…) its own run marked right to left.
 */
function runs(text: string, characterStyle?: string): TextRun[] {
  return cleanText(text)
    .split('\n')
    .flatMap((line, i) =>
      (line === '' ? [{ text: '', rtl: false }] : directedRuns(line)).map(
        (run, k) => new TextRun({ style: characterStyle, text: run.text, break: i > 0 && k === 0 ? 1 : undefined, rightToLeft: run.rtl || undefined }),
      ),
    );
}

/** Word has no "auto" direction: a paragraph whose first letter is right to left is a right-to-left paragraph. */
function paragraph(text: string, style?: string): Paragraph {
  return new Paragraph({ style, bidirectional: startsRightToLeft(text) || undefined, children: runs(text) });
}

function heading(text: string, level: HeadingLevelValue): Paragraph {
  return new Paragraph({ heading: level, children: runs(text) });
}

/** The heading followed by its blocks, or nothing at all when there are no blocks. */
function headed(level: HeadingLevelValue, title: string, blocks: Block[]): Block[] {
  return blocks.length > 0 ? [heading(title, level), ...blocks] : [];
}

const part = (title: string, blocks: Block[]) => headed(HeadingLevel.HEADING_1, title, blocks);
const subpart = (title: string, blocks: Block[]) => headed(HeadingLevel.HEADING_2, title, blocks);

const TABLE_RULE = { style: BorderStyle.SINGLE, size: 4, color: RULE_COLOR };

/** A table with a header row repeated on each page; `shares` are the columns' fractions of the text width. No rows, no table. */
function table(header: readonly string[], rows: readonly (readonly string[])[], shares: readonly number[]): Table[] {
  if (rows.length === 0) return [];
  const widths = shares.map((share) => Math.round(share * TEXT_WIDTH));
  const row = (cells: readonly string[], style: string) =>
    cells.map((text, i) => new TableCell({ width: { size: widths[i], type: WidthType.DXA }, children: [paragraph(text, style)] }));
  return [
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      borders: { top: TABLE_RULE, bottom: TABLE_RULE, left: TABLE_RULE, right: TABLE_RULE, insideHorizontal: TABLE_RULE, insideVertical: TABLE_RULE },
      rows: [
        new TableRow({ tableHeader: true, children: row(header, 'TableHeading') }),
        ...rows.map((cells) => new TableRow({ cantSplit: true, children: row(cells, 'TableText') })),
      ],
    }),
  ];
}

function pullQuote(quote: Quote, [open, close]: ReportLabels['quoteMarks']): Paragraph[] {
  return [paragraph(`${open}${quote.text}${close}`, 'PullQuote'), ...(quote.attribution ? [paragraph(`— ${quote.attribution}`, 'QuoteAttribution')] : [])];
}

/** One list through the whole document, so Word's number is the finding's own `number`. */
function finding(f: ReportFinding, labels: ReportLabels): Paragraph[] {
  const figures = f.figures ? [new TextRun(' '), ...runs(`(${f.figures})`, 'FindingFigures')] : [];
  const counter = f.counter ? [paragraph(`${labels.counterView} ${labels.quoteMarks[0]}${f.counter.text}${labels.quoteMarks[1]} (${f.counter.figures})${f.counter.attribution ? ` — ${f.counter.attribution}` : ''}`, 'FindingNote')] : [];
  const questions = f.questions.length > 0 ? [paragraph(labels.questionsRaised, 'FindingNote'), ...f.questions.map((q) => new Paragraph({ style: 'FindingNote', bullet: { level: 0 }, bidirectional: startsRightToLeft(q) || undefined, children: runs(q) }))] : [];
  return [
    new Paragraph({ numbering: { reference: FINDINGS_LIST, level: 0 }, children: [...runs(f.text), ...figures] }),
    ...f.quotes.flatMap((q) => pullQuote(q, labels.quoteMarks)),
    ...counter,
    ...(f.divides ? [paragraph(f.divides, 'FindingNote')] : []),
    ...questions,
  ];
}

function consolidation(sections: readonly ReportSection[], note: string | null, labels: ReportLabels): Block[] {
  const first = note ? [paragraph(note)] : [];
  if (sections.length === 0) return [...first, paragraph(labels.noFindings)];
  return [...first, ...sections.flatMap((section) => [
    heading(section.heading, HeadingLevel.HEADING_2),
    ...section.themes.flatMap((theme) => [heading(theme.label, HeadingLevel.HEADING_3), ...theme.findings.flatMap((f) => finding(f, labels))]),
  ])];
}

const bullets = (items: readonly string[]) => items.map((d) => new Paragraph({ bullet: { level: 0 }, bidirectional: startsRightToLeft(d) || undefined, children: runs(d) }));

/** Each group's items numbered from 1 under its heading; `newList` gives each group its own numbering instance. */
function numberedGroups(groups: readonly NumberedGroup[], newList: () => number, level: HeadingLevelValue = HeadingLevel.HEADING_2): Paragraph[] {
  return groups.flatMap((group) => {
    const instance = newList();
    return [
      heading(group.heading, level),
      ...group.items.map((item) => new Paragraph({ numbering: { reference: GROUP_LIST, level: 0, instance }, bidirectional: startsRightToLeft(item) || undefined, children: runs(item) })),
    ];
  });
}

function annex(sections: readonly AnnexSection[], newList: () => number): Paragraph[] {
  return sections.flatMap((s) => [heading(s.heading, HeadingLevel.HEADING_2), ...numberedGroups(s.groups, newList, HeadingLevel.HEADING_3)]);
}

/** `pictures`: the charts' part, drawn beforehand (server/documents/pictures.ts). */
function body(report: Report, pictures: Block[]): Block[] {
  let lists = 0;
  const newList = () => ++lists;
  const { labels } = report;
  const titles = labels.parts;
  const note = report.questionsNote ? [paragraph(report.questionsNote, 'FindingNote')] : [];
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(report.title) }),
    paragraph(report.subtitle, 'Subtitle'),
    ...part(titles.sessions, table(labels.sessionColumns, report.sessions.map((s) => [s.title, s.place ?? '', s.date ?? '', s.format ?? '']), [0.34, 0.22, 0.22, 0.22])),
    ...part(titles.conduct, [
      ...report.conduct.map((p) => paragraph(p)),
      ...subpart(titles.categories, table(labels.categoryColumns, report.participantsByCategory.map((c) => [c.label, String(c.count)]), [0.45, 0.2])),
    ]),
    ...pictures,
    ...part(titles.questions, [...numberedGroups(report.questionsPut, newList), ...note]),
    ...part(titles.consolidation, consolidation(report.consolidation, report.frameworkNote, labels)),
    ...part(titles.groups, [...report.groups.summary.map((p) => paragraph(p)), ...report.groups.profiles.flatMap((g) => [heading(g.heading, HeadingLevel.HEADING_2), ...bullets(g.lines)])]),
    ...part(titles.convergence, numberedGroups(report.keyConvergence, newList)),
    ...part(titles.rejected, bullets(report.rejected)),
    ...part(titles.divergence, bullets(report.divergence)),
    ...part(titles.reflection, numberedGroups(report.furtherReflection, newList)),
    ...part(titles.quotes, report.pullQuotes.flatMap((q) => pullQuote(q, labels.quoteMarks))),
    ...part(titles.method, [
      ...report.method.paragraphs.map((p) => paragraph(p)),
      ...subpart(titles.strengthWords, table(labels.strengthColumns, report.method.strengthWords.map((s) => [s.word, s.rule]), [0.3, 0.7])),
    ]),
    ...part(titles.annexByTheme, annex(report.annexByTheme, newList)),
    ...part(titles.annexByQuestion, numberedGroups(report.annexByQuestion, newList)),
  ];
}

const headingRun = (size: number, color = ACCENT) => ({ font: HEADING_FONT, size, bold: true, color });
const staysWithNext = (before: number, after: number) => ({ spacing: { before, after }, keepNext: true, keepLines: true });

const styles = (locale: string): IStylesOptions => ({
  default: {
    // The document's language for proofing; Arabic for right-to-left runs, whose script Word checks apart.
    document: { run: { font: BODY_FONT, size: 22, language: { value: locale, bidirectional: 'ar-SA' } }, paragraph: { spacing: { after: 140, line: 300 } } },
    title: { run: headingRun(44), paragraph: { spacing: { after: 80 } } },
    heading1: { run: { ...headingRun(28), allCaps: true }, paragraph: staysWithNext(480, 160) },
    heading2: { run: headingRun(24), paragraph: staysWithNext(320, 120) },
    heading3: { run: headingRun(22, '1D1D1F'), paragraph: staysWithNext(240, 80) },
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
      paragraph: {
        indent: { left: QUOTE_INDENT, right: QUOTE_INDENT },
        ...staysWithNext(160, 40),
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } },
      },
    },
    {
      id: 'QuoteAttribution',
      name: 'Quote Attribution',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 18, color: QUIET },
      paragraph: { indent: { left: QUOTE_INDENT, right: QUOTE_INDENT }, spacing: { after: 200 } },
    },
    { id: 'Chart', name: 'Chart', basedOn: 'Normal', next: 'Caption', paragraph: { keepNext: true, spacing: { before: 160, after: 80 } } },
    { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', run: { size: 18, italics: true, color: QUIET }, paragraph: { spacing: { after: 240 } } },
    { id: 'FindingNote', name: 'Finding Note', basedOn: 'Normal', next: 'Normal', run: { size: 20 }, paragraph: { indent: { left: LIST_TEXT_INDENT } } },
    { id: 'TableText', name: 'Table Text', basedOn: 'Normal', next: 'TableText', run: { size: 19 }, paragraph: { spacing: { before: 40, after: 40, line: 260 } } },
    { id: 'TableHeading', name: 'Table Heading', basedOn: 'TableText', next: 'TableText', run: { bold: true }, paragraph: { keepNext: true } },
    { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: 16, color: QUIET }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
  ],
  characterStyles: [{ id: 'FindingFigures', name: 'Finding Figures', basedOn: 'DefaultParagraphFont', run: { size: 17, color: QUIET } }],
});

const decimalList = (reference: string) => ({
  reference,
  levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: LIST_TEXT_INDENT, hanging: 425 } } } }],
});

const pageNumberFooter = ([page, of]: ReportLabels['pageOf']) =>
  new Footer({
    children: [new Paragraph({ style: 'Footer', children: [new TextRun({ children: [page, PageNumber.CURRENT, of, PageNumber.TOTAL_PAGES] })] })],
  });

export async function renderDocx(report: Report): Promise<Buffer> {
  const document = new Document({
    creator: 'Concert',
    lastModifiedBy: 'Concert',
    title: oneLine(report.title),
    description: oneLine(report.subtitle),
    styles: styles(report.labels.locale),
    numbering: { config: [decimalList(FINDINGS_LIST), decimalList(GROUP_LIST)] },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: { default: pageNumberFooter(report.labels.pageOf) },
        children: body(report, await picturesDocx(report.pictures, (title) => heading(title, HeadingLevel.HEADING_1))),
      },
    ],
  });
  return Packer.toBuffer(document);
}
