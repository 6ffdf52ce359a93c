/** A tag's behaviour follows what it means, not its id: a round that renames its tags keeps common ground and questions. */
import { describe, expect, it } from 'vitest';
import { foldRound } from '../../server/domain/evolve.js';
import { synthesize } from '../../server/synthesis/engine.js';
import type { ContributionInput, SynthesisInput } from '../../server/synthesis/input.js';
import type { Vote } from '../../server/synthesis/votes.js';
import { roundSynthesisInput } from '../../server/use-cases/synthesis-input.js';
import { commandSchemas } from '../../shared/protocol/commands.js';
import { DEFAULT_TAG_SET } from '../../shared/tags.js';
import type { TagDef } from '../../shared/views.js';
import { Harness } from '../domain/harness.js';

const renamed: TagDef[] = [
  { id: 'agreed', label: 'We agree', meaning: 'common-ground' },
  { id: 'open', label: 'Still open', meaning: 'question' },
  { id: 'common-ground', label: 'A tag that only borrows the name', meaning: 'other' },
];

/** Five of ten agree: convergent only where at least two participants said it is common ground. */
const halfAgreed = (contribution: string): Vote[] =>
  Array.from({ length: 10 }, (_, i): Vote => ({ participant: `p${i}`, contribution, vote: i < 5 ? 1 : i < 6 ? -1 : 0 }));

function round(tags: Record<string, number>[], tagSet?: TagDef[]): SynthesisInput {
  const contributions: ContributionInput[] = tags.map((t, i) => ({ id: `c${i}`, text: 'Refugee protection and asylum are shared ground', tags: t }));
  return { sessions: [], contributions, votes: contributions.flatMap((c) => halfAgreed(c.id)), tagSet };
}

describe('tags by meaning in the engine', () => {
  it('a renamed common-ground tag lowers the bar for convergence and counts in the theme; a renamed question tag raises a question', () => {
    const s = synthesize(round([{ agreed: 2 }, { open: 3 }, {}], renamed));
    expect(s.contributions.map((c) => c.convergent)).toEqual([true, false, false]);
    expect(s.themes.find((t) => t.id === 'common-refugees')!.tally.commonGround).toBe(2);
    expect(s.questionsForReflection).toEqual([{ contributionId: 'c1', text: expect.any(String), source: 'tagged', tagged: 3, themeId: 'common-refugees' }]);
    expect(s.contributions[0].tags).toEqual({ agreed: 2 });
  });

  it('the id alone means nothing: a tag called common-ground that means something else does not count', () => {
    const s = synthesize(round([{ 'common-ground': 2 }, { question: 3 }], renamed));
    expect(s.contributions[0].convergent).toBe(false);
    // "question" left the round's set; tags given before keep the meaning of the default tag of that id.
    expect(s.questionsForReflection.map((q) => q.contributionId)).toEqual(['c1']);
  });

  it('without a tag set the default set applies, as it always did', () => {
    const s = synthesize(round([{ 'common-ground': 2 }, { question: 3 }]));
    expect(s.contributions[0].convergent).toBe(true);
    expect(s.questionsForReflection.map((q) => q.contributionId)).toEqual(['c1']);
  });
});

describe('tag meanings on the wire and in the log', () => {
  const tagsSet = commandSchemas['tags:set'];

  it('a tag sent without a meaning means nothing special, so clients that send none still work', () => {
    expect(tagsSet.parse({ tags: [{ id: 'x', label: 'X' }] }).tags).toEqual([{ id: 'x', label: 'X', meaning: 'other' }]);
    // An older client that sends the default ids without meanings keeps their behaviour.
    expect(tagsSet.parse({ tags: [{ id: 'common-ground', label: 'Terrain commun' }] }).tags).toEqual([{ id: 'common-ground', label: 'Terrain commun', meaning: 'common-ground' }]);
    expect(tagsSet.parse({ tags: renamed }).tags).toEqual(renamed);
  });

  it('refuses an unknown meaning, and two tags meaning common ground (or two questions)', () => {
    expect(tagsSet.safeParse({ tags: [{ id: 'x', label: 'X', meaning: 'consensus' }] }).success).toBe(false);
    const twice = tagsSet.safeParse({ tags: [{ id: 'a', label: 'A', meaning: 'common-ground' }, { id: 'b', label: 'B', meaning: 'common-ground' }] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0].message).toMatch(/at most one/i);
  });

  it('a tag set stored before meanings takes each from the default tag of the same id', () => {
    const old = (tags: { id: string; label: string }[]) => tags;
    const r = foldRound([
      { seq: 1, event: { type: 'round.created', roundId: 'r', title: 'Old round', keyHash: 'h', tagSet: old([{ id: 'common-ground', label: 'Common ground' }, { id: 'gap', label: 'Gap' }]) } },
      { seq: 2, event: { type: 'tagset.changed', tagSet: old([{ id: 'question', label: 'To reflect on' }, { id: 'tipping-point', label: 'Tipping point' }]) } },
    ]);
    expect(r.tagSet).toEqual([
      { id: 'question', label: 'To reflect on', meaning: 'question' },
      { id: 'tipping-point', label: 'Tipping point', meaning: 'other' },
    ]);
    expect(foldRound([{ seq: 1, event: { type: 'round.created', roundId: 'r', title: 'T', keyHash: 'h', tagSet: old(DEFAULT_TAG_SET.map(({ id, label }) => ({ id, label }))) } }]).tagSet).toEqual(DEFAULT_TAG_SET.map(({ hint: _, ...t }) => t));
  });
});

describe('a live round whose tags were renamed', () => {
  it('keeps common-ground and question behaviour from the tags participants gave to the synthesis', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    h.run({ name: 'tags:set', payload: { tags: [{ id: 'agreed', label: 'We agree', meaning: 'common-ground' }, { id: 'open', label: 'Still open', meaning: 'question' }] } });
    const shared = h.post(h.participant(sessionId, 1), questionId, 'Refugee protection and asylum are shared ground');
    const asked = h.post(h.participant(sessionId, 2), questionId, 'Who would a global framework for labour migration bind?');
    for (let n = 10; n < 20; n++) h.vote(h.participant(sessionId, n), shared, n < 15 ? 'agree' : n < 16 ? 'disagree' : 'pass');
    for (const n of [30, 31]) h.run({ name: 'tag:set', payload: { contributionId: shared, tag: 'agreed', on: true, opId: h.opId() } }, h.participant(sessionId, n));
    h.run({ name: 'tag:set', payload: { contributionId: asked, tag: 'open', on: true, opId: h.opId() } }, h.participant(sessionId, 32));

    const s = synthesize(roundSynthesisInput(h.round));
    expect(s.contributions.find((c) => c.id === shared)).toMatchObject({ convergent: true, tags: { agreed: 2 } });
    expect(s.questionsForReflection).toMatchObject([{ contributionId: asked, source: 'tagged', tagged: 1 }]);
  });
});
