/**
 * One client must not lock a room out: wrong join codes are paced, never a right key; pages from
 * other origins cannot connect; round creation is limited. Budgets are made small here so that
 * every limit is reached in a few dozen requests.
 */
import QRCode from 'qrcode';
import { io as connect } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET } from '../../shared/protocol/limits.js';
import type { NodeOptions } from '../../server/server.js';
import { cleanupAfter, client, roomWithOpenQuestion, send, token, type Client, type TestNode, testNodeIn } from './harness.js';
import { deleteKeys, listKeys, redisUrl, startRedisNode, uniquePrefix } from './redis-harness.js';
import { readRedis } from './stored-data.js';

const cleanup = cleanupAfter(afterAll);

const GENEROUS_COMMANDS = { commandsPerSocket: 1e6, commandsPerAddress: 1e6 };

async function embeddedNode(limits: NodeOptions['limits'], env: Record<string, string> = {}): Promise<TestNode> {
  const node = await testNodeIn(cleanup, env, { limits: { ...GENEROUS_COMMANDS, ...limits } });
  return node;
}

async function redisNodes(count: number, limits: NodeOptions['limits'], env: Record<string, string> = {}): Promise<{ nodes: TestNode[]; prefix: string }> {
  const prefix = uniquePrefix('access');
  cleanup.push(() => deleteKeys(prefix));
  const nodes = await Promise.all(Array.from({ length: count }, () => startRedisNode(prefix, undefined, { limits: { ...GENEROUS_COMMANDS, ...limits } }, env)));
  cleanup.push(() => Promise.all(nodes.map((n) => n.close())).then(() => undefined));
  return { nodes, prefix };
}

async function track<T extends Client>(socket: Promise<T>): Promise<T> {
  const s = await socket;
  cleanup.push(() => void s.disconnect());
  return s;
}

