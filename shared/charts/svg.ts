/** The few pieces of SVG the charts are written with. Every text is escaped here, so a theme label cannot become markup. */
import { cleanText } from '../clean-text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  // What no document may carry is dropped (a renderer would refuse the whole picture), as in every export.
  return cleanText(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** Coordinates to one decimal: enough on any screen or page, and the same text on every machine. */
export function px(n: number): string {
  return String(Math.round(n * 10) / 10);
}

export const FONT = 'Inter, "Helvetica Neue", Arial, sans-serif';

/**
 * An image with its accessible name: `role="img"` and a <title>, no ids (several charts share a page).
 * Its own size in pixels, drawn at the width of its box.
 */
export function svgDocument(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

export function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${px(x)}" y="${px(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}

/** A line of text cut to about `max` characters, with an ellipsis (the full text is in the chart's table). */
export function shorten(content: string, max: number): string {
  const chars = [...content];
  return chars.length <= max ? content : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
