import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeRecords, parseRecords, scoreRecords } from '../../scripts/coding-eval.js';

const set = (name: string) => {
  const path = new URL(`../data/coding/${name}.jsonl`, import.meta.url);
  const records = parseRecords(readFileSync(path, 'utf8'), name);
  return scoreRecords(records, codeRecords(records));
};

describe('placement under the report framework (npm run eval:coding)', () => {
  it('on the held-out set: English, French and Spanish placed, off-topic lines left unplaced', () => {
    const r = set('heldout');
    const lang = (l: string) => r.languages.find((x) => x.lang === l)!;
    expect(lang('en').acceptable / lang('en').placedTotal).toBeGreaterThanOrEqual(0.9);
    const fe = ['fr', 'es'].map(lang);
    expect(fe.reduce((s, l) => s + l.acceptable, 0) / fe.reduce((s, l) => s + l.placedTotal, 0)).toBeGreaterThanOrEqual(0.6);
    const rejected = r.languages.reduce((s, l) => s + l.rejected, 0) / r.languages.reduce((s, l) => s + l.noneTotal, 0);
    expect(rejected).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the record format and names a bad line', () => {
    expect(parseRecords('{"text":"+1","lang":"en","expected":"none"}\n\n// a comment\n', 'x.jsonl')).toHaveLength(1);
    expect(() => parseRecords('{"text":"x","lang":"en","expected":"Nowhere"}', 'y.jsonl')).toThrow(/y\.jsonl:1: "Nowhere" is not a label/);
    expect(() => parseRecords('{oops', 'z.jsonl')).toThrow(/z\.jsonl:1: not valid JSON/);
  });
});
