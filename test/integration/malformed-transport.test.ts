/**
 * Malformed engine.io (Socket.IO transport) requests against a real node process, embedded and in
 * Redis mode: after each one the node still answers /healthz, and clients connected before it, by
 * WebSocket and by long-polling, still post, vote and receive broadcasts.
 */
import { connect as connectTcp } from 'node:net';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAfter, ok, opId, participant, removeDir, roomWithOpenQuestion, tempDir, waitFor } from './harness.js';
import { spawnNode, type NodeProcess } from './processes.js';
import { deleteKeys, redisUrl, uniquePrefix } from './redis-harness.js';

const prefix = uniquePrefix('malformed-transport');
const cleanup = cleanupAfter(afterAll);
cleanup.push(() => deleteKeys(prefix));

const EIO = '/socket.io/?EIO=4&transport=polling';

async function handshake(url: string): Promise<string> {
  const body = await (await fetch(`${url}${EIO}`)).text();
  const sid = /^0\{"sid":"([^"]+)"/.exec(body)?.[1];
  if (!sid) throw new Error(`no handshake: ${body.slice(0, 80)}`);
  return sid;
}

/** Resolves with the status, or with the reason the request failed; never rejects. */
async function attempt(url: string, init: RequestInit = {}, timeoutMs = 3000): Promise<number | string> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.status;
  } catch (error) {
    return (error as Error).name;
  }
}

/** Bytes straight onto a TCP connection; resolves with the first line of the answer (or '' if none). */
function rawHttp(port: number, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connectTcp(port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    const done = () => {
      socket.destroy();
      resolve(answer.split('\r\n')[0]);
    };
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', done);
    socket.on('error', done);
    socket.setTimeout(1500, done);
  });
}

/** Opens a WebSocket, sends the frames, waits for it to close (or gives up); never rejects. */
function rawWebSocket(url: string, frames: (string | Buffer)[]): Promise<void> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    const done = () => {
      clearTimeout(timer);
      ws.terminate();
      resolve();
    };
    const timer = setTimeout(done, 1500);
    ws.on('open', () => frames.forEach((f) => ws.send(f)));
    ws.on('close', done);
    ws.on('error', done);
    ws.on('unexpected-response', done);
  });
}

type Attack = [name: string, run: (node: NodeProcess) => Promise<unknown>];

/** What took any node down: Express answered the poll with 404, then engine.io answered it too. */
const pollAfterHandshake: Attack = [
  'a polling handshake, then a poll with its session id',
  async ({ url }) => {
    const sid = await handshake(url);
    // Nothing is due on this session, so the poll waits (for the next ping); it need not be awaited.
    return attempt(`${url}${EIO}&sid=${sid}`, {}, 500);
  },
];

