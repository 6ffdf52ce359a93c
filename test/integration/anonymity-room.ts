/**
 * The room the anonymity attacks are played against: real node processes (one embedded node, or two
 * nodes on one Redis) logging at debug level with DEBUG=*, a round of two sessions, phones that join
 * with categories, post (one of them quotably), tag, and vote on everything their deck shows, using
 * the participant client's own reducers to decide what that is.
 */
import { deckOrder, fromSnapshot, withMyVote } from '../../client/store/participant-reducers.js';
import type { CommandResults } from '../../shared/protocol/events.js';
import type { ParticipantSnapshot } from '../../shared/views.js';
import { client, ok, opId, removeDir, tempDir, token, waitFor, type Client } from './harness.js';
import { spawnNode, type NodeProcess } from './processes.js';
import { readDataDir, readRedis, type StoredData } from './stored-data.js';

export type SessionName = 'A' | 'B';

export interface Phone {
  /** Which token: the same n in both sessions is the same phone. */
  n: number;
  session: SessionName;
  category: string | null;
  socket: Client;
  /** Contribution ids this phone posted in this session. */
  wrote: string[];
}

export interface TallyProbe {
  phone: Phone;
  projector: Client;
  vote: { contributionId: string; vote: 'agree' | 'disagree' | 'pass'; opId: string };
  firstAck: CommandResults['vote:cast'] & { ok: true };
  /** What the phone and its projector had received when the others started voting, and once they were done. */
  received: { phone: [number, number]; projector: [number, number] };
}

export interface AnonymityRoom {
  mode: 'embedded' | 'redis';
  nodes: NodeProcess[];
  startedAt: number;
  facilitator: Client;
  round: { roundId: string; facilitatorKey: string };
  sessions: Record<SessionName, { sessionId: string; joinCode: string; title: string; questions: string[] }>;
  phones: Phone[];
  /** A point made aloud in session A, which everyone there votes on. */
  discussion: string;
  probe: TallyProbe;
  /** Log lines (stdout and stderr) each node had written before any participant joined. */
  linesBeforeParticipants: number[];
  /** Everything the phones sent that an operator must not find: tokens, texts, socket ids. */
  secrets: { tokens: string[]; texts: string[]; socketIds: string[] };
  stored(): Promise<StoredData>;
  close(): Promise<void>;
}

const ROSTER_A: (string | null)[] = ['ambassador', 'ambassador', 'ambassador', 'business', null];
/** Session B, in order of arrival: a lone ambassador, and phone 4 of session A again. */
const ROSTER_B: [number, string | null][] = [
  [7, 'business'],
  [6, 'ambassador'],
  [8, null],
  [4, 'business'],
];
export const SENSITIVE = 'My government will veto the compact in private';
export const QUOTABLE = 'My government supports the compact in public';

const CHOICES = ['agree', 'disagree', 'pass'] as const;

export const logLines = (node: NodeProcess) => [...node.logs, ...node.errors];

async function snapshotOf(socket: Client, sessionId: string): Promise<ParticipantSnapshot> {
  return (await ok(socket, 'session:sync', { sessionId })).snapshot as ParticipantSnapshot;
}

/** Votes on everything the phone's deck shows, one card after another, as the voting deck does. */
async function voteThroughDeck(phone: Phone, sessionId: string, onVote?: (payload: TallyProbe['vote'], ack: unknown) => void) {
  let state = fromSnapshot(await snapshotOf(phone.socket, sessionId));
  for (let k = 0; ; k++) {
    const card = deckOrder(state, null)[0];
    if (!card) return;
    const vote = CHOICES[(phone.n + k) % 3];
    const payload = { contributionId: card.id, vote, opId: opId() };
    const ack = await ok(phone.socket, 'vote:cast', payload);
    onVote?.(payload, ack);
    state = withMyVote(state, card.id, vote);
  }
}

