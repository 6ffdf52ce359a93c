/**
 * CSV cells a spreadsheet will not evaluate: a cell that begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is a formula to Excel, LibreOffice and Google Sheets, so it gets a
 * leading single quote (OWASP's advice on CSV injection). Numbers written as numbers are left
 * alone; text always goes through here.
 */
import { cleanText } from '../../shared/clean-text.js';

/**
 * A formula sign first, or after leading white space some spreadsheets trim; or a tab or line
 * break first (cleanText has already turned a carriage return into a line break).
 */
const FORMULA_START = /^\s*[=+\-@]|^[\t\n]/;

export function spreadsheetSafe(cell: string): string {
  const text = cleanText(cell);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type Cell = string | number;

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
function field(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  if (cell === '') return '';
  const text = spreadsheetSafe(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows to CSV text, every text cell made safe; CRLF line ends, as spreadsheets expect. Written
 * by hand because a Pol.is vote matrix runs to a million cells and the quoting rule is this small.
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  let out = '';
  for (const row of rows) out += `${row.map(field).join(',')}\r\n`;
  return out;
}
