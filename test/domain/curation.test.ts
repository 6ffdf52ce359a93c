import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../shared/codebook.js';
import { evolveCuration, curationProblem, initialCuration, replayCuration, type CurationEvent, type CurationState } from '../../server/domain/curation.js';
import { curationEventSchema } from '../../shared/protocol/curation.js';
import { synthesize } from '../../server/synthesis/engine.js';
import type { ContributionInput, SynthesisInput } from '../../server/synthesis/input.js';

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

const contributions: ContributionInput[] = [
  { id: 'c1', text: 'The GFMD must move from talking to action' },
  { id: 'c2', text: 'The Global Forum is useful but limited' },
  { id: 'c3', text: 'The GMG needs reform' },
  { id: 'c4', text: 'Diaspora investment in housing back home' },
  { id: 'c5', text: 'Diaspora bonds could fund housing' },
  { id: 'c6', text: 'The diaspora sends money home for housing' },
];
const input = (curation?: CurationState): SynthesisInput => ({ sessions: [], contributions, votes: [], curation });

const log: CurationEvent[] = [
  { type: 'theme.renamed', themeId: 'agent-gfmd', label: 'The GFMD' },
  { type: 'themes.merged', into: 'agent-gfmd', from: ['agent-gmg'] },
  { type: 'contribution.pinned', contributionId: 'c2' },
  { type: 'finding.edited', themeId: 'agent-gfmd', text: 'Almost everyone wants the GFMD to act.' },
  { type: 'suggestion.accepted', suggestionId: 'emergent:diaspora+housing', label: 'Diaspora and housing' },
  { type: 'theme.added', theme: { id: 'money-home', label: 'Money sent home', cues: ['money'] } },
  { type: 'contribution.moved', contributionId: 'c6', themeId: 'money-home' },
];