export async function openAnonymityRoom(mode: 'embedded' | 'redis', redis?: { url: string; prefix: string }): Promise<AnonymityRoom> {
  const dataDir = tempDir();
  const env: Record<string, string> = { DATA_DIR: dataDir, LOG_LEVEL: 'debug', DEBUG: '*', RATE_COMMANDS_PER_SOCKET: '500' };
  if (redis) Object.assign(env, { REDIS_URL: redis.url, REDIS_PREFIX: redis.prefix });
  const startedAt = Date.now();
  const nodes = await Promise.all((mode === 'redis' ? [0, 1] : [0]).map(() => spawnNode(env)));
  const nodeFor = (i: number) => nodes[i % nodes.length];
  const sockets: Client[] = [];
  const connect = async (i: number) => {
    const socket = await client(nodeFor(i));
    sockets.push(socket);
    return socket;
  };

  const round = (await (await fetch(`${nodes[0].url}/api/rounds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":"Anonymity round"}' })).json()) as {
    roundId: string;
    facilitatorKey: string;
  };
  const facilitator = await connect(0);
  await ok(facilitator, 'facilitator:auth', { roundId: round.roundId, key: round.facilitatorKey });
  const sessions = {} as AnonymityRoom['sessions'];
  for (const [name, place, date] of [['A', 'Geneva', '2026-11-28'], ['B', 'Nairobi', '2026-11-30']] as const) {
    const title = `Roundtable in ${place}`;
    const { sessionId, joinCode } = await ok(facilitator, 'session:create', { title, place, date, format: 'roundtable' });
    const { snapshot } = await ok(facilitator, 'session:watch', { sessionId });
    const questions = snapshot.questions.slice(0, 2).map((q) => q.id);
    await ok(facilitator, 'question:open', { sessionId, questionId: questions[0] });
    sessions[name] = { sessionId, joinCode, title, questions };
  }
  await ok(facilitator, 'session:settings', { sessionId: sessions.B.sessionId, settings: { visibility: 'after-posting' } });
  await ok(facilitator, 'countdown:set', { sessionId: sessions.A.sessionId, kind: 'question', seconds: 600 });
  const discussion = (await ok(facilitator, 'discussion:add', { sessionId: sessions.A.sessionId, questionId: sessions.A.questions[0], text: 'Said aloud in Geneva' })).contributionId;
  await new Promise((r) => setTimeout(r, 200));
  const linesBeforeParticipants = nodes.map((node) => logLines(node).length);

  const phones: Phone[] = [];
  const join = async (n: number, session: SessionName, category: string | null) => {
    const socket = await connect(n);
    await ok(socket, 'participant:join', { joinCode: sessions[session].joinCode, token: token(n), category });
    const phone: Phone = { n, session, category, socket, wrote: [] };
    phones.push(phone);
    return phone;
  };
  for (const [i, category] of ROSTER_A.entries()) await join(i + 1, 'A', category);
  for (const [n, category] of ROSTER_B) await join(n, 'B', category);

  const texts: string[] = [];
  const post = async (phone: Phone, text: string, quotable = false, questionId = sessions[phone.session].questions[0]) => {
    const { contribution } = await ok(phone.socket, 'contribution:add', { questionId, text, quotable, opId: opId() });
    phone.wrote.push(contribution.id);
    texts.push(text);
  };
  for (const phone of phones) {
    if (phone.n === 6) {
      await post(phone, QUOTABLE, true);
      await post(phone, SENSITIVE);
    } else {
      for (const k of [1, 2]) await post(phone, `Point ${k} of phone ${phone.n} in session ${phone.session}`);
    }
  }
  for (const phone of phones) {
    const first = fromSnapshot(await snapshotOf(phone.socket, sessions[phone.session].sessionId)).order[0];
    await ok(phone.socket, 'tag:set', { contributionId: first, tag: 'common-ground', on: true, opId: opId() });
  }

  // The probe: phone 5 votes first, opens the projector as anyone with the join code can, and watches the others vote.
  const probePhone = phones.find((p) => p.n === 5)!;
  let probeVote: TallyProbe['vote'] | undefined;
  let firstAck: TallyProbe['firstAck'] | undefined;
  await voteThroughDeck(probePhone, sessions.A.sessionId, (payload, ack) => {
    if (payload.contributionId !== discussion) return;
    probeVote = payload;
    firstAck = ack as TallyProbe['firstAck'];
  });
  if (!probeVote || !firstAck) throw new Error('the probe phone never voted on the point made aloud');
  const projector = await connect(5);
  await ok(projector, 'projector:watch', { joinCode: sessions.A.joinCode });
  await new Promise((r) => setTimeout(r, 200));
  const before = { phone: probePhone.socket.received.length, projector: projector.received.length };
  for (const phone of phones) if (phone !== probePhone) await voteThroughDeck(phone, sessions[phone.session].sessionId);
  await new Promise((r) => setTimeout(r, 300));
  const probe: TallyProbe = {
    phone: probePhone,
    projector,
    vote: probeVote,
    firstAck,
    received: { phone: [before.phone, probePhone.socket.received.length], projector: [before.projector, projector.received.length] },
  };

  // Session B moves on to its second question once its phones have tagged and voted (a closed question takes neither); one phone alone posts there (after posting: nobody else sees it).
  await ok(facilitator, 'question:open', { sessionId: sessions.B.sessionId, questionId: sessions.B.questions[1] });
  const lonePoster = phones.find((p) => p.session === 'B' && p.n === 7)!;
  await post(lonePoster, 'Alone on the second question', false, sessions.B.questions[1]);

  // A dropped transport: with connection state recovery, Socket.IO would keep the socket's session (in Redis).
  phones[0].socket.io.engine.close();
  await new Promise((r) => setTimeout(r, 300));
  await waitFor(() => phones[0].socket.connected);

  // Redis takes joins in batches every few seconds: wait until both sessions' rosters are written.
  if (redis) {
    const expected = [ROSTER_A.length, ROSTER_B.length].sort().join();
    for (const deadline = Date.now() + 15_000; ; await new Promise((r) => setTimeout(r, 250))) {
      const stored = await readRedis(redis.prefix, redis.url);
      if (stored.rosters.map((r) => r.keys.length).sort().join() === expected) break;
      if (Date.now() > deadline) throw new Error('the rosters were never written');
    }
  }

  return {
    mode,
    nodes,
    startedAt,
    facilitator,
    round,
    sessions,
    phones,
    discussion,
    probe,
    linesBeforeParticipants,
    secrets: { tokens: [...new Set(phones.map((p) => token(p.n)))], texts, socketIds: sockets.map((s) => s.id).filter((id): id is string => !!id) },
    stored: () => (redis ? readRedis(redis.prefix, redis.url) : Promise.resolve(readDataDir(dataDir))),
    async close() {
      for (const s of sockets) s.disconnect();
      await Promise.all(nodes.map((n) => n.stop()));
      removeDir(dataDir);
    },
  };
}
