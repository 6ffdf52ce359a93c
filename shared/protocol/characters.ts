/**
 * Text as people type it: one normalisation, one way of counting its length (what the person sees:
 * grapheme clusters), and the few characters refused because they can disguise text or are
 * invisible junk. Used by the server's validation (text.ts) and the phone's character counter, and
 * free of dependencies so the phone's bundle stays small.
 *
 * Accepted on purpose: the zero-width joiner (👩‍🌾, family and profession emoji, Indic conjuncts),
 * the zero-width non-joiner (Persian می‌خواهم), the left-to-right and right-to-left marks and the
 * Arabic letter mark (numbers in Arabic text), a single zero-width space (Thai, Khmer, Burmese line
 * breaks), variation selectors, and emoji tag sequences such as the flag of Scotland.
 */

import type { TextProblemCode } from './result.js';

/** The form every text is stored in: NFC, newlines as \n, no surrounding white space. */
export function normaliseText(raw: string): string {
  return raw.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

// Browsers without Intl.Segmenter (Firefox before 125) count code points, never fewer than clusters.
const graphemes = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
const PLAIN = /^[\x20-\x7E\t\n]*$/;
const INVISIBLE_CLUSTER = /^\p{Cf}+$/u;

/** How many characters the person sees: grapheme clusters (👩‍🌾, 🏴󠁧󠁢󠁳󠁣󠁴󠁿 and é are one each). */
export function visibleLength(text: string): number {
  return measure(text).length;
}

/** The text's visible length, and the most code points any one of its characters is built of. */
function measure(text: string): { length: number; tallest: number } {
  if (PLAIN.test(text)) return { length: text.length, tallest: 1 };
  if (!graphemes) return { length: [...text].length, tallest: 1 };
  let length = 0;
  let tallest = 1;
  for (const { segment } of graphemes.segment(text)) {
    // A mark nobody sees (a right-to-left mark, a zero-width space) stands alone but is not counted.
    if (!INVISIBLE_CLUSTER.test(segment)) length++;
    // A cluster has at most as many code points as UTF-16 units: count them only where that could matter.
    if (segment.length > MAX_CODE_POINTS_PER_CHARACTER) tallest = Math.max(tallest, [...segment].length);
  }
  return { length, tallest };
}

/** The most storage a text of `max` visible characters may take, in UTF-16 code units (JavaScript's length). */
export function rawTextLimit(max: number): number {
  return max * RAW_UNITS_PER_CHARACTER;
}

// The longest emoji (a kiss with two skin tones) takes 15 code units, a subdivision flag 14: 16 leaves
// room for any real text, and keeps a text of 1,000 characters under 48 KB of UTF-8.
const RAW_UNITS_PER_CHARACTER = 16;
/** Unicode's stream-safe format allows 30 combining marks in a row; a real character needs far fewer. */
const MAX_CODE_POINTS_PER_CHARACTER = 32;

const BIDI_CONTROLS: Record<number, string> = {
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /\p{Cs}/u;
/** An emoji tag sequence of a flag: 🏴, a region and subdivision in tag letters, the cancel tag. */
const FLAG_TAG_SEQUENCE = /\u{1F3F4}[\u{E0061}-\u{E007A}]{2}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,4}\u{E007F}/gu;
const TAG = /[\u{E0000}-\u{E007F}]/u;
const BYTE_ORDER_MARK = /\uFEFF/;
const INVISIBLE_RUN = /[\u200B-\u200D\u2060]{2,}/;
/** What shows nothing: white space, format characters, the Hangul fillers, variation selectors. */
const NOTHING_VISIBLE = /^[\p{White_Space}\p{Cf}\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u034F]*$/u;

function codePoint(text: string, pattern: RegExp): string {
  const found = pattern.exec(text)![0];
  return `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a text may not be stored: a code for the client to explain, and English words for logs and raw clients. */
export interface TextProblem {
  code: TextProblemCode;
  message: string;
}

const empty = (message: string): TextProblem => ({ code: 'text-empty', message });
const tooLong = (message: string): TextProblem => ({ code: 'text-too-long', message });
const badCharacter = (message: string): TextProblem => ({ code: 'text-bad-character', message });

/**
 * Why a normalised text may not be stored (`what` names the field: "The contribution"), or null when it may.
 */
export function textProblem(text: string, max: number, what: string): TextProblem | null {
  // Printable ASCII, tabs and newlines, trimmed (as normaliseText leaves it): only its length can be wrong.
  if (PLAIN.test(text)) return text.length === 0 ? empty(`${what} is empty`) : text.length > max ? tooLong(`${what} is longer than ${max} characters (${text.length})`) : null;
  if (NOTHING_VISIBLE.test(text)) return empty(`${what} is empty`);
  if (CONTROL.test(text)) return badCharacter(`${what} contains a control character (${codePoint(text, CONTROL)}) that cannot be shown; remove it`);
  if (BIDI.test(text)) {
    const name = BIDI_CONTROLS[BIDI.exec(text)![0].charCodeAt(0)];
    return badCharacter(`${what} contains an invisible ${name} (${codePoint(text, BIDI)}), which can make text read differently from what it holds; remove it`);
  }
  if (LONE_SURROGATE.test(text)) return badCharacter(`${what} contains half of a character (${codePoint(text, LONE_SURROGATE)}), perhaps an emoji cut in two; type it again`);
  const outsideFlags = text.replace(FLAG_TAG_SEQUENCE, '');
  if (TAG.test(outsideFlags)) return badCharacter(`${what} contains invisible tag characters (${codePoint(outsideFlags, TAG)}) outside a flag; remove them`);
  if (BYTE_ORDER_MARK.test(text)) return badCharacter(`${what} contains an invisible byte order mark (U+FEFF) inside the text; remove it`);
  if (INVISIBLE_RUN.test(text)) return badCharacter(`${what} contains several invisible characters in a row (from ${codePoint(text, INVISIBLE_RUN)}); remove them`);
  const { length, tallest } = measure(text);
  if (length > max) return tooLong(`${what} is longer than ${max} characters (${length})`);
  if (text.length > rawTextLimit(max)) return tooLong(`${what} is too large to store: its characters take ${text.length} units where ${rawTextLimit(max)} are allowed; shorten it`);
  if (tallest > MAX_CODE_POINTS_PER_CHARACTER) return badCharacter(`${what} contains a character stacked from ${tallest} parts (at most ${MAX_CODE_POINTS_PER_CHARACTER}); remove some of its marks`);
  return null;
}
