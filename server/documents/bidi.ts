/**
 * Right-to-left text in documents. HTML says `dir="auto"` and lets the browser decide; Word has
 * no "auto", so a paragraph whose first letter is Arabic, Persian, Hebrew… is marked right to
 * left, and every stretch of such letters is its own run marked right to left, so that Word
 * orders and shapes it (and the punctuation around it) as a reader of that script expects.
 */

/** Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Arabic supplements and presentation forms. */
const RTL = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';
const RTL_CHAR = new RegExp(`[${RTL}]`, 'u');
/** A stretch from one right-to-left letter to the last before a left-to-right one, with the spaces, digits and marks between. */
const RTL_STRETCH = new RegExp(`[${RTL}](?:[^\\p{L}]*[${RTL}])*`, 'gu');

/** The direction the text's first letter gives it, as `dir="auto"` decides. */
export function startsRightToLeft(text: string): boolean {
  const first = /\p{L}/u.exec(text);
  return first !== null && RTL_CHAR.test(first[0]);
}

export interface DirectedRun {
  text: string;
  rtl: boolean;
}

/** The text cut into stretches of one direction. */
export function directedRuns(text: string): DirectedRun[] {
  const runs: DirectedRun[] = [];
  let at = 0;
  for (const m of text.matchAll(RTL_STRETCH)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), rtl: false });
    runs.push({ text: m[0], rtl: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), rtl: false });
  return runs;
}
