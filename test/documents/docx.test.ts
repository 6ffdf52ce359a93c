import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../server/documents/build-report.js';
import { cleanText } from '../../server/documents/clean-text.js';
import { renderDocx } from '../../server/documents/docx.js';
import { PART_TITLES, type Report } from '../../server/documents/report.js';
import { hostileReport, hostileTexts } from './hostile.js';
import { threePlaceRound } from './round-fixture.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Parses XML and fails on any error or warning: Word refuses what xmldom complains about. */
function parseXml(xml: string): XmlDocument {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  expect(problems).toEqual([]);
  return doc;
}

async function unpack(report: Report) {
  const zip = await JSZip.loadAsync(await renderDocx(report));
  const part = async (name: string) => parseXml(await zip.file(name)!.async('string'));
  const footerName = Object.keys(zip.files).find((n) => /^word\/footer\d*\.xml$/.test(n))!;
  return { document: await part('word/document.xml'), styles: await part('word/styles.xml'), numbering: await part('word/numbering.xml'), footer: await part(footerName) };
}

const all = (node: XmlDocument | Element, name: string) => Array.from(node.getElementsByTagNameNS(W, name));
const textOf = (p: Element) => all(p, 't').map((t) => t.textContent).join('');
const styleOf = (p: Element) => all(p, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? null;
const paragraphs = (doc: XmlDocument) => all(doc, 'p');
const withStyle = (doc: XmlDocument, style: string) => paragraphs(doc).filter((p) => styleOf(p) === style).map(textOf);
const numId = (p: Element) => all(p, 'numId')[0]?.getAttributeNS(W, 'val') ?? null;

describe('the Word export', () => {
  const report = buildReport(threePlaceRound());

  it('uses real Title and Heading styles for the parts, sections and themes', async () => {
    const { document } = await unpack(report);
    expect(withStyle(document, 'Title')).toEqual([report.title]);
    expect(withStyle(document, 'Heading1')).toEqual([
      PART_TITLES.sessions, PART_TITLES.conduct, PART_TITLES.questions, PART_TITLES.consolidation, PART_TITLES.convergence,
      PART_TITLES.divergence, PART_TITLES.reflection, PART_TITLES.method,
    ]);
    const h2 = withStyle(document, 'Heading2');
    for (const s of report.consolidation) expect(h2).toContain(s.heading);
    for (const g of report.keyConvergence) expect(h2).toContain(g.heading);
    expect(withStyle(document, 'Heading3')).toEqual(report.consolidation.flatMap((s) => s.themes.map((t) => t.label)));
  });

  it('numbers findings as one Word list and restarts the numbering of each key-convergence group', async () => {
    const { document, numbering } = await unpack(report);
    const texts = report.consolidation.flatMap((s) => s.themes.flatMap((t) => t.findings.map((f) => f.text)));
    const findings = paragraphs(document).filter((p) => texts.some((t) => textOf(p).startsWith(`${t} (`)));
    expect(findings).toHaveLength(texts.length);
    expect(new Set(findings.map(numId)).size).toBe(1);
    expect(findings.every((p) => numId(p) !== null)).toBe(true);
    const convergence = report.keyConvergence.map((g) => paragraphs(document).filter((p) => g.items.includes(textOf(p)) && numId(p) !== null));
    const ids = convergence.map((ps) => new Set(ps.map(numId)));
    expect(ids.every((s) => s.size === 1)).toBe(true);
    expect(new Set(ids.map((s) => [...s][0])).size).toBe(report.keyConvergence.length);
    // Each numbering instance restarts at 1.
    const nums = all(numbering, 'num');
    for (const s of ids) {
      const num = nums.find((n) => n.getAttributeNS(W, 'numId') === [...s][0])!;
      expect(all(num, 'startOverride')[0]?.getAttributeNS(W, 'val') ?? '1').toBe('1');
    }
  });

  it('sets quotes in a Pull Quote style with their Chatham label, and numbers pages', async () => {
    const { document, styles, footer } = await unpack(report);
    const styleNames = all(styles, 'style').map((s) => all(s, 'name')[0]?.getAttributeNS(W, 'val'));
    expect(styleNames).toEqual(expect.arrayContaining(['Pull Quote', 'Quote Attribution']));
    expect(withStyle(document, 'PullQuote')).toContain('“Parliamentarians can hold governments to their migration commitments.”');
    expect(withStyle(document, 'QuoteAttribution')).toContain('— Washington roundtable participant, Parliamentarian');
    const fields = all(footer, 'instrText').map((i) => i.textContent?.trim());
    expect(fields).toEqual(expect.arrayContaining(['PAGE', 'NUMPAGES']));
  });

  it('stays valid XML with hostile contributions, their text intact and inert', async () => {
    const attacked = hostileReport(report);
    const { document } = await unpack(attacked);
    const text = paragraphs(document).map(textOf).join('\n');
    for (const hostile of hostileTexts) for (const line of cleanText(hostile).split('\n')) expect(text).toContain(line);
    expect(text).not.toMatch(/[\u0000\u0001\u000b\u001f\uFFFE\u202E]/);
    expect(all(document, 't').some((t) => t.textContent === 'injected')).toBe(false);
    expect(withStyle(document, 'Heading1')).toHaveLength(withStyle((await unpack(report)).document, 'Heading1').length);
    expect(all(document, 'tbl')).toHaveLength(all((await unpack(report)).document, 'tbl').length);
  });
});
