import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cleanText, oneLine } from '../../shared/clean-text.js';
import { renderDocx } from '../../server/documents/docx.js';
import { en } from '../../server/documents/i18n/en.js';

const PICTURES_TITLE = en.pictures.title;
import { PART_TITLES, SESSION_COLUMNS, type Report, type ReportFinding } from '../../server/documents/report.js';
import { hostileTexts } from './hostile.js';
import { hostileReport, reportFixture } from './report-fixture.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DC = 'http://purl.org/dc/elements/1.1/';
/** What XML 1.0 forbids, and the bidirectional overrides `cleanText` removes with it. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Parses XML and fails on any error or warning: Word refuses what xmldom complains about. */
function parseXml(xml: string): XmlDocument {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  expect(problems).toEqual([]);
  return doc;
}

async function unpack(report: Report) {
  const zip = await JSZip.loadAsync(await renderDocx(report));
  const raw = (name: string) => zip.file(name)!.async('string');
  const footerName = Object.keys(zip.files).find((n) => /^word\/footer\d*\.xml$/.test(n))!;
  const xml = { document: await raw('word/document.xml'), core: await raw('docProps/core.xml') };
  return {
    xml,
    document: parseXml(xml.document),
    core: parseXml(xml.core),
    styles: parseXml(await raw('word/styles.xml')),
    numbering: parseXml(await raw('word/numbering.xml')),
    footer: parseXml(await raw(footerName)),
  };
}

const all = (node: XmlDocument | Element, name: string, ns = W) => Array.from(node.getElementsByTagNameNS(ns, name));
const attr = (element: Element | undefined, name: string) => element?.getAttributeNS(W, name) ?? null;
const children = (element: Element) => Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1);
const textOf = (node: Element) => all(node, 't').map((t) => t.textContent).join('');
const styleOf = (p: Element) => attr(all(p, 'pStyle')[0], 'val');
const numIdOf = (p: Element) => attr(all(p, 'numId')[0], 'val');
const paragraphs = (doc: XmlDocument) => all(doc, 'p');
const withStyle = (doc: XmlDocument, style: string) => paragraphs(doc).filter((p) => styleOf(p) === style).map(textOf);
const bodyBlocks = (doc: XmlDocument) => children(all(doc, 'body')[0]).filter((e) => e.localName !== 'sectPr');
/** A string as `textOf` reads it back: forbidden characters gone, line breaks (w:br, not text) gone. */
const asText = (text: string) => cleanText(text).replace(/\n/g, '');

const findingsOf = (report: Report) => report.consolidation.flatMap((s) => s.themes.flatMap((t) => t.findings));
/** A finding's paragraph as it reads: its text, then its figures in parentheses. */
const findingLine = (f: ReportFinding) => asText(`${f.text} (${f.figures})`);

/** Finding paragraphs in document order, found by their text (key convergence repeats the text, not the figures). */
function findingParagraphs(doc: XmlDocument, report: Report): Element[] {
  const lines = new Set(findingsOf(report).map(findingLine));
  return paragraphs(doc).filter((p) => lines.has(textOf(p)));
}

/** Whether a list starts at 1 of its own: a start override, or an abstract numbering no other list shares. */
function restartsAtOne(numbering: XmlDocument, numId: string): boolean {
  const nums = all(numbering, 'num');
  const num = nums.find((n) => attr(n, 'numId') === numId)!;
  const override = all(num, 'startOverride')[0];
  if (override) return attr(override, 'val') === '1';
  const abstractId = attr(all(num, 'abstractNumId')[0], 'val');
  return nums.filter((n) => attr(all(n, 'abstractNumId')[0], 'val') === abstractId).length === 1;
}

const expectedHeading1 = [
  PART_TITLES.sessions,
  PART_TITLES.conduct,
  PICTURES_TITLE,
  PART_TITLES.questions,
  PART_TITLES.consolidation,
  PART_TITLES.groups,
  PART_TITLES.convergence,
  PART_TITLES.rejected,
  PART_TITLES.divergence,
  PART_TITLES.reflection,
  PART_TITLES.quotes,
  PART_TITLES.method,
  PART_TITLES.annexByTheme,
  PART_TITLES.annexByQuestion,
];
/** The annex by theme: its sections are Heading 2, the themes under them Heading 3. */
const annexThemes = (report: Report) => report.annexByTheme.flatMap((s) => s.groups.map((g) => g.heading));

