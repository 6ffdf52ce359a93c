import { describe, expect, it } from 'vitest';
import { synthesize } from '../../server/synthesis/engine.js';
import { withOpaqueParticipants } from '../../server/synthesis/privacy.js';
import { sessionSynthesisInput } from '../../server/use-cases/synthesis-input.js';
import { projectorNeedsSynthesis, projectorSnapshot } from '../../server/views/projector.js';
import { Harness } from '../domain/harness.js';

/** A session where eight phones posted and voted enough for opinion groups: half agree with the first four, half with the last four. */
function votedSession() {
  const h = new Harness();
  const { sessionId, questionId } = h.openSession();
  const phones = Array.from({ length: 8 }, (_, n) => h.participant(sessionId, n));
  const texts = [
    'Labour migration schemes should open more legal pathways',
    'Employers need seasonal workers through legal channels',
    'Skills partnerships between countries would help',
    'Recognition of diplomas should be easier',
    'Border enforcement must come first',
    'Return agreements are the priority',
    'Irregular arrivals must be stopped before anything else',
    'Visa restrictions should be tighter',
  ];
  const ids = texts.map((text, i) => h.post(phones[i], questionId, text));
  phones.forEach((phone, n) => ids.forEach((id, c) => h.vote(phone, id, (n < 4) === (c < 4) ? 'agree' : 'disagree')));
  return { h, sessionId };
}

const snapshotOf = (h: Harness, sessionId: string) => {
  const session = h.round.sessions.get(sessionId)!;
  const synthesis = projectorNeedsSynthesis(session) ? withOpaqueParticipants(synthesize(sessionSynthesisInput(h.round, sessionId))) : null;
  return projectorSnapshot(h.round, session, 8, 0, synthesis);
};

describe('the room screen, as the facilitator chooses', () => {
  it('stores the choice as an event, once', () => {
    const { h, sessionId } = votedSession();
    expect(h.round.sessions.get(sessionId)!.projector).toBe('question');
    expect(h.run({ name: 'projector:show', payload: { sessionId, mode: 'map' } })).toEqual([{ type: 'projector.shown', sessionId, mode: 'map' }]);
    expect(h.run({ name: 'projector:show', payload: { sessionId, mode: 'map' } })).toEqual([]);
    expect(h.replay().sessions.get(sessionId)!.projector).toBe('map');
    expect(() => h.run({ name: 'projector:show', payload: { sessionId, mode: 'findings' } }, h.participant(sessionId, 1))).toThrow();
  });

  it('shows the question, and nothing the votes say, while tallies are hidden from the room', () => {
    const { h, sessionId } = votedSession();
    for (const mode of ['agreement', 'findings', 'map'] as const) {
      h.run({ name: 'projector:show', payload: { sessionId, mode } });
      const snapshot = snapshotOf(h, sessionId);
      expect(snapshot.display).toEqual({ mode: 'question' });
      expect(snapshot.top).toEqual([]);
      expect(snapshot.counts.votes).toBeUndefined();
      expect(projectorNeedsSynthesis(h.round.sessions.get(sessionId)!)).toBe(false);
    }
  });

  it('once tallies are public: the broadest agreement, the draft findings, the opinion map', () => {
    const { h, sessionId } = votedSession();
    h.run({ name: 'session:settings', payload: { sessionId, settings: { tallies: 'always' } } });

    h.run({ name: 'projector:show', payload: { sessionId, mode: 'agreement' } });
    const agreement = snapshotOf(h, sessionId);
    expect(agreement.display).toEqual({ mode: 'agreement' });
    expect(agreement.top.length).toBeGreaterThan(0);

    h.run({ name: 'projector:show', payload: { sessionId, mode: 'findings' } });
    const findings = snapshotOf(h, sessionId).display;
    if (findings.mode !== 'findings') throw new Error(findings.mode);
    expect(findings.ready).toBe(true);
    expect(findings.findings.length).toBeGreaterThan(0);
    for (const f of findings.findings) expect(Object.keys(f).sort()).toEqual(['number', 'text']);

    h.run({ name: 'projector:show', payload: { sessionId, mode: 'map' } });
    const map = snapshotOf(h, sessionId).display;
    if (map.mode !== 'map') throw new Error(map.mode);
    expect(map.map!.points).toHaveLength(8);
    expect(map.map!.groups.map((g) => g.size)).toEqual([4, 4]);
    expect(JSON.stringify(map)).not.toMatch(/voter-\d/);
  });

  it('says the synthesis is being prepared until it is', () => {
    const { h, sessionId } = votedSession();
    h.run({ name: 'session:settings', payload: { sessionId, settings: { talliesRevealed: true } } });
    h.run({ name: 'projector:show', payload: { sessionId, mode: 'map' } });
    expect(projectorSnapshot(h.round, h.round.sessions.get(sessionId)!, 8, 0, null).display).toEqual({ mode: 'map', ready: false, map: null });
  });
});
