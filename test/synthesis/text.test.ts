import { describe, expect, it } from 'vitest';
import { Corpus, cosine, docTerms, stems, tokenize } from '../../server/synthesis/text.js';

describe('text processing', () => {
  it('tokenises with Intl.Segmenter, drops stop words and stems with Porter', () => {
    expect(stems('The migrants are protected by the Refugee Convention')).toEqual(['migrant', 'protect', 'refuge', 'convent']);
    expect(tokenize("The GFMD's work").map((t) => t.surface)).toEqual(['gfmd', 'work']);
  });

  it('keeps names like M-20 and years in one token', () => {
    expect(stems('An M-20 before the 2013 dialogue')).toEqual(['m20', '2013', 'dialogu']);
  });

  it('keeps document frequencies incrementally: idf = ln((1+N)/(1+df)) + 1', () => {
    const corpus = new Corpus();
    corpus.add(docTerms('visa fees for students'));
    corpus.add(docTerms('visa policy'));
    expect(corpus.size).toBe(2);
    expect(corpus.docFreq('visa')).toBe(2);
    expect(corpus.idf('visa')).toBeCloseTo(Math.log(3 / 3) + 1, 12);
    expect(corpus.idf('student')).toBeCloseTo(Math.log(3 / 2) + 1, 12);
    expect(corpus.idf('never-seen')).toBeCloseTo(Math.log(3) + 1, 12);
  });

  it('labels a stem by the way it was most often written', () => {
    const corpus = new Corpus();
    for (const t of ['migration matters', 'migration again', 'migrate now']) corpus.add(docTerms(t));
    expect(corpus.surface('migrat')).toBe('migration');
  });

  it('cosine of sparse vectors', () => {
    const a = new Map([['x', 1], ['y', 1]]);
    const b = new Map([['x', 1]]);
    expect(cosine(a, b)).toBeCloseTo(1 / Math.sqrt(2), 12);
    expect(cosine(a, new Map())).toBe(0);
  });
});
