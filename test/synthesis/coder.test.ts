import { describe, expect, it } from 'vitest';
import { Coder, LiveCoder } from '../../server/synthesis/coder.js';
import { activeThemes, defaultCodebook } from '../../server/synthesis/codebook.js';
import { Corpus, docTerms } from '../../server/synthesis/text.js';

const themes = [
  { id: 'gfmd', cues: ['GFMD', 'global forum'] },
  { id: 'labour', cues: ['labour', 'workers', 'labour market'] },
  { id: 'refugees', cues: ['refugee', 'asylum'] },
];

function coderFor(texts: string[]) {
  const corpus = new Corpus();
  for (const t of texts) corpus.add(docTerms(t));
  return new Coder(themes, corpus);
}

describe('coder', () => {
  const round = ['The GFMD should move from talking to action', 'Labour markets need migrant workers', 'Asylum systems are under strain', 'Nothing to do with any theme here'];

  it('picks the best theme and gives the matched terms as the reason', () => {
    const c = coderFor(round).codeText('The Global Forum (GFMD) must shift to an active mode');
    expect(c.themeIds).toEqual(['gfmd']);
    expect(c.reason).toEqual(expect.arrayContaining(['GFMD', 'global forum']));
    expect(c.score).toBeGreaterThan(0.2);
  });

  it('a phrase cue matches only as consecutive words; one-word cues match any form', () => {
    const coder = coderFor(round);
    expect(coder.codeText('a forum that is global').scores.find((s) => s.themeId === 'gfmd')).toBeUndefined();
    expect(coder.codeText('Refugees and asylum').reason).toEqual(expect.arrayContaining(['refugee', 'asylum']));
  });

  it('adds a clear secondary theme, and nothing when no cue matches', () => {
    const coder = coderFor(round);
    const both = coder.codeText('refugee workers');
    expect(both.themeIds).toHaveLength(2);
    expect(new Set(both.themeIds)).toEqual(new Set(['refugees', 'labour']));
    const none = coder.codeText('Completely unrelated sentence about gardening');
    expect(none.themeIds).toEqual([]);
    expect(none.reason).toEqual([]);
  });

  it('the default codebook codes report-like sentences to the report headings', () => {
    const live = new LiveCoder(activeThemes(defaultCodebook()));
    const cases: [string, string][] = [
      ['Parliamentarians could push governments where diplomats cannot', 'agent-parliamentarians'],
      ['The GMG is disappointing in its current form and needs reform', 'agent-gmg'],
      ['Under the Lisbon Treaty qualified majority voting changes everything', 'agent-lisbon'],
      ['Refugee protection and asylum are already common ground', 'common-refugees'],
      ['Trafficking and smuggling are where states already cooperate on enforcement', 'common-enforcement'],
      ['An M-20 of the most concerned countries, like the G-20', 'agent-m20'],
    ];
    for (const [text] of cases) live.add(text);
    for (const [text, theme] of cases) expect(live.peek(text).themeIds[0], text).toBe(theme);
  });

  it('live coding keeps the document frequencies as contributions arrive', () => {
    const live = new LiveCoder(themes);
    live.add('labour labour');
    live.add('asylum');
    expect(live.corpus.size).toBe(2);
    expect(live.corpus.docFreq('labour')).toBe(1);
    expect(live.add('workers and asylum').themeIds.length).toBeGreaterThan(0);
    expect(live.corpus.size).toBe(3);
  });
});
