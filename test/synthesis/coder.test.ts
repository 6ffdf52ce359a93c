import { describe, expect, it } from 'vitest';
import { Coder, LiveCoder, type ThemeLike } from '../../server/synthesis/coder.js';
import { activeThemes, defaultCodebook } from '../../shared/codebook.js';

const themes: ThemeLike[] = [
  { id: 'gfmd', label: 'The forum', cues: ['GFMD', 'global forum'] },
  { id: 'labour', label: 'Labour', cues: ['labour', 'workers', 'labour market'] },
  { id: 'refugees', label: 'Refugees', cues: ['refugee', 'asylum'] },
];

const codebook = defaultCodebook();
const reportCoder = new Coder({ themes: activeThemes(codebook), unplaced: codebook.unplaced });
const primary = (text: string, question?: string) => reportCoder.code(text, { question }).themeIds[0] ?? null;

describe('coder: cues', () => {
  it('picks the best theme and gives the matched cues, as written, as the reason', () => {
    const c = new Coder(themes).code('The Global Forum (GFMD) must shift to an active mode');
    expect(c.themeIds).toEqual(['gfmd']);
    expect(c.reason).toEqual(expect.arrayContaining(['GFMD', 'global forum']));
    expect(c.score).toBeGreaterThan(0.4);
  });

  it('matches a phrase cue only as a phrase, with its stop words: "no interest" is not "interesting"', () => {
    const coder = new Coder([
      { id: 'disincentives', label: 'Disincentives', cues: ['no interest'] },
      { id: 'actors', label: 'Actors', cues: ['who should be at the table'] },
    ]);
    const interesting = coder.code('an interesting idea');
    expect(interesting.themeIds).toEqual([]);
    expect(interesting.scores.flatMap((s) => s.terms)).not.toContain('no interest');
    expect(coder.code('they have no interest in rules').themeIds).toEqual(['disincentives']);
    expect(coder.code('bussing tables after lunch').scores.flatMap((s) => s.terms)).not.toContain('who should be at the table');
    expect(primary('bussing tables after lunch please')).toBeNull();
    expect(coder.code('who should be at the table next time?').themeIds).toEqual(['actors']);
  });

  it('keeps words apart that a stemmer merges: populism/population, nationalism/national, opposition/opposite', () => {
    const coder = new Coder([
      { id: 'politics', label: 'Politics', cues: ['populism', 'nationalism', 'opposition'] },
      { id: 'trends', label: 'Trends', cues: ['population', 'national', 'opposite'] },
    ]);
    expect(coder.code('population decline').themeIds).toEqual(['trends']);
    expect(coder.code('the rise of populism').themeIds).toEqual(['politics']);
    expect(coder.code('national programmes').themeIds).toEqual(['trends']);
    expect(coder.code('nationalism again').themeIds).toEqual(['politics']);
  });

  it('matches an acronym that spells a common word only in capitals: the French "un" is not the UN', () => {
    expect(primary('un pays seul ne peut rien faire')).not.toBe('agent-hld');
    expect(reportCoder.code('un pays seul ne peut rien faire').scores.find((s) => s.themeId === 'agent-hld')?.terms ?? []).not.toContain('UN');
    expect(reportCoder.code('The UN should convene everyone in 2013').reason).toContain('UN');
  });

  it('weighs a cue shared by two themes less, so the distinctive cue decides whatever the codebook order', () => {
    const a = { id: 'a', label: 'A', cues: ['forum', 'talks'] };
    const b = { id: 'b', label: 'B', cues: ['forum', 'GFMD'] };
    expect(new Coder([a, b]).code('the GFMD forum').themeIds[0]).toBe('b');
    expect(new Coder([b, a]).code('the GFMD forum').themeIds[0]).toBe('b');
  });

  it("does not match a one-word cue of another language where the contribution's language uses it as a function word", () => {
    const coder = new Coder([
      { id: 'south', label: 'South', cues: ['global south'], translations: { es: { cues: ['Sur'] } } },
      { id: 'mobility', label: 'Mobility', cues: ['mobilité'] },
    ]);
    const c = coder.code("l'Union veut un rôle sur la mobilité");
    expect(c.scores.map((s) => s.themeId)).toEqual(['mobility']);
    expect(coder.code('el Sur global necesita voz').scores[0].themeId).toBe('south');
  });

  it("reads a cue inside another theme's longer cue as the weaker reading: 'voters' in 'migrant voters'", () => {
    const coder = new Coder([
      { id: 'politics', label: 'Politics', cues: ['voters', 'elections'] },
      { id: 'trends', label: 'Trends', cues: ['migrant voters', 'migrant communities'] },
    ]);
    expect(coder.code('migrant voters at elections').themeIds[0]).toBe('trends');
    expect(coder.code('voters at elections').themeIds[0]).toBe('politics');
  });

  it('an example sharing a single word with the contribution is not shown as a resemblance', () => {
    const coder = new Coder([{ id: 'trade', label: 'Trade', cues: ['free trade'], examples: ['Regions agree on trade in goods and services'] }]);
    expect(coder.code('agree').scores[0].terms.some((t) => t.startsWith('like'))).toBe(false);
    expect(coder.code('they agree on services').scores[0].terms[0]).toBe('like “Regions agree on trade in goods and services”');
  });

  it('a rare word of another theme does not outweigh the named process', () => {
    expect(primary('the GFMD costs hosts a lot')).toBe('agent-gfmd');
  });
});

