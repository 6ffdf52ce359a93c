/**
 * Arabic and Persian contributions read right to left in every document: HTML marks them
 * dir="auto" (the browser and the PDF printer decide from their first letter); Word, which has
 * no "auto", gets right-to-left paragraphs and runs.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { directedRuns, startsRightToLeft } from '../../server/documents/bidi.js';
import { renderDocx } from '../../server/documents/docx.js';
import { renderHtml } from '../../server/documents/html.js';
import type { Report } from '../../server/documents/report.js';
import { reportFixture } from './report-fixture.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ARABIC = 'الهجرة مسؤولية مشتركة بين الدول';
const PERSIAN = 'مهاجرت باید با همکاری کشورها مدیریت شود';

function withRightToLeft(): Report {
  const report = reportFixture();
  report.pullQuotes = [{ text: ARABIC, attribution: null }, { text: PERSIAN, attribution: null }];
  report.annexByTheme[0].groups[0].items.push(`${PERSIAN} (3 agreed, 0 disagreed)`);
  report.consolidation[0].themes[0].findings[0].text = `A clear majority agreed; as one participant put it, “${ARABIC}”.`;
  return report;
}

describe('right-to-left contributions', () => {
  it('take the direction of their first letter, and keep each stretch of Arabic or Persian apart', () => {
    expect(startsRightToLeft(`“${ARABIC}” (4 agreed)`)).toBe(true);
    expect(startsRightToLeft(PERSIAN)).toBe(true);
    expect(startsRightToLeft(`As one put it, “${ARABIC}”`)).toBe(false);
    expect(startsRightToLeft('2026: 12 %')).toBe(false);
    expect(directedRuns(`As one put it, “${ARABIC}”.`)).toEqual([
      { text: 'As one put it, “', rtl: false },
      { text: ARABIC, rtl: true },
      { text: '”.', rtl: false },
    ]);
  });

  it('are marked dir="auto" in HTML (and so in the PDF printed from it)', () => {
    const html = renderHtml(withRightToLeft());
    expect(html).toContain(`<p dir="auto">“${ARABIC}”</p>`);
    expect(html).toContain(`<p dir="auto">“${PERSIAN}”</p>`);
    expect(html).toContain(`<li dir="auto">${PERSIAN} (3 agreed, 0 disagreed)</li>`);
  });

  it('are right-to-left paragraphs and runs in Word', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(withRightToLeft()));
    const doc = new DOMParser().parseFromString(await zip.file('word/document.xml')!.async('string'), 'text/xml');
    const paragraphs = Array.from(doc.getElementsByTagNameNS(W, 'p'));
    const textOf = (p: Element) => Array.from(p.getElementsByTagNameNS(W, 't')).map((t) => t.textContent).join('');
    const isBidi = (p: Element) => p.getElementsByTagNameNS(W, 'bidi').length > 0;
    const rtlRuns = (p: Element) => Array.from(p.getElementsByTagNameNS(W, 'r')).filter((r) => r.getElementsByTagNameNS(W, 'rtl').length > 0).map((r) => r.textContent);

    for (const text of [`“${ARABIC}”`, `“${PERSIAN}”`, `${PERSIAN} (3 agreed, 0 disagreed)`]) {
      const p = paragraphs.find((x) => textOf(x) === text);
      expect(p, text).toBeDefined();
      expect(isBidi(p!), text).toBe(true);
      expect(rtlRuns(p!)).toEqual([text.includes(ARABIC) ? ARABIC : PERSIAN]);
    }
    // An English sentence quoting Arabic stays a left-to-right paragraph with one right-to-left run.
    const finding = paragraphs.find((x) => textOf(x).startsWith('A clear majority agreed; as one participant put it'))!;
    expect(isBidi(finding)).toBe(false);
    expect(rtlRuns(finding)).toEqual([ARABIC]);
    const english = paragraphs.find((x) => textOf(x).startsWith('Three sessions were held'))!;
    expect(isBidi(english)).toBe(false);
    expect(rtlRuns(english)).toEqual([]);
  });
});