describe('the Word export', () => {
  const report = reportFixture();
  const findings = findingsOf(report);

  it('lays out A4 pages numbered "Page N of M" and names the document in its properties', async () => {
    const { document, footer, core } = await unpack(report);
    const size = all(document, 'pgSz')[0];
    expect([attr(size, 'w'), attr(size, 'h')]).toEqual(['11906', '16838']);
    expect(all(document, 'pgMar').map((m) => attr(m, 'left'))).toEqual(['1134']);
    expect(all(footer, 'instrText').map((i) => i.textContent?.trim())).toEqual(['PAGE', 'NUMPAGES']);
    expect(textOf(footer.documentElement!)).toBe('Page  of ');
    expect(all(core, 'title', DC).map((t) => t.textContent)).toEqual([report.title]);
    expect(all(core, 'creator', DC).map((t) => t.textContent)).toEqual(['Concert']);
  });

  it('uses Title, Subtitle and Heading 1 to 3 for the title, parts, sections, groups and themes', async () => {
    const { document } = await unpack(report);
    expect(withStyle(document, 'Title')).toEqual([report.title]);
    expect(withStyle(document, 'Subtitle')).toEqual([report.subtitle]);
    expect(withStyle(document, 'Heading1')).toEqual(expectedHeading1);
    const groupHeadings = (groups: Report['questionsPut']) => groups.map((g) => g.heading);
    expect(withStyle(document, 'Heading2')).toEqual([
      PART_TITLES.categories,
      ...groupHeadings(report.questionsPut),
      ...report.consolidation.map((s) => s.heading),
      ...report.groups.profiles.map((g) => g.heading),
      ...groupHeadings(report.keyConvergence),
      ...groupHeadings(report.furtherReflection),
      PART_TITLES.strengthWords,
      ...report.annexByTheme.map((s) => s.heading),
      ...groupHeadings(report.annexByQuestion),
    ]);
    expect(withStyle(document, 'Heading3')).toEqual([...report.consolidation.flatMap((s) => s.themes.map((t) => t.label)), ...annexThemes(report)]);
  });

  it('formats through styles only: a serif body font by default, no formatting on paragraphs or runs', async () => {
    const { document, styles } = await unpack(report);
    const defaults = all(styles, 'docDefaults')[0];
    expect(attr(all(defaults, 'rFonts')[0], 'ascii')).toBe('Georgia');
    expect(all(defaults, 'spacing')).toHaveLength(1);
    for (const rPr of all(document, 'rPr')) expect(children(rPr).map((c) => c.localName)).toEqual(['rStyle']);
    for (const pPr of all(document, 'pPr')) for (const c of children(pPr)) expect(['pStyle', 'numPr']).toContain(c.localName);
  });

  it('sets the sessions, the participants by category and the strength words as tables', async () => {
    const { document } = await unpack(report);
    const rows = (table: Element) => all(table, 'tr').map((tr) => all(tr, 'tc').map(textOf));
    const [sessions, categories, strengthWords] = all(document, 'tbl').map(rows);
    expect(sessions).toEqual([[...SESSION_COLUMNS], ...report.sessions.map((s) => [s.title, s.place, s.date, s.format])]);
    expect(categories).toEqual([['Category', 'Participants'], ...report.participantsByCategory.map((c) => [c.label, String(c.count)])]);
    expect(strengthWords).toEqual([['Word', 'Rule'], ...report.method.strengthWords.map((s) => [s.word, s.rule])]);
  });

  it('numbers the findings as one Word list through sections and themes, each with its figures, divide and quotes', async () => {
    const { document, numbering } = await unpack(report);
    const listed = findingParagraphs(document, report);
    expect(listed.map(textOf)).toEqual(findings.map(findingLine));
    const numId = numIdOf(listed[0]);
    expect(numId).not.toBeNull();
    expect(paragraphs(document).filter((p) => numIdOf(p) === numId)).toEqual(listed);
    expect(listed.map((p) => attr(all(p, 'ilvl')[0], 'val'))).toEqual(findings.map(() => '0'));
    const num = all(numbering, 'num').find((n) => attr(n, 'numId') === numId)!;
    const abstract = all(numbering, 'abstractNum').find((a) => attr(a, 'abstractNumId') === attr(all(num, 'abstractNumId')[0], 'val'))!;
    expect(attr(all(abstract, 'numFmt')[0], 'val')).toBe('decimal');

    const blocks = bodyBlocks(document);
    listed.forEach((p, i) => {
      const f = findings[i];
      const figures = all(p, 'r').filter((r) => attr(all(r, 'rStyle')[0], 'val') === 'FindingFigures');
      expect(figures.map(textOf).join('')).toBe(`(${f.figures})`);
      const after = blocks.slice(blocks.indexOf(p) + 1);
      // The substance first (quotes, each labelled only where quotable), then the counter-view, where it divides, the questions.
      const quotes = f.quotes.flatMap((q) => [['PullQuote', `“${q.text}”`], ...(q.attribution ? [['QuoteAttribution', `— ${q.attribution}`]] : [])]);
      const counter = f.counter ? [['FindingNote', `A counter-view: “${f.counter.text}” (${f.counter.figures})`]] : [];
      const notes = f.divides ? [['FindingNote', f.divides]] : [];
      const questions = f.questions.length > 0 ? [['FindingNote', 'Questions raised:'], ...f.questions.map((q) => ['ListParagraph', q])] : [];
      const expected = [...quotes, ...counter, ...notes, ...questions];
      expect(after.slice(0, expected.length).map((b) => [styleOf(b), textOf(b)])).toEqual(expected);
    });
  });

  it('numbers the items of each key-convergence, question and reflection group from 1 under the group heading', async () => {
    const { document, numbering } = await unpack(report);
    const blocks = bodyBlocks(document);
    const findingList = numIdOf(findingParagraphs(document, report)[0]);
    const groupLists = [...report.questionsPut, ...report.keyConvergence, ...report.furtherReflection].map((group) => {
      const heading = blocks.findIndex((b) => styleOf(b) === 'Heading2' && textOf(b) === group.heading && numIdOf(blocks[blocks.indexOf(b) + 1]) !== null);
      const items = blocks.slice(heading + 1, heading + 1 + group.items.length);
      expect(items.map(textOf)).toEqual(group.items);
      expect(styleOf(blocks[heading + 1 + group.items.length]) ?? 'Normal').not.toBe('ListParagraph');
      const ids = new Set(items.map(numIdOf));
      expect(ids.size).toBe(1);
      return [...ids][0]!;
    });
    expect(new Set([findingList, ...groupLists]).size).toBe(groupLists.length + 1);
    for (const numId of groupLists) expect(restartsAtOne(numbering, numId)).toBe(true);
  });

  it('sets quotes in the Pull Quote style, each followed by its Chatham label in Quote Attribution', async () => {
    const { document, styles } = await unpack(report);
    const style = (name: string) => all(styles, 'style').find((s) => attr(all(s, 'name')[0], 'val') === name)!;
    const pullQuote = style('Pull Quote');
    expect(attr(pullQuote, 'styleId')).toBe('PullQuote');
    expect(all(pullQuote, 'i')).toHaveLength(1);
    expect([attr(all(pullQuote, 'ind')[0], 'left'), attr(all(pullQuote, 'ind')[0], 'right')]).toEqual(['720', '720']);
    expect(attr(style('Quote Attribution'), 'styleId')).toBe('QuoteAttribution');

    const quotes = [...findings.flatMap((f) => f.quotes), ...report.pullQuotes];
    expect(quotes.some((q) => q.attribution === null)).toBe(true);
    expect(withStyle(document, 'PullQuote')).toEqual(quotes.map((q) => `“${asText(q.text)}”`));
    // An unattributed quote stands alone: only a quotable one is followed by its label.
    expect(withStyle(document, 'QuoteAttribution')).toEqual(quotes.filter((q) => q.attribution).map((q) => `— ${q.attribution}`));
    const twoLines = paragraphs(document).find((p) => textOf(p).includes('limbo'))!;
    expect(all(twoLines, 'br')).toHaveLength(1);
  });

  it('leaves out the parts a report has nothing for, and says when no theme has a finding', async () => {
    const bare: Report = {
      ...report,
      sessions: [],
      participantsByCategory: [],
      pictures: { map: null, agreement: [], words: en.pictures },
      questionsPut: [],
      frameworkNote: null,
      consolidation: [],
      groups: { summary: [], profiles: [] },
      keyConvergence: [],
      rejected: [],
      divergence: [],
      furtherReflection: [],
      pullQuotes: [],
      annexByTheme: [],
      annexByQuestion: [],
    };
    const { document } = await unpack(bare);
    expect(withStyle(document, 'Heading1')).toEqual([PART_TITLES.conduct, PART_TITLES.consolidation, PART_TITLES.method]);
    expect(withStyle(document, 'Heading2')).toEqual([PART_TITLES.strengthWords]);
    expect(paragraphs(document).map(textOf)).toContain('No theme has enough support for a finding yet.');
    expect(all(document, 'tbl')).toHaveLength(1);
  });

  describe('with hostile contributions in every string', () => {
    const attacked = hostileReport();
    const signature = (doc: XmlDocument) => bodyBlocks(doc).map((b) => `${b.localName}:${styleOf(b)}:${numIdOf(b)}:${all(b, 'tr').length}`);

    it('puts hostile texts in finding texts, quotes, attributions, questions, theme labels and session titles', () => {
      const attackedFindings = findingsOf(attacked);
      const places = [
        attackedFindings.map((f) => f.text),
        attackedFindings.flatMap((f) => f.quotes.flatMap((q) => [q.text, ...(q.attribution === null ? [] : [q.attribution])])),
        attacked.pullQuotes.flatMap((q) => [q.text, ...(q.attribution === null ? [] : [q.attribution])]),
        [...attacked.questionsPut, ...attacked.furtherReflection].flatMap((g) => g.items),
        attacked.consolidation.flatMap((s) => s.themes.map((t) => t.label)),
        attacked.sessions.map((s) => s.title),
      ];
      for (const strings of places) expect(strings.length > 0 && strings.every((s) => hostileTexts.includes(s))).toBe(true);
    });

    it('stays well-formed XML with the same structure as the plain report', async () => {
      const plain = await unpack(report);
      const hostile = await unpack(attacked);
      expect(signature(hostile.document)).toEqual(signature(plain.document));
      expect(all(hostile.document, 't').some((t) => t.textContent === 'injected')).toBe(false);
      expect(all(hostile.core, 'title', DC).map((t) => t.textContent)).toEqual([oneLine(attacked.title)]);
    });

    it('keeps every hostile text as text, without the characters XML forbids, its line breaks as breaks', async () => {
      const { document, xml } = await unpack(attacked);
      const texts = paragraphs(document).map(textOf);
      for (const hostile of hostileTexts) expect(texts.some((t) => t.includes(asText(hostile)))).toBe(true);
      expect(withStyle(document, 'Heading3')).toEqual([...attacked.consolidation.flatMap((s) => s.themes.map((t) => t.label)), ...annexThemes(attacked)].map(asText));
      expect(xml.document).not.toMatch(FORBIDDEN);
      expect(xml.core).not.toMatch(FORBIDDEN);
      expect(xml.document).not.toContain('\r');

      const markdownLines = paragraphs(document).find((p) => textOf(p).startsWith('# Not a heading'))!;
      expect(all(markdownLines, 'br')).toHaveLength(4);
      expect(all(markdownLines, 't').map((t) => t.textContent)).toEqual(['# Not a heading', '---', '* not a list', '1. not numbered', '> not a quote']);
    });
  });
});
