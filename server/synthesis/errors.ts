import { findJsonProblem } from './jsonpos.js';

/** An input the engine cannot use, with the file (and line, where known) to point the user at. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${detail}`);
    this.name = 'InputError';
  }
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parse JSON, turning a syntax error into an InputError with the line. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    const problem = findJsonProblem(text);
    if (!problem) throw new InputError(file, 'not valid JSON');
    throw new InputError(file, `not valid JSON (${problem.message})`, lineAt(text, problem.offset));
  }
}

/** Line of the n-th (0-based) occurrence of `"key": "value"` in a JSON text, for pointing at a record. */
export function lineOfJsonValue(text: string, key: string, value: string | number, occurrence = 0): number | undefined {
  const escaped = JSON.stringify(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`"${key}"\\s*:\\s*${escaped}`, 'g');
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(text))) {
    if (n === occurrence) return lineAt(text, m.index);
    n++;
  }
  return undefined;
}