/** A connection that claims, to a node trusting one proxy, to come from `address`. */
async function from(node: TestNode, address: string): Promise<Client> {
  const socket = connect(node.url, { transports: ['websocket'], forceNew: true, extraHeaders: { 'x-forwarded-for': address } }) as Client;
  cleanup.push(() => void socket.disconnect());
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Well-formed codes that no session holds (the chance that a random session has one is 1 in 594 million). */
function wrongCode(n: number): string {
  const letters = [...JOIN_CODE_ALPHABET];
  return `ZZ${[0, 1, 2, 3].map((i) => letters[Math.floor(n / letters.length ** i) % letters.length]).join('')}`;
}

type Answer = { outcome: string; ms: number; retryAfterMs?: number; message?: string };

async function guess(socket: Client, code: string, n = 9000): Promise<Answer> {
  const started = performance.now();
  const ack = await send(socket, 'participant:join', { joinCode: code, token: token(n) });
  const ms = performance.now() - started;
  return ack.ok ? { outcome: 'joined', ms } : { outcome: ack.error.code, ms, retryAfterMs: ack.error.retryAfterMs, message: ack.error.message };
}

const count = (answers: Answer[], outcome: string) => answers.filter((a) => a.outcome === outcome).length;

describe('one client cannot lock a room out', () => {
  it('lets the link, the projector link and the facilitator key in at once after 50 wrong codes from the same address, on every node', async () => {
    // Per address: 5 wrong codes at once, then 1 a minute; attempts wait 300 ms for a token.
    const { nodes, prefix } = await redisNodes(2, { wrongCodesPerAddress: { capacity: 5, perMinute: 1 }, guessWaitMs: 300 });
    const room = await roomWithOpenQuestion(nodes[0]);
    cleanup.push(() => void room.facilitator.disconnect());

    // 50 wrong codes from one address: ten connections over both nodes, five codes each, one after another.
    const guessers = await Promise.all(Array.from({ length: 10 }, (_, i) => track(client(nodes[i % 2]))));
    const answers = (
      await Promise.all(
        guessers.map(async (socket, i) => {
          const mine: Answer[] = [];
          for (let j = 0; j < 5; j++) mine.push(await guess(socket, wrongCode(i * 5 + j)));
          return mine;
        }),
      )
    ).flat();
    for (const [i, node] of nodes.entries()) {
      const facilitator = await track(client(node));
      expect(await send(facilitator, 'facilitator:auth', { roundId: room.round.roundId, key: room.round.facilitatorKey })).toMatchObject({ ok: true });
      const projector = await track(client(node));
      expect(await send(projector, 'projector:watch', { joinCode: room.joinCode, joinKey: room.joinKey })).toMatchObject({ ok: true, joinKey: room.joinKey });
      const phone = await track(client(node));
      expect(await send(phone, 'participant:join', { joinCode: room.joinCode, joinKey: room.joinKey, token: token(i + 1) })).toMatchObject({ ok: true, joinKey: room.joinKey });
      // None of them needed the budget: it is still empty for typed codes.
      expect((await guess(phone, wrongCode(100 + i))).outcome).toBe('rate-limited');
    }
    expect(room.joinKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // The shared budget let five be looked up, plus at most the five attempts in flight on the other node
    // (a debt repaid by waiting); the others waited and were refused.
    expect(count(answers, 'wrong-join-code')).toBeGreaterThanOrEqual(5);
    expect(count(answers, 'wrong-join-code')).toBeLessThanOrEqual(10);
    expect(count(answers, 'rate-limited')).toBe(50 - count(answers, 'wrong-join-code'));

    // The shared counters hold a keyed hash of the address, never the address.
    const keys = await listKeys(prefix);
    expect(keys.some((k) => k.includes('rl:wrong-codes-address'))).toBe(true);
    expect(keys.filter((k) => k.includes('127.0.0.1'))).toEqual([]);
    for (const node of nodes) expect(node.logs.lines.filter((l) => l.includes('127.0.0.1'))).toEqual([]);
  });

  it('paces wrong codes beyond the budget: they wait for a token, then are refused with the time to wait', async () => {
    // Per address: 3 wrong codes at once, then 1 a minute; attempts wait 400 ms for a token.
    const node = await embeddedNode({ wrongCodesPerAddress: { capacity: 3, perMinute: 1 }, guessWaitMs: 400 });
    const room = await roomWithOpenQuestion(node);
    cleanup.push(() => void room.facilitator.disconnect());

    // Codes with their join key spend nothing, however many.
    for (let i = 0; i < 10; i++) {
      const phone = await track(client(node));
      expect(await send(phone, 'participant:join', { joinCode: room.joinCode, joinKey: room.joinKey, token: token(i + 1) })).toMatchObject({ ok: true });
    }
    // Malformed codes cannot be right: they are refused without being looked up, and spend nothing either.
    const scribbler = await track(client(node));
    for (const scribble of ['ABC', 'ABC-23', '000000', 'ABCDEFG', 'ÄBC234']) {
      const answer = await guess(scribbler, scribble);
      expect(answer.outcome).toBe('wrong-join-code');
      expect(answer.message).toMatch(/six letters and digits/);
    }
    // One code at a time per connection: a second one sent meanwhile is refused at once.
    const hasty = await track(client(node));
    const both = await Promise.all([guess(hasty, wrongCode(1)), guess(hasty, wrongCode(2))]);
    expect(both.map((a) => a.outcome).sort()).toEqual(['rate-limited', 'wrong-join-code']);
    expect(both.find((a) => a.outcome === 'rate-limited')!.message).toMatch(/already checking/);

    // Eight more side by side: the two tokens left are used, the other six wait and are then refused.
    const guessers = await Promise.all(Array.from({ length: 8 }, () => track(client(node))));
    const answers = await Promise.all(guessers.map((socket, i) => guess(socket, wrongCode(10 + i))));
    expect(count(answers, 'wrong-join-code')).toBe(2);
    const paced = answers.filter((a) => a.outcome === 'rate-limited');
    expect(paced).toHaveLength(6);
    for (const answer of paced) {
      expect(answer.ms).toBeGreaterThanOrEqual(350);
      expect(answer.retryAfterMs).toBeGreaterThanOrEqual(1000);
      expect(answer.message).toMatch(/QR code/);
    }
    // The link still gets in at once.
    const late = await track(client(node));
    expect(await send(late, 'participant:join', { joinCode: room.joinCode, joinKey: room.joinKey, token: token(42) })).toMatchObject({ ok: true });
    // A wrong or forged key is no better than none: the code is then paced like a typed one.
    expect(await send(late, 'participant:join', { joinCode: room.joinCode, joinKey: 'A'.repeat(22), token: token(42) })).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
  });

  it('lets a typed right code in once a token frees, and never counts right codes against the budget', async () => {
    // Per address: 2 wrong codes at once, then 1 a second; attempts wait up to 3 s.
    const node = await embeddedNode({ wrongCodesPerAddress: { capacity: 2, perMinute: 60 }, guessWaitMs: 3000 });
    const room = await roomWithOpenQuestion(node);
    cleanup.push(() => void room.facilitator.disconnect());
    const guessers = await Promise.all(Array.from({ length: 12 }, () => track(client(node))));
    const answers = await Promise.all(guessers.map((socket, i) => guess(socket, wrongCode(i))));

    // The budget is spent; a typed right code waits for the next token instead of being refused.
    const typist = await track(client(node));
    expect(await guess(typist, room.joinCode, 1)).toMatchObject({ outcome: 'joined' });
    // Two wrong codes at once, then one a second while the others waited; the rest were refused after 3 s.
    expect(count(answers, 'wrong-join-code')).toBeGreaterThanOrEqual(3);
    expect(count(answers, 'wrong-join-code')).toBeLessThanOrEqual(6);
    expect(count(answers, 'rate-limited')).toBe(12 - count(answers, 'wrong-join-code'));
    // It gave its token back: twenty more right codes in a row all get in, one after another.
    for (let i = 0; i < 20; i++) expect((await guess(typist, room.joinCode, 1)).outcome).toBe('joined');
  });

  it('holds the overall budget of wrong codes across two Redis nodes, whatever the addresses', async () => {
    // Each address could guess a hundred; everyone together 5 at once, then 1 a minute.
    const { nodes } = await redisNodes(
      2,
      { wrongCodesPerAddress: { capacity: 100, perMinute: 100 }, wrongCodesOverall: { capacity: 5, perMinute: 1 }, guessWaitMs: 300 },
      { TRUST_PROXY: '1' },
    );
    const guessers = await Promise.all(Array.from({ length: 12 }, (_, i) => from(nodes[i % 2], `198.51.100.${i + 1}`)));
    // One after another, from both nodes by turns: five wrong codes in all, not five on each node.
    const answers: Answer[] = [];
    for (const [i, socket] of guessers.entries()) answers.push(await guess(socket, wrongCode(i)));
    expect(answers.map((a) => a.outcome)).toEqual([...Array(5).fill('wrong-join-code'), ...Array(7).fill('rate-limited')]);
  });

  it('writes nothing to Redis for a typed right code, and for a wrong one only a bucket that expires within its refill', async () => {
    // Per address 5 at once, then 1 a second; overall 5 at once, then 2 a second: a spent token is back within a second.
    const { nodes, prefix } = await redisNodes(1, { wrongCodesPerAddress: { capacity: 5, perMinute: 60 }, wrongCodesOverall: { capacity: 5, perMinute: 120 } });
    const room = await roomWithOpenQuestion(nodes[0]);
    cleanup.push(() => void room.facilitator.disconnect());
    const buckets = async () => (await readRedis(prefix, redisUrl())).redis!.filter((k) => k.name.startsWith('rl:'));

    const phones = await Promise.all(Array.from({ length: 5 }, () => track(client(nodes[0]))));
    const joins = await Promise.all(phones.map((phone, i) => guess(phone, room.joinCode, i + 1)));
    expect(joins.map((a) => a.outcome)).toEqual(Array(5).fill('joined'));
    for (let i = 0; i < 5; i++) expect((await guess(phones[0], room.joinCode, 1)).outcome).toBe('joined');
    expect(await buckets()).toEqual([]);

    expect((await guess(phones[1], wrongCode(1))).outcome).toBe('wrong-join-code');
    const spent = await buckets();
    expect(spent.map((k) => k.name.replace(/:[^:]{20,}$/, ':<address>')).sort()).toEqual(['rl:wrong-codes-address:<address>', 'rl:wrong-codes-all:all']);
    for (const bucket of spent) {
      expect(bucket.pttl).toBeGreaterThan(0);
      // Refilled after one token's interval (at most a second), then kept one second more.
      expect(bucket.pttl).toBeLessThanOrEqual(2000);
    }
    await new Promise((r) => setTimeout(r, 2100));
    expect(await buckets()).toEqual([]);
  });

  it('refuses a connection from a page on another origin, and allows its own origin and clients that name none', async () => {
    const node = await embeddedNode({}, { ALLOWED_ORIGINS: 'https://partner.example' });
    const attempt = (origin?: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(node.url, { transports: ['websocket'], forceNew: true, reconnection: false, ...(origin ? { extraHeaders: { origin } } : {}) });
        socket.once('connect', () => {
          socket.disconnect();
          resolve('connected');
        });
        socket.once('connect_error', () => resolve('refused'));
      });
    expect(await attempt('https://evil.example')).toBe('refused');
    expect(await attempt('null')).toBe('refused');
    expect(await attempt(`http://localhost.evil.example:${node.port}`)).toBe('refused');
    expect(await attempt(node.url)).toBe('connected');
    expect(await attempt('https://partner.example')).toBe('connected');
    expect(await attempt()).toBe('connected');
    const polling = await fetch(`${node.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: 'https://evil.example' } });
    expect(polling.status).toBe(403);
    await polling.body?.cancel();
  });

  it('answers 429 with Retry-After once an address, or everyone together, has created too many rounds on a node, and recovers', async () => {
    // Three rounds per address and five overall at once, each refilled at one every three seconds.
    const { nodes, prefix } = await redisNodes(2, { roundsPerAddress: { capacity: 3, perMinute: 20 }, roundsOverall: { capacity: 5, perMinute: 20 } }, { TRUST_PROXY: '1' });
    const create = (node: TestNode, address: string) =>
      fetch(`${node.url}/api/rounds`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify({ title: 'Round' }) });
    const statuses = async (responses: Response[]) => Promise.all(responses.map(async (r) => (await r.text(), r.status)));
    const [node, other] = nodes;

    // One address: three rounds, then refused.
    expect(await statuses(await Promise.all([0, 1, 2].map(() => create(node, '198.51.100.1'))))).toEqual([201, 201, 201]);
    const refused = await create(node, '198.51.100.1');
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get('retry-after'));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'rate-limited', message: expect.stringMatching(/wait \d+ s/), retryAfterMs: seconds * 1000 } });
    // Everyone together: two more from a second address reach the overall budget, and a third address is refused.
    expect(await statuses(await Promise.all([0, 1].map(() => create(node, '198.51.100.2'))))).toEqual([201, 201]);
    const overall = await create(node, '198.51.100.3');
    expect(overall.status).toBe(429);
    await overall.text();
    // Each node counts in its own memory: nothing in Redis says from which address rounds came, or when.
    expect((await listKeys(prefix)).filter((k) => k.includes('rl:'))).toEqual([]);
    expect((await statuses([await create(other, '198.51.100.1')]))[0]).toBe(201);

    await new Promise((r) => setTimeout(r, Math.max(seconds, Number(overall.headers.get('retry-after'))) * 1000 + 200));
    expect((await statuses([await create(node, '198.51.100.1')]))[0]).toBe(201);
  });

  it('puts the join key in the QR code only when asked with the right key', async () => {
    const node = await embeddedNode({});
    const room = await roomWithOpenQuestion(node);
    cleanup.push(() => void room.facilitator.disconnect());
    const qr = await fetch(`${node.url}/api/qr/${room.joinCode}.svg?k=${room.joinKey}`);
    expect(qr.status).toBe(200);
    const expected = await QRCode.toString(`${node.url}/join/${room.joinCode}#k=${room.joinKey}`, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    expect(await qr.text()).toBe(expected);
    const forged = await fetch(`${node.url}/api/qr/${room.joinCode}.svg?k=${'A'.repeat(22)}`);
    expect(forged.status).toBe(400);
    await forged.text();
  });
});
