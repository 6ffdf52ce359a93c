/** One session's engine input is that session's part of the round's, built from that session alone. */
import { describe, expect, it } from 'vitest';
import { roundSynthesisInput, sessionSynthesisInput } from '../../server/use-cases/synthesis-input.js';
import { Harness } from '../domain/harness.js';

function twoSessions() {
  const h = new Harness();
  const geneva = h.openSession('Geneva');
  const nairobi = h.openSession('Nairobi');
  const a = h.post(h.participant(geneva.sessionId, 1), geneva.questionId, 'The GFMD has to move from talking to acting.');
  h.vote(h.participant(geneva.sessionId, 2), a, 'agree');
  const b = h.post(h.participant(nairobi.sessionId, 1), nairobi.questionId, 'Diaspora bonds could fund housing.');
  h.vote(h.participant(nairobi.sessionId, 2), b, 'disagree');
  return { h, geneva, nairobi, b };
}

describe("a session's synthesis input", () => {
  it("is the round's input narrowed to the session: its contributions, their votes, its questions", () => {
    const { h, geneva } = twoSessions();
    const all = roundSynthesisInput(h.round);
    const one = sessionSynthesisInput(h.round, geneva.sessionId);
    const contributions = all.contributions.filter((c) => c.sessionId === geneva.sessionId);
    const ids = new Set(contributions.map((c) => c.id));
    expect(one).toEqual({
      ...all,
      sessions: all.sessions.filter((s) => s.id === geneva.sessionId),
      questions: all.questions!.filter((q) => q.sessionId === geneva.sessionId),
      contributions,
      votes: all.votes.filter((v) => ids.has(v.contribution)),
    });
    expect(one.contributions).toHaveLength(1);
    expect(one.votes).toHaveLength(1);
  });

  it("never reads another session's votes or tags", () => {
    const { h, geneva, b } = twoSessions();
    const other = h.round.contributions.get(b)!;
    const untouchable = () => {
      throw new Error("another session's contribution was read");
    };
    other.votes = new Proxy(other.votes, { get: untouchable });
    other.tags = new Proxy(other.tags, { get: untouchable });
    expect(sessionSynthesisInput(h.round, geneva.sessionId).contributions.map((c) => c.sessionId)).toEqual([geneva.sessionId]);
    expect(() => roundSynthesisInput(h.round)).toThrow("another session's contribution was read");
  });
});
