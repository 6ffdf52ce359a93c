/**
 * Characters no document format should carry: C0 controls other than tab and newline, DEL and
 * C1 controls, the non-characters U+FFFE/U+FFFF, lone surrogates, and the bidirectional
 * overrides and isolates. XML 1.0 forbids most of them (a DOCX with one will not open); the
 * overrides can make text read differently from what it holds.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');
}

/** One line: newlines and runs of white space become single spaces. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}