const attacks: Attack[] = [
  [
    'a polling handshake, a connect packet, then a poll',
    async ({ url }) => {
      const sid = await handshake(url);
      await attempt(`${url}${EIO}&sid=${sid}`, { method: 'POST', body: '40' });
      return attempt(`${url}${EIO}&sid=${sid}`);
    },
  ],
  ['a poll with an unknown session id', ({ url }) => attempt(`${url}${EIO}&sid=AAAAAAAAAAAAAAAAAAAA`)],
  ['a poll with a session id made of symbols', ({ url }) => attempt(`${url}${EIO}&sid=%00%FF%22%3C`)],
  ['engine.io protocol 3', ({ url }) => attempt(`${url}/socket.io/?EIO=3&transport=polling`)],
  ['engine.io protocol 5', ({ url }) => attempt(`${url}/socket.io/?EIO=5&transport=polling`)],
  ['no protocol at all', ({ url }) => attempt(`${url}/socket.io/?transport=polling`)],
  ['an unknown transport', ({ url }) => attempt(`${url}/socket.io/?EIO=4&transport=carrier-pigeon`)],
  ['repeated query parameters', ({ url }) => attempt(`${url}/socket.io/?EIO=4&EIO=3&transport=polling&transport=websocket&sid=a&sid=b`)],
  ['array-shaped parameters', ({ url }) => attempt(`${url}/socket.io/?EIO[]=4&transport[x]=polling&sid[__proto__]=1`)],
  ['JSONP on protocol 4', ({ url }) => attempt(`${url}/socket.io/?EIO=4&transport=polling&j=0`)],
  [
    'a polling POST of garbage',
    async ({ url }) => {
      const sid = await handshake(url);
      return attempt(`${url}${EIO}&sid=${sid}`, { method: 'POST', body: '\u0000\u00ff\u001e\u001ejunk{{{', headers: { 'content-type': 'text/plain' } });
    },
  ],
  [
    'a polling POST of broken Socket.IO packets',
    async ({ url }) => {
      const sid = await handshake(url);
      const packets = ['40{"protocol":', '42["contribution:add",', '4299999999999999999999["vote:cast",{}]', '42["__proto__",{"constructor":1}]', '4-1', '9'];
      return attempt(`${url}${EIO}&sid=${sid}`, { method: 'POST', body: packets.join('\u001e'), headers: { 'content-type': 'text/plain' } });
    },
  ],
  [
    'a polling POST of binary garbage',
    async ({ url }) => {
      const sid = await handshake(url);
      return attempt(`${url}${EIO}&sid=${sid}`, { method: 'POST', body: Buffer.from([0, 1, 2, 255, 254, 30, 4]), headers: { 'content-type': 'application/octet-stream' } });
    },
  ],
  ['a polling POST to an unknown session', ({ url }) => attempt(`${url}${EIO}&sid=BBBBBBBBBBBBBBBBBBBB`, { method: 'POST', body: '40' })],
  [
    'a polling POST above the size limit',
    async ({ url }) => {
      const sid = await handshake(url);
      return attempt(`${url}${EIO}&sid=${sid}`, { method: 'POST', body: `4${'x'.repeat(200 * 1024)}` });
    },
  ],
  [
    'two polls at once on one session',
    async ({ url }) => {
      const sid = await handshake(url);
      await attempt(`${url}${EIO}&sid=${sid}`, { method: 'POST', body: '40' });
      return Promise.all([attempt(`${url}${EIO}&sid=${sid}`), attempt(`${url}${EIO}&sid=${sid}`), attempt(`${url}${EIO}&sid=${sid}`)]);
    },
  ],
  [
    'a poll on a session that asked to close',
    async ({ url }) => {
      const sid = await handshake(url);
      await attempt(`${url}${EIO}&sid=${sid}`, { method: 'POST', body: '1' });
      return attempt(`${url}${EIO}&sid=${sid}`);
    },
  ],
  ['PUT, DELETE and OPTIONS on the path', ({ url }) => Promise.all(['PUT', 'DELETE', 'OPTIONS'].map((method) => attempt(`${url}${EIO}`, { method })))],
  ['the path without its trailing slash', ({ url }) => attempt(`${url}/socket.io?EIO=4&transport=polling`)],
  ['a path that climbs out', ({ port }) => rawHttp(port, 'GET /socket.io/../../healthz?EIO=4&transport=polling HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')],
  ['a malformed request head', ({ port }) => rawHttp(port, 'GET /socket.io/?EIO=4&transport=polling HTTP/1.1\r\nContent-Length: abc\r\nHost\r\n\r\n')],
  ['a POST whose body stops short', ({ port }) => rawHttp(port, 'POST /socket.io/?EIO=4&transport=polling&sid=x HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 100\r\n\r\n40')],
  ['a WebSocket upgrade for an unknown session', ({ port }) => rawWebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket&sid=CCCCCCCCCCCCCCCCCCCC`, ['2probe'])],
  [
    'a WebSocket upgrade of a polling session that sends garbage',
    async ({ url, port }) => {
      const sid = await handshake(url);
      await rawWebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket&sid=${sid}`, ['2probe', '5', '42["contribution:add"', Buffer.from([0xff, 0x00]), '6']);
      return attempt(`${url}${EIO}&sid=${sid}`);
    },
  ],
  ['a WebSocket speaking protocol 3', ({ port }) => rawWebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=3&transport=websocket`, ['40', 'garbage'])],
  ['a WebSocket that sends garbage', ({ port }) => rawWebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`, ['40{"auth":', '42[1,2,3]', '4\u0000', Buffer.alloc(70 * 1024, 1)])],
];

async function healthy(node: NodeProcess): Promise<boolean> {
  if (node.child.exitCode !== null || node.child.signalCode !== null) return false;
  return (await attempt(`${node.url}/healthz`)) === 200;
}

function suite(mode: 'embedded' | 'redis') {
  return async () => {
    const dataDir = tempDir();
    cleanup.push(() => removeDir(dataDir));
    // The clients below post and vote after every attack, faster than a phone's budget allows.
    const env: Record<string, string> = { DATA_DIR: dataDir, RATE_COMMANDS_PER_SOCKET: '1000', ...(mode === 'redis' ? { REDIS_URL: redisUrl(), REDIS_PREFIX: prefix } : {}) };
    const node = await spawnNode(env);
    cleanup.push(() => node.kill9());

    const room = await roomWithOpenQuestion(node);
    cleanup.push(() => void room.facilitator.disconnect());
    const viaWebSocket = await participant(node, room.joinCode, 1);
    cleanup.push(() => void viaWebSocket.socket.disconnect());
    const survives = async ([name, run]: Attack) => {
      await run(node);
      expect(await healthy(node), `after ${name}: ${node.stderr().slice(-500)}`).toBe(true);
    };
    await survives(pollAfterHandshake);

    const viaPolling = await participant(node, room.joinCode, 2, null, { transports: ['polling'] });
    cleanup.push(() => void viaPolling.socket.disconnect());
    const disconnects: string[] = [];
    for (const socket of [room.facilitator, viaWebSocket.socket, viaPolling.socket]) socket.on('disconnect', (reason) => disconnects.push(reason));

    for (const attack of [pollAfterHandshake, ...attacks]) {
      await survives(attack);
      const name = attack[0];

      const text = `Still here after ${name}.`;
      const { contribution } = await ok(viaWebSocket.socket, 'contribution:add', { questionId: room.questionId, text, quotable: false, opId: opId() });
      const seen = (r: { event: string; payload: unknown }) => r.event === 'contribution:added' && (r.payload as { contribution: { id: string } }).contribution.id === contribution.id;
      await waitFor(() => viaPolling.socket.received.find(seen), 5000);
      await waitFor(() => room.facilitator.received.find(seen), 5000);
      await ok(viaPolling.socket, 'vote:cast', { contributionId: contribution.id, vote: 'agree', opId: opId() });
    }
    expect(disconnects).toEqual([]);
    expect(node.logs.filter((l) => l.includes('"level":60'))).toEqual([]);
  };
}

describe('malformed engine.io requests to a node process', () => {
  it('leave an embedded node serving its clients', suite('embedded'), 90_000);
  it('leave a Redis-mode node serving its clients', suite('redis'), 90_000);
});
