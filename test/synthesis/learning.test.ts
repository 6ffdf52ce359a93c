import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../shared/codebook.js';
import { exportCodebook, parseCodebook } from '../../server/synthesis/codebook.js';
import { evolveCuration, initialCuration, replayCuration, type CurationEvent } from '../../server/domain/curation.js';
import { synthesize } from '../../server/synthesis/engine.js';
import type { ContributionInput } from '../../server/synthesis/input.js';
import { codebookWithLearned } from '../../server/synthesis/learning.js';
import { LIMITS } from '../../shared/protocol/limits.js';

const contributions: ContributionInput[] = [
  { id: 'c1', text: 'Diaspora bonds should pay for schools back home' },
  { id: 'c2', text: 'diaspora bonds for schools, yes!!' },
  { id: 'c3', text: 'the interpreters look exhausted' },
  { id: 'c4', text: 'interpreters look exhausted again' },
  { id: 'c5', text: 'Parliamentarians can push their governments' },
];

const themesOf = (events: CurationEvent[], list = contributions) => {
  const s = synthesize({ sessions: [], contributions: list, votes: [], curation: replayCuration(events) });
  return new Map(s.contributions.map((c) => [c.id, c]));
};

describe('learning from the facilitator', () => {
  it('a contribution moved by hand pulls a similar one to the same theme, with the example as the reason', () => {
    expect(themesOf([]).get('c2')!.themeIds[0]).not.toBe('common-labour');
    const after = themesOf([{ type: 'contribution.moved', contributionId: 'c1', themeId: 'common-labour' }]);
    expect(after.get('c1')!).toMatchObject({ themeIds: ['common-labour'], placed: true });
    expect(after.get('c2')!).toMatchObject({ placed: false });
    expect(after.get('c2')!.themeIds[0]).toBe('common-labour');
    expect(after.get('c2')!.reason.join(' ')).toContain('like “Diaspora bonds');
  });

  it('a contribution taken out of every theme teaches what belongs nowhere', () => {
    const after = themesOf([{ type: 'contribution.moved', contributionId: 'c3', themeId: null }]);
    expect(after.get('c4')!.themeIds).toEqual([]);
  });

  it('a split teaches the new theme, and a pinned quote confirms its theme', () => {
    const split = themesOf([{ type: 'theme.split', themeId: 'common-labour', newTheme: { id: 'diaspora', label: 'Diaspora finance' }, contributionIds: ['c1'] }]);
    expect(split.get('c2')!.themeIds[0]).toBe('diaspora');
    const state = evolveCuration(initialCuration(), { type: 'contribution.pinned', contributionId: 'c5' });
    const exported = codebookWithLearned(state, contributions);
    expect(exported.themes.find((t) => t.id === 'agent-parliamentarians')!.learned).toEqual([{ text: contributions[4].text }]);
  });

  it('learned examples travel with the exported codebook and teach the next round; a merge carries them along', () => {
    const state = replayCuration([
      { type: 'contribution.moved', contributionId: 'c1', themeId: 'common-labour' },
      { type: 'contribution.moved', contributionId: 'c3', themeId: null },
    ]);
    const file = exportCodebook(codebookWithLearned(state, contributions));
    const next = parseCodebook(file, 'codebook.json');
    expect(next.themes.find((t) => t.id === 'common-labour')!.learned).toEqual([{ text: contributions[0].text }]);
    expect(next.unplaced?.learned).toEqual([{ text: contributions[2].text }]);

    const nextRound: ContributionInput[] = [{ id: 'n1', text: 'bonds sold to the diaspora could build schools' }];
    const fresh = synthesize({ sessions: [], contributions: nextRound, votes: [], codebook: next });
    expect(fresh.contributions[0].themeIds[0]).toBe('common-labour');
    const blank = synthesize({ sessions: [], contributions: nextRound, votes: [], codebook: defaultCodebook() });
    expect(blank.contributions[0].themeIds[0]).not.toBe('common-labour');

    const merged = synthesize({
      sessions: [],
      contributions: nextRound,
      votes: [],
      curation: replayCuration([{ type: 'themes.merged', into: 'common-mobility', from: ['common-labour'] }], next),
    });
    expect(merged.contributions[0].themeIds[0]).toBe('common-mobility');
  });

  it('writes in only as many learned examples as a codebook import message can carry', () => {
    const many: ContributionInput[] = Array.from({ length: 600 }, (_, i) => ({ id: `m${i}`, text: `A long contribution number ${i} the facilitator placed by hand, about seasonal work permits and fair recruitment across borders` }));
    const state = replayCuration(many.map((c) => ({ type: 'contribution.moved', contributionId: c.id, themeId: 'common-labour' })));
    const exported = codebookWithLearned(state, many);
    const learned = exported.themes.find((t) => t.id === 'common-labour')!.learned!;
    expect(learned.length).toBeGreaterThan(50);
    expect(learned.length).toBeLessThan(600);
    expect(learned[0].text).toBe(many[0].text);
    expect(Buffer.byteLength(JSON.stringify({ type: 'codebook.replaced', codebook: exported }))).toBeLessThanOrEqual(LIMITS.maxPayloadBytes);
  });
});