describe('coder: the report framework, as people type it', () => {
  it('places terse, abbreviated and misspelt lines under the right sub-heading', () => {
    const cases: [string, string][] = [
      ['MPs should grill ministers on this', 'agent-parliamentarians'],
      ['the club of big migration countries should meet', 'agent-m20'],
      ['employers federations want predictable rules', 'agent-business'],
      ['frontex is the only thing that really works together', 'common-enforcement'],
      ['refugess protection is the one thing we agree on', 'common-refugees'],
      ['QMV ends the veto of one capital', 'agent-lisbon'],
    ];
    for (const [text, theme] of cases) expect(primary(text), text).toBe(theme);
  });

  it('reads French and Spanish with their own cues and stems', () => {
    expect(reportCoder.code('les députés doivent s’en saisir').lang).toBe('fr');
    expect(primary('les députés doivent s’en saisir')).toBe('agent-parliamentarians');
    expect(primary('la trata de personas une a todos los gobiernos')).toBe('common-enforcement');
    expect(primary('le Forum mondial doit enfin agir')).toBe('agent-gfmd');
  });

  it('leaves procedural and off-topic lines unplaced, and says so', () => {
    for (const text of ['+1', 'can you repeat the question', 'the border of this slide is cut off', 'bussing tables after lunch please', 'where is the coffee', "we can't hear the speaker", 'good one']) {
      const c = reportCoder.code(text);
      expect(c.themeIds, text).toEqual([]);
    }
    expect(reportCoder.code('can you repeat the question').offTopic).toBe(true);
  });

  it('a confidence that is higher for a clear line than for a vague one', () => {
    const clear = reportCoder.code('the GMG needs a secretariat and real reform');
    const vague = reportCoder.code('governments should do better on this');
    expect(clear.themeIds[0]).toBe('agent-gmg');
    expect(clear.score).toBeGreaterThan(0.8);
    expect(vague.themeIds.length === 0 || vague.score < clear.score - 0.2).toBe(true);
  });

  it('the question a contribution answered tips a line that says little by itself', () => {
    const line = 'it has to deliver, not only meet';
    const question = 'How can the GFMD in Mexico and beyond advance the discussions from talking about migration issues to a more active mode?';
    expect(primary(line)).not.toBe('agent-gfmd');
    expect(primary(line, question)).toBe('agent-gfmd');
  });

  it('several themes per contribution, the primary first', () => {
    const c = reportCoder.code('temporary labour schemes for refugees in Europe');
    expect(c.themeIds.length).toBeGreaterThan(1);
    expect(c.themeIds).toEqual(expect.arrayContaining(['common-labour', 'common-refugees']));
  });
});

