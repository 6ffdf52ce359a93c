/**
 * A phone told that what it may see changed (`session:stale`) resynchronises without joining again:
 * the room's connected count does not drop and return.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ok, removeDir, roomWithOpenQuestion, startTestNode, waitFor, type Client, type TestNode } from '../integration/harness.js';
import { stubPageGlobals } from './page.js';

const server = vi.hoisted(() => ({ url: '' }));
vi.mock('../../client/socket/connection.js', async () => {
  const { pageSocket: connect } = await import('./page.js');
  return { socket: connect(server.url) };
});

stubPageGlobals();
let node: TestNode;
let facilitator: Client;
let sessionId: string;
let joinCode: string;

beforeAll(async () => {
  node = await startTestNode();
  server.url = node.url;
  ({ facilitator, sessionId, joinCode } = await roomWithOpenQuestion(node));
});

afterAll(async () => {
  facilitator.close();
  (await import('../../client/socket/connection.js')).socket.close();
  await node.close();
  removeDir(node.dataDir);
});

describe('a phone told its view is stale', () => {
  it('takes a fresh snapshot while the facilitator sees no one leave or come back', async () => {
    const { bindListeners, setEntry } = await import('../../client/socket/listeners.js');
    const { joinSession } = await import('../../client/socket/commands.js');
    const { useStore } = await import('../../client/store/index.js');
    const { fromSnapshot } = await import('../../client/store/participant-reducers.js');
    const { socket } = await import('../../client/socket/connection.js');
    const sent: string[] = [];
    socket.onAnyOutgoing((event: string) => sent.push(event));

    bindListeners();
    setEntry('participant', async () => {
      const ack = await joinSession(joinCode, 'phone-token-resync-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', null);
      if (ack.ok) useStore.setState({ ...fromSnapshot(ack.snapshot), joined: { joinCode, sessionId: ack.snapshot.session.id } });
    });
    await waitFor(() => useStore.getState().joined);
    await waitFor(() => facilitator.received.some((r) => r.event === 'presence:updated' && (r.payload as { connected: number }).connected === 1));
    const presenceBefore = facilitator.received.filter((r) => r.event === 'presence:updated').length;

    // A change of the session's settings changes what participants may see: they are told to resynchronise.
    await ok(facilitator, 'session:settings', { sessionId, settings: { visibility: 'after-posting' } });
    await waitFor(() => useStore.getState().agenda?.settings.visibility === 'after-posting');
    // Whatever else was coming has arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(facilitator.received.filter((r) => r.event === 'presence:updated')).toHaveLength(presenceBefore);
    expect(sent.filter((e) => e === 'participant:join')).toHaveLength(1);
    expect(sent).toContain('session:sync');
    expect(useStore.getState().joined?.sessionId).toBe(sessionId);
  });
});
