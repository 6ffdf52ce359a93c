import { beforeEach, describe, expect, it, vi } from 'vitest';

type Ack = { ok: true } | { ok: false; error: { code: string; message: string } };

/** Each vote sent waits here until the test answers it, as a server would. */
const sent: { contributionId: string; vote: string | null; answer: (ack: Ack) => void }[] = [];

vi.mock('../../client/socket/connection.js', () => ({ socket: { connected: true } }));
vi.mock('../../client/socket/commands.js', () => ({
  castVote: (contributionId: string, vote: string | null) => new Promise<Ack>((answer) => sent.push({ contributionId, vote, answer })),
  postContribution: vi.fn(),
  setTag: vi.fn(),
}));

const storage = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (key: string) => storage.get(key) ?? null,
  setItem: (key: string, value: string) => void storage.set(key, value),
});

const { enqueue, flushOutbox, loadOutbox } = await import('../../client/socket/outbox.js');
const { resetStore, useStore } = await import('../../client/store/index.js');

const settle = () => new Promise((r) => setTimeout(r, 0));
const vote = (contributionId: string, choice: 'agree' | 'disagree' | 'pass') =>
  enqueue({ opId: `op-${contributionId}`, kind: 'vote', contributionId, vote: choice, state: 'pending' });
const states = () => useStore.getState().outbox.map((i) => `${i.kind === 'vote' ? i.contributionId : ''}:${i.state}`);

beforeEach(() => {
  sent.length = 0;
  storage.clear();
  resetStore();
  useStore.setState({ joined: true } as never);
  loadOutbox('ABC-DEF');
});

describe('the outbox', () => {
  it('sends, one at a time and in order, the votes cast while an earlier one was still being acknowledged', async () => {
    vote('a', 'agree');
    vote('b', 'disagree');
    vote('c', 'pass');
    expect(sent.map((s) => s.contributionId)).toEqual(['a']);
    expect(states()).toEqual(['a:sending', 'b:pending', 'c:pending']);

    for (const expected of ['b', 'c']) {
      sent.at(-1)!.answer({ ok: true });
      await settle();
      expect(sent.at(-1)!.contributionId).toBe(expected);
    }
    sent.at(-1)!.answer({ ok: true });
    await settle();
    expect(sent.map((s) => `${s.contributionId}:${s.vote}`)).toEqual(['a:agree', 'b:disagree', 'c:pass']);
    expect(useStore.getState().outbox).toEqual([]);
    expect(JSON.parse(storage.get('concert:outbox:ABC-DEF')!)).toEqual([]);
  });

  it('stops at an item the server cannot store yet, keeps it and what follows pending, and carries on when asked again', async () => {
    vote('a', 'agree');
    vote('b', 'agree');
    sent[0].answer({ ok: false, error: { code: 'unavailable', message: 'The store is away.' } });
    await settle();
    expect(sent).toHaveLength(1);
    expect(states()).toEqual(['a:pending', 'b:pending']);

    void flushOutbox();
    sent[1].answer({ ok: true });
    await settle();
    sent[2].answer({ ok: true });
    await settle();
    expect(sent.map((s) => s.contributionId)).toEqual(['a', 'a', 'b']);
    expect(useStore.getState().outbox).toEqual([]);
  });

  it('marks an item the server refuses as failed and goes on with the next', async () => {
    vote('a', 'agree');
    vote('b', 'agree');
    sent[0].answer({ ok: false, error: { code: 'not-found', message: 'That contribution is gone.' } });
    await settle();
    expect(states()).toEqual(['a:failed', 'b:sending']);
    sent[1].answer({ ok: true });
    await settle();
    expect(states()).toEqual(['a:failed']);
  });
});
