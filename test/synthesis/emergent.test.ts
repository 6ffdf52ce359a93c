import { describe, expect, it } from 'vitest';
import { clusterUncovered } from '../../server/synthesis/emergent.js';
import { Corpus, docTerms } from '../../server/synthesis/text.js';

const texts = [
  ['u1', 'Student visas cost too much for families'],
  ['u2', 'Cheaper student visas would keep talent'],
  ['u3', 'Universities lose student talent to visa costs'],
  ['u4', 'Diaspora investment in housing back home'],
  ['u5', 'Diaspora bonds could fund housing'],
  ['u6', 'The diaspora sends money for housing and schools'],
  ['u7', 'A lone remark about the weather'],
] as const;

function run(order: readonly (readonly [string, string])[]) {
  const corpus = new Corpus();
  const docs = order.map(([id, text]) => ({ id, doc: docTerms(text) }));
  for (const d of docs) corpus.add(d.doc);
  return clusterUncovered(docs, corpus);
}

describe('emergent clustering', () => {
  it('groups what shares distinctive words, labels candidates by them, leaves strays out', () => {
    const clusters = run(texts);
    expect(clusters.map((c) => [...c.contributions].sort())).toEqual([
      ['u4', 'u5', 'u6'],
      ['u1', 'u2', 'u3'],
    ]);
    expect(clusters[0].terms[0]).toBe('diaspora');
    expect(clusters[0].terms).toContain('housing');
    expect(clusters[1].terms[0]).toBe('student');
    expect(clusters[0].id).toBe(`emergent:${clusters[0].terms.join('+')}`);
  });

  it('is deterministic: the same input gives the same candidates and ids, in any input order', () => {
    const a = run(texts);
    expect(run(texts)).toEqual(a);
    const b = run([...texts].reverse());
    expect(b.map((c) => c.id)).toEqual(a.map((c) => c.id));
    expect(b.map((c) => [...c.contributions].sort())).toEqual(a.map((c) => [...c.contributions].sort()));
  });

  it('offers nothing below the minimum size', () => {
    expect(run(texts.slice(0, 2))).toEqual([]);
  });
});
