/**
 * CSV cells a spreadsheet will not evaluate: a cell that begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is a formula to Excel, LibreOffice and Google Sheets, so it gets a
 * leading single quote (OWASP's advice on CSV injection). Numbers written as numbers are left
 * alone; text always goes through here.
 */
import { cleanText } from './clean-text.js';
import { stringify } from 'csv-stringify/sync';

/** A formula sign first, or after leading white space some spreadsheets trim. */
const FORMULA_START = /^\s*[=+\-@]|^[\t\r\n]/;

export function spreadsheetSafe(cell: string): string {
  const text = cleanText(cell);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type Cell = string | number;

/** Rows to CSV text, every text cell made safe; CRLF line ends, as spreadsheets expect. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return stringify(rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell : spreadsheetSafe(cell)))), { record_delimiter: 'windows' });
}
