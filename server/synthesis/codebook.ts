/**
 * A codebook file: read, validated with the line of the first problem, and written back, so a
 * facilitator can carry a codebook from one round to the next. The schema lives in shared/codebook.ts.
 */
import { codebookSchema, type Codebook } from '../../shared/codebook.js';
import { InputError, lineOfJsonValue, parseJson } from './errors.js';

/** Validate an already-parsed codebook; throws InputError naming `file`. */
export function validateCodebook(value: unknown, file = 'codebook', text?: string): Codebook {
  const parsed = codebookSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  let line: number | undefined;
  if (text && issue.path[0] === 'themes' && typeof issue.path[1] === 'number') {
    const raw = (value as { themes?: { id?: unknown }[] }).themes?.[issue.path[1]];
    if (raw && typeof raw.id === 'string') {
      const before = ((value as { themes: { id?: unknown }[] }).themes.slice(0, issue.path[1]) ?? []).filter((t) => t?.id === raw.id).length;
      line = lineOfJsonValue(text, 'id', raw.id, before);
    }
  }
  throw new InputError(file, `invalid codebook at ${path || 'top level'}: ${issue.message}`, line);
}

/** Parse and validate a codebook file's text. */
export function parseCodebook(text: string, file = 'codebook'): Codebook {
  if (text.trim() === '') throw new InputError(file, 'the codebook file is empty');
  return validateCodebook(parseJson(text, file), file, text);
}

/** The codebook as a file to carry to the next round. */
export function exportCodebook(codebook: Codebook): string {
  return `${JSON.stringify(codebook, null, 2)}\n`;
}
