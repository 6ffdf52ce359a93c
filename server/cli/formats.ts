/**
 * Output formats of `npm run synthesize`, by name. Each turns a synthesis into the bytes to
 * print or write. Register a new one by adding an entry (md, html, docx, pdf, csv...); the CLI
 * lists whatever is here.
 */
import type { Synthesis } from '../../shared/synthesis.js';

export type Formatter = (synthesis: Synthesis) => string | Buffer | Promise<string | Buffer>;

export const formats: Record<string, Formatter> = {
  json: (synthesis) => `${JSON.stringify(synthesis, null, 2)}\n`,
};
