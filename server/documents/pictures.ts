/**
 * The document's pictures: the opinion map and the agreement chart, drawn by shared/charts (the
 * console draws the same), each with a caption and a table that says in words what the picture
 * shows. Inline SVG in HTML (and so in the PDF); PNG in Word, rendered by resvg with the Inter
 * font the package ships, so the picture looks the same on any machine.
 */
import { createRequire } from 'node:module';
import { ImageRun, Paragraph, TextRun } from 'docx';
import { agreementRowsOf, agreementSvg, LEANINGS, share, type AgreementRow, type AgreementWords } from '../../shared/charts/agreement.js';
import { opinionMapOf, opinionMapSvg, type OpinionMapData, type OpinionMapWords } from '../../shared/charts/opinion-map.js';
import type { Synthesis } from '../../shared/synthesis.js';
import { oneLine } from '../../shared/clean-text.js';
import type { PictureWords } from './i18n/messages.js';

export interface ReportPictures {
  map: OpinionMapData | null;
  agreement: AgreementRow[];
  words: PictureWords;
}

/** The pictures of a synthesis, in the document's words; a theme of the codebook is named as the document names it. */
export function picturesOf(synthesis: Synthesis, words: PictureWords, themeLabel: (label: string) => string): ReportPictures {
  const agreement = agreementRowsOf(synthesis).map((row) => ({ ...row, label: themeLabel(row.label) }));
  return { map: opinionMapOf(synthesis), agreement, words };
}

function mapTable(map: OpinionMapData, words: PictureWords): { header: string[]; rows: string[][] } {
  return { header: [...words.mapHeader], rows: map.groups.map((g) => [words.groupName(g.id), String(g.size)]) };
}

function agreementTable(rows: readonly AgreementRow[], words: PictureWords): { header: string[]; rows: string[][] } {
  const { leaning, figure } = words.agreement;
  return {
    header: [...words.agreementHeader, ...LEANINGS.map((k) => leaning[k])],
    rows: rows.map((r) => [r.label, String(r.participants), ...LEANINGS.map((k) => figure(r[k], share(r, k)))]),
  };
}

interface Picture {
  svg: string;
  title: string;
  caption: string;
  table: { header: string[]; rows: string[][] };
}

function pictures(p: ReportPictures): Picture[] {
  const out: Picture[] = [];
  const w = p.words;
  if (p.agreement.length > 0) out.push({ svg: agreementSvg(p.agreement, w.agreement), title: w.agreement.title, caption: w.agreementCaption, table: agreementTable(p.agreement, w) });
  if (p.map) out.push({ svg: opinionMapSvg(p.map, w.map), title: w.map.title, caption: w.mapCaption, table: mapTable(p.map, w) });
  return out;
}

/** HTML: a part of its own, each picture a figure with its caption and, for screen readers, its figures as a table. */
export function picturesHtml(p: ReportPictures, escape: (text: string) => string): string[] {
  const figures = pictures(p).map((pic) => {
    const head = pic.table.header.map((h) => `<th scope="col">${escape(h)}</th>`).join('');
    const body = pic.table.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n');
    return [
      '<figure class="chart">',
      pic.svg,
      `<figcaption>${escape(pic.caption)}</figcaption>`,
      `<table class="chart-figures"><caption>${escape(pic.title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`,
      '</figure>',
    ].join('\n');
  });
  return figures.length > 0 ? [`<h2>${escape(p.words.title)}</h2>`, ...figures] : [];
}

/** What the HTML's pictures need of its stylesheet. */
export const PICTURES_STYLE = `
figure.chart { margin: 1rem 0 1.6rem; break-inside: avoid; }
figure.chart svg { display: block; width: 100%; height: auto; }
figure.chart figcaption { font-size: .85rem; color: var(--quiet); margin-top: .4rem; }
.chart-figures { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

const require = createRequire(import.meta.url);
const FONT_FILES = ['@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'].map((f) => require.resolve(f));

/** A chart as PNG, twice its drawn size so it stays sharp in print; drawn off the event loop. */
export async function chartPng(svg: string): Promise<{ data: Buffer; width: number; height: number }> {
  // Loaded with the first Word export, not when the server starts.
  const { renderAsync } = await import('@resvg/resvg-js');
  const image = await renderAsync(svg, { font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' }, fitTo: { mode: 'zoom', value: 2 } });
  return { data: image.asPng(), width: image.width / 2, height: image.height / 2 };
}

/** Word's text width on A4 with 2 cm margins, in pixels at 96 to the inch. */
const DOCX_WIDTH_PX = 642;

/** Word: the pictures as PNG with their alternative text, each followed by its caption. */
export async function picturesDocx(p: ReportPictures, heading: (title: string) => Paragraph): Promise<Paragraph[]> {
  const drawn = await Promise.all(pictures(p).map(async (pic) => ({ pic, png: await chartPng(pic.svg) })));
  const blocks = drawn.flatMap(({ pic, png }) => {
    const scale = Math.min(1, DOCX_WIDTH_PX / png.width);
    const description = oneLine(`${pic.caption} ${pic.table.rows.map((r) => r.map((c, i) => `${pic.table.header[i]}: ${c}`).join(', ')).join('; ')}.`);
    const name = oneLine(pic.title);
    return [
      new Paragraph({
        style: 'Chart',
        children: [new ImageRun({ type: 'png', data: png.data, transformation: { width: Math.round(png.width * scale), height: Math.round(png.height * scale) }, altText: { name, title: name, description } })],
      }),
      new Paragraph({ style: 'Caption', children: [new TextRun(oneLine(pic.caption))] }),
    ];
  });
  return blocks.length > 0 ? [heading(p.words.title), ...blocks] : [];
}