describe('curation reducer', () => {
  it('every event in the log validates against the schema', () => {
    for (const e of log) expect(curationEventSchema.parse(e)).toEqual(e);
  });

  it('is pure: replaying the same log gives the same state, and no state is mutated', () => {
    const frozen = deepFreeze(initialCuration());
    let state = frozen;
    for (const e of log) state = evolveCuration(deepFreeze(state), deepFreeze(structuredClone(e)));
    expect(replayCuration(log)).toEqual(state);
    expect(frozen).toEqual(initialCuration());
  });

  it('renames, merges, pins, edits, accepts, adds and moves', () => {
    const state = replayCuration(log);
    const gfmd = state.codebook.themes.find((t) => t.id === 'agent-gfmd')!;
    expect(gfmd.label).toBe('The GFMD');
    expect(gfmd.cues).toEqual(expect.arrayContaining(['GMG', 'Global Migration Group']));
    expect(state.codebook.themes.find((t) => t.id === 'agent-gmg')!.retired).toBe(true);
    expect(state.mergedInto).toEqual(new Map([['agent-gmg', 'agent-gfmd']]));
    expect(state.pinned).toEqual(['c2']);
    expect(state.accepted.get('emergent:diaspora+housing')).toBe('emergent-diaspora-housing');
    const accepted = state.codebook.themes.find((t) => t.id === 'emergent-diaspora-housing')!;
    expect(accepted).toMatchObject({ label: 'Diaspora and housing', cues: ['diaspora', 'housing'], heading: 'Emergent themes' });
    expect(state.placements).toEqual(new Map([['c6', 'money-home']]));
  });

  it('the synthesis follows the curation; the facilitator wording replaces the draft', () => {
    const s = synthesize(input(replayCuration(log)));
    const byId = new Map(s.contributions.map((c) => [c.id, c]));
    expect(byId.get('c3')!.themeIds[0]).toBe('agent-gfmd'); // merged
    expect(byId.get('c4')!).toMatchObject({ themeIds: ['emergent-diaspora-housing'], reason: expect.arrayContaining(['diaspora', 'housing']) }); // accepted
    expect(byId.get('c6')!).toMatchObject({ themeIds: ['money-home', 'emergent-diaspora-housing'], placed: true });
    expect(byId.get('c2')!.pinned).toBe(true);
    const f = s.findings.find((x) => x.themeId === 'agent-gfmd')!;
    expect(f).toMatchObject({ text: 'Almost everyone wants the GFMD to act.', edited: true });
    expect(f.draft).toContain('the GFMD');
    expect(f.quotes[0]).toBe('c2');
    expect(s.themes.find((t) => t.id === 'agent-gmg')).toBeUndefined();
    expect(s.suggestions).toEqual([]);
    // Reverting to the draft.
    const reverted = synthesize(input(evolveCuration(replayCuration(log), { type: 'finding.edited', themeId: 'agent-gfmd', text: null })));
    const g = reverted.findings.find((x) => x.themeId === 'agent-gfmd')!;
    expect(g).toMatchObject({ edited: false, text: g.draft });
  });

  it('a suggestion the engine offers can be accepted by its id, or dissolved', () => {
    const before = synthesize(input());
    expect(before.suggestions).toHaveLength(1);
    const [suggestion] = before.suggestions;
    expect(suggestion.contributions.sort()).toEqual(['c4', 'c5', 'c6']);
    const dissolved = synthesize(input(evolveCuration(initialCuration(), { type: 'suggestion.dissolved', suggestionId: suggestion.id })));
    expect(dissolved.suggestions).toEqual([]);
    const accepted = synthesize(input(evolveCuration(initialCuration(), { type: 'suggestion.accepted', suggestionId: suggestion.id })));
    expect(accepted.suggestions).toEqual([]);
    const theme = accepted.themes.find((t) => t.code !== null && t.heading === 'Emergent themes')!;
    expect(theme.contributions.sort()).toEqual(['c4', 'c5', 'c6']);
  });

  it('splits a theme and takes a contribution out of every theme', () => {
    let state = initialCuration();
    state = evolveCuration(state, { type: 'theme.split', themeId: 'agent-gfmd', newTheme: { id: 'gfmd-action', label: 'GFMD: from talk to action' }, contributionIds: ['c1'] });
    state = evolveCuration(state, { type: 'contribution.moved', contributionId: 'c3', themeId: null });
    const s = synthesize(input(state));
    expect(s.themes.find((t) => t.id === 'gfmd-action')).toMatchObject({ heading: 'Key agents of change', contributions: ['c1'] });
    expect(s.contributions.find((c) => c.id === 'c3')!.themeIds).toEqual([]);
  });

  it('an event that does not apply is refused by the decider and, found in a log, stops the fold saying why', () => {
    const state = initialCuration();
    const e: CurationEvent = { type: 'theme.renamed', themeId: 'nope', label: 'x' };
    expect(() => evolveCuration(state, e)).toThrow('theme.renamed): no theme "nope"');
    expect(curationProblem(state, e)).toBe('no theme "nope"');
    expect(curationProblem(state, { type: 'themes.merged', into: 'agent-gfmd', from: ['agent-gfmd'] })).toMatch(/itself/);
    expect(curationProblem(state, { type: 'theme.added', theme: { id: 'agent-gfmd', label: 'dup' } })).toMatch(/already used/);
  });

  it('the schema rejects unknown types and over-long strings', () => {
    expect(curationEventSchema.safeParse({ type: 'theme.exploded', themeId: 'x' }).success).toBe(false);
    expect(curationEventSchema.safeParse({ type: 'theme.renamed', themeId: 'agent-gfmd', label: 'x'.repeat(201) }).success).toBe(false);
    expect(curationEventSchema.safeParse({ type: 'finding.edited', themeId: 'agent-gfmd', text: 'x'.repeat(4001) }).success).toBe(false);
    expect(curationEventSchema.safeParse({ type: 'codebook.replaced', codebook: { themes: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] } }).success).toBe(false);
    expect(curationEventSchema.safeParse({ type: 'codebook.replaced', codebook: defaultCodebook() }).success).toBe(true);
  });
});