describe('coder: reference statements', () => {
  it('compares a contribution with the reference statements of its theme, and says which one it resembles', () => {
    const text = 'who will pay the pensions of the boomers?';
    const withReference = reportCoder.code(text);
    expect(withReference.themeIds[0]).toBe('agent-trends');
    expect(withReference.reason.some((r) => r.startsWith('like “who will pay for pensions'))).toBe(true);
    const without = new Coder({ themes: activeThemes(codebook), unplaced: codebook.unplaced, reference: null }).code(text);
    expect(without.reason.some((r) => r.startsWith('like “who will pay for pensions'))).toBe(false);
  });

  it('gives them to a theme by its id: a renamed theme keeps them, a theme of another id has none', () => {
    const text = 'who will pay the pensions of the boomers?';
    const renamed = activeThemes(codebook).map((t) => (t.id === 'agent-trends' ? { ...t, label: 'Demography' } : t));
    expect(new Coder({ themes: renamed, unplaced: codebook.unplaced }).code(text).themeIds[0]).toBe('agent-trends');
    const other = activeThemes(codebook).map((t) => (t.id === 'agent-trends' ? { ...t, id: 'demography' } : t));
    expect(new Coder({ themes: other, unplaced: codebook.unplaced }).code(text).reason.some((r) => r.startsWith('like “who will pay for pensions'))).toBe(false);
  });
});

describe('coder: learning from the facilitator', () => {
  it('a contribution the facilitator placed pulls similar ones to the same theme, and says so', () => {
    const text = 'diaspora bonds could fund housing back home';
    expect(primary(text)).toBeNull();
    const taught = new Coder({
      themes: activeThemes(codebook),
      unplaced: codebook.unplaced,
      examples: [{ text: 'Diaspora bonds and remittances should finance development', themeId: 'common-labour' }],
    });
    const c = taught.code(text);
    expect(c.themeIds[0]).toBe('common-labour');
    expect(c.reason.some((r) => r.startsWith('like “Diaspora bonds'))).toBe(true);
  });

  it('a line taken out of every theme teaches what belongs nowhere', () => {
    const text = 'the interpreters look exhausted';
    const before = new Coder({ themes: activeThemes(codebook), unplaced: codebook.unplaced }).code(text);
    const taught = new Coder({ themes: activeThemes(codebook), unplaced: codebook.unplaced, examples: [{ text: 'the interpreters are tired', themeId: null }] }).code(text);
    expect(taught.themeIds).toEqual([]);
    expect(taught.offTopic).toBe(true);
    expect(before.offTopic && before.themeIds.length === 0).toBe(false);
  });

  it('live coding learns as the facilitator works', () => {
    const live = new LiveCoder({ themes: activeThemes(codebook), unplaced: codebook.unplaced });
    expect(live.code('seasonal farm visas for the harvest').themeIds[0]).not.toBe('agent-business');
    live.learn({ text: 'farm owners need seasonal visas for the harvest', themeId: 'agent-business' });
    expect(live.code('seasonal farm visas for the harvest').themeIds[0]).toBe('agent-business');
  });

  it('is deterministic', () => {
    const texts = ['MPs again', 'le FMMD', 'population ageing in europe', '+1'];
    const a = texts.map((t) => JSON.stringify(new Coder({ themes: activeThemes(codebook), unplaced: codebook.unplaced }).code(t)));
    const b = texts.map((t) => JSON.stringify(new Coder({ themes: activeThemes(codebook), unplaced: codebook.unplaced }).code(t)));
    expect(a).toEqual(b);
  });
});
