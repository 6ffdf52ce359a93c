/**
 * A console told its session changed (`session:stale`) resynchronises without authenticating again,
 * and an agenda change that the synthesis does not read costs no recompute of the live synthesis.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRound, ok, participant, removeDir, startTestNode, waitFor, type TestNode } from '../integration/harness.js';
import { stubPageGlobals } from './page.js';
import { SynthesisThread } from '../../server/realtime/synthesis-thread.js';

const server = vi.hoisted(() => ({ url: '' }));
vi.mock('../../client/socket/connection.js', async () => {
  const { pageSocket } = await import('./page.js');
  return { socket: pageSocket(server.url) };
});
/** Every live synthesis of a round asked of the synthesis thread, counted. */
const liveRecomputes = vi.spyOn(SynthesisThread.prototype, 'computeRound');

stubPageGlobals();
let node: TestNode;

beforeAll(async () => {
  node = await startTestNode();
  server.url = node.url;
});

afterAll(async () => {
  (await import('../../client/socket/connection.js')).socket.close();
  await node.close();
  removeDir(node.dataDir);
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

describe('a console told its session changed', () => {
  it('takes a fresh snapshot without authenticating again or recomputing the synthesis for an agenda change', async () => {
    const { bindListeners, setEntry } = await import('../../client/socket/listeners.js');
    const commands = await import('../../client/socket/commands.js');
    const { useStore } = await import('../../client/store/index.js');
    const { socket } = await import('../../client/socket/connection.js');
    const sent: string[] = [];
    socket.onAnyOutgoing((event: string) => sent.push(event));

    const round = await createRound(node);
    bindListeners();
    setEntry('facilitator', async () => {
      const auth = await commands.authenticateFacilitator(round.roundId, round.facilitatorKey);
      if (!auth.ok) return;
      useStore.setState({ round: auth.round });
      const sessionId = useStore.getState().watching?.session.id ?? auth.round.sessions.at(-1)?.id;
      if (!sessionId) return;
      const watched = await commands.watchSession(sessionId);
      if (watched.ok) useStore.setState({ watching: watched.snapshot });
    });
    await waitFor(() => useStore.getState().round, 15_000);
    const created = await commands.createSession({ title: 'Roundtable on labour mobility', place: 'Geneva', date: '2026-11-28', format: 'roundtable' });
    if (!created.ok) throw new Error(created.error.code);
    await commands.watchSession(created.sessionId).then((ack) => ack.ok && useStore.setState({ watching: ack.snapshot }));
    const questionId = useStore.getState().watching!.questions[0].id;
    await commands.openQuestion(created.sessionId, questionId);
    const phone = await participant(node, created.joinCode, 1);
    await ok(phone.socket, 'contribution:add', { questionId, text: 'Regional agreements move faster than global ones.', quotable: false, opId: 'op-resync-console-0001' });
    await waitFor(() => useStore.getState().watching?.contributions.length === 1, 15_000);
    await waitFor(() => useStore.getState().synthesis?.contributions.length === 1, 15_000);
    await settle();
    const authsBefore = sent.filter((e) => e === 'facilitator:auth').length;
    const runsBefore = liveRecomputes.mock.calls.length;
    expect(runsBefore).toBeGreaterThan(0);

    await commands.startCountdown(created.sessionId, 'question', 120);
    await waitFor(() => useStore.getState().watching?.countdown, 15_000);
    await commands.closeQuestion(created.sessionId, questionId);
    await waitFor(() => useStore.getState().watching?.questions[0].status === 'closed', 15_000);
    await settle();

    expect(liveRecomputes.mock.calls.length - runsBefore).toBe(0);
    expect(sent.filter((e) => e === 'facilitator:auth')).toHaveLength(authsBefore);
    expect(sent).toContain('session:sync');

    // The round's list of sessions, which the console's session picker shows, follows a change of details.
    await commands.updateSession(created.sessionId, { place: 'Geneva and online' });
    await waitFor(() => useStore.getState().round?.sessions[0].place === 'Geneva and online', 15_000);
    phone.socket.close();
  });
});
