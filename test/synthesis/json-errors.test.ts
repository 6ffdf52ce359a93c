import { describe, expect, it } from 'vitest';
import { InputError, parseJson } from '../../server/synthesis/errors.js';

function lineOf(text: string): number | undefined {
  try {
    parseJson(text, 'f.json');
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/^f\.json:\d+: not valid JSON \(.+\)$/);
    return (err as InputError).line;
  }
  throw new Error('parsed');
}

describe('JSON that does not parse: the line it goes wrong on', () => {
  it.each([
    ['a missing comma, where JSON.parse gives a position', '{\n  "a": 1\n  "b": 2\n}', 3],
    ['an unexpected token, where it gives none', '{\n  "themes": [\n  }\n', 3],
    ['a word that is not a literal', '{\n "a": [\n 1,\n 2,\n tru\n ]}', 5],
    ['after a byte order mark', '\ufeff{\n\n "a": x}', 3],
    ['the end of a cut-off file', '[1,2\n\n', 3],
    ['data after the end', '{"a":1}\n\nx', 3],
    ['an unexpected token far into a long file', `[\n${'1,\n'.repeat(1000)}}]`, 1002],
  ])('%s', (_, text, line) => {
    expect(lineOf(text)).toBe(line);
  });

  it('parses what is valid, byte order mark or not', () => {
    expect(parseJson('\ufeff{"a":[1]}', 'f.json')).toEqual({ a: [1] });
  });
});
