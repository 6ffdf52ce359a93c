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
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (err) {
    const { message, offset } = syntaxProblem(body, err);
    throw new InputError(file, `not valid JSON (${message.charAt(0).toLowerCase()}${message.slice(1)})`, lineAt(body, offset));
  }
}

const AT_POSITION = /(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?$/;
const END_OF_INPUT = 'Unexpected end of JSON input';

/**
 * What JSON.parse said, and where. Most of its messages end "at position N"; "Unexpected token"
 * quotes the text instead, and there the place is the end of the shortest prefix that fails
 * before its own end (a prefix that is merely cut short fails at its end, or not at all).
 */
function syntaxProblem(text: string, err: unknown): { message: string; offset: number } {
  const message = err instanceof Error ? err.message : String(err);
  const at = AT_POSITION.exec(message);
  if (at) return { message: message.slice(0, at.index), offset: Number(at[1]) };
  if (message === END_OF_INPUT) return { message, offset: text.length };
  let shortest = 1;
  let longest = text.length;
  while (shortest < longest) {
    const middle = (shortest + longest) >> 1;
    if (failsBeforeItsEnd(text.slice(0, middle))) longest = middle;
    else shortest = middle + 1;
  }
  // "Unexpected token '}', "…" is not valid JSON": the token, written so that a line break shows.
  const token = message.replace(/, (\.\.\.)?".*$/s, '').replace(/[\n\r\t]/g, (c) => JSON.stringify(c).slice(1, -1));
  return { message: token, offset: shortest - 1 };
}

function failsBeforeItsEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (err) {
    const message = (err as Error).message;
    if (message === END_OF_INPUT) return false;
    const at = AT_POSITION.exec(message);
    return at === null || Number(at[1]) < prefix.length;
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
