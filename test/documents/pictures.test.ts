import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../server/documents/docx.js';
import { renderHtml } from '../../server/documents/html.js';
import { closePdfRenderer, renderPdf } from '../../server/documents/pdf.js';
import { en } from '../../server/documents/i18n/en.js';

const PICTURES_TITLE = en.pictures.title;
import type { Report } from '../../server/documents/report.js';
import { pdfText } from '../support/pdf-text.js';
import { reportFixture } from './report-fixture.js';

const report = reportFixture();
const without: Report = { ...report, pictures: { map: null, agreement: [], words: en.pictures } };

afterAll(() => closePdfRenderer());

describe('pictures in the HTML', () => {
  const html = renderHtml(report);

  it('draws the agreement chart and the opinion map inline, each a figure with its caption', () => {
    const figures = html.match(/<figure class="chart">[\s\S]*?<\/figure>/g)!;
    expect(figures).toHaveLength(2);
    expect(figures[0]).toMatch(/<svg [^>]*role="img" aria-label="Agreement by theme"/);
    expect(figures[1]).toMatch(/<svg [^>]*role="img" aria-label="Opinion map"/);
    for (const f of figures) expect(f).toMatch(/<figcaption>[^<]{40,}<\/figcaption>/);
    expect(html.indexOf(`<h2>${PICTURES_TITLE}</h2>`)).toBeLessThan(html.indexOf('<figure'));
  });

  it('gives screen readers the figures as tables: every theme with its counts, every group with its size', () => {
    const tables = html.match(/<table class="chart-figures">[\s\S]*?<\/table>/g)!;
    expect(tables[0]).toContain('<td>Labour migration</td><td>20</td><td>14 (70 %)</td><td>4 (20 %)</td><td>2 (10 %)</td>');
    expect(tables[1]).toContain('<td>Group A</td><td>4</td>');
    expect(tables[1]).toContain('<td>Group B</td><td>3</td>');
  });

  it('has no pictures part when there is nothing to draw', () => {
    const bare = renderHtml(without);
    expect(bare).not.toContain('<svg');
    expect(bare).not.toContain(PICTURES_TITLE);
  });
});

describe('pictures in the Word document', () => {
  it('embeds each chart as a PNG media part, with alternative text that gives the figures', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(report));
    const media = Object.keys(zip.files).filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(media).toHaveLength(2);
    for (const name of media) {
      const png = await zip.file(name)!.async('nodebuffer');
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      // Twice the drawn width (640 px), so it stays sharp in print.
      expect(png.readUInt32BE(16)).toBe(1280);
    }
    const doc = new DOMParser().parseFromString(await zip.file('word/document.xml')!.async('string'), 'text/xml');
    const props = Array.from(doc.getElementsByTagNameNS('http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing', 'docPr'));
    expect(props.map((p) => p.getAttribute('title'))).toEqual(['Agreement by theme', 'Opinion map']);
    expect(props[0].getAttribute('descr')).toContain('Theme: Labour migration, Voted: 20, Lean to agree: 14 (70 %)');
    expect(props[1].getAttribute('descr')).toContain('Group: Group A, Participants: 4');
  });

  it('embeds no picture when there is nothing to draw', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(without));
    expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))).toEqual([]);
  });
});

describe('pictures in the PDF', { timeout: 60_000 }, () => {
  it('prints the charts with their legends and captions', async () => {
    const { text } = await pdfText(await renderPdf(renderHtml(report)));
    const all = text.join(' ');
    expect(all).toContain('Group A (4)');
    expect(all).toContain('Group B (3)');
    expect(all).toContain('Labour migration · 20 voted');
    expect(all).toContain('Opinion map. Each mark is one participant');
  });
});
