/**
 * How the load generator speaks to each target: Concert's protocol (join code, acknowledged
 * commands, coalesced tallies at the facilitator) or the bare broadcast server's.
 */
import { io, type Socket } from 'socket.io-client';
import type { TallyUpdate } from '../../shared/protocol/events.js';

export type OnPost = (postKey: string, at: number) => void;

/** A vote whose acknowledgement came back; `voteOutcome` receives them in the order the acknowledgements arrived. */
export interface SentVote {
  key: string;
  contributionId: string;
  sentAt: number;
}

export interface VoteOutcome {
  latencies: number[];
  lost: number;
  duplicated: number;
}

export interface Phone {
  post(postKey: string, text: string): Promise<string>;
  vote(contributionId: string, voteKey: string): Promise<void>;
}

export interface Driver {
  /** Opens the session with a facilitator watching; returns the ids of contributions seeded to vote on. */
  prepare(urls: string[], seeds: number, onFacilitatorPost: OnPost): Promise<string[]>;
  join(url: string, index: number, onPost: OnPost): Promise<Phone>;
  voteOutcome(votes: SentVote[]): VoteOutcome;
  close(): void;
}

const KEY = /\[(\d+-\d+)\]/;
const sockets: Socket[] = [];

async function connect(url: string, auth?: Record<string, unknown>): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 20_000, auth });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

async function command<T>(socket: Socket, name: string, payload: unknown): Promise<T> {
  const ack = (await socket.timeout(30_000).emitWithAck(name, payload)) as { ok: boolean; error?: { code: string } } & T;
  if (!ack.ok) throw new Error(`${name} refused: ${ack.error?.code}`);
  return ack;
}

function closeAll(): void {
  for (const s of sockets.splice(0)) s.disconnect();
}

let opCounter = 0;
const opId = () => `load-${process.pid}-${++opCounter}`;

export function concertDriver(): Driver {
  let joinCode = '';
  let questionId = '';
  const talliesById = new Map<string, { at: number; total: number }[]>();
  return {
    async prepare(urls, seeds, onFacilitatorPost) {
      const created = (await (await fetch(`${urls[0]}/api/rounds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":"Load test"}' })).json()) as {
        roundId: string;
        facilitatorKey: string;
      };
      const f = await connect(urls[0], { protocol: 1 });
      await command(f, 'facilitator:auth', { roundId: created.roundId, key: created.facilitatorKey });
      const session = await command<{ sessionId: string; joinCode: string }>(f, 'session:create', { title: 'Plenary', place: 'Geneva', date: '2026-11-28', format: 'plenary' });
      joinCode = session.joinCode;
      const { snapshot } = await command<{ snapshot: { questions: { id: string }[] } }>(f, 'session:watch', { sessionId: session.sessionId });
      questionId = snapshot.questions[0].id;
      await command(f, 'question:open', { sessionId: session.sessionId, questionId });
      f.on('contribution:added', ({ contribution }: { contribution: { text: string } }) => {
        const key = KEY.exec(contribution.text)?.[1];
        if (key) onFacilitatorPost(key, performance.now());
      });
      f.on('tallies:updated', ({ tallies }: { tallies: TallyUpdate[] }) => {
        const at = performance.now();
        for (const t of tallies) {
          const list = talliesById.get(t.id) ?? [];
          list.push({ at, total: t.tally.agree + t.tally.disagree + t.tally.pass });
          talliesById.set(t.id, list);
        }
      });
      const ids: string[] = [];
      for (let i = 0; i < seeds; i++) {
        const { contributionId } = await command<{ contributionId: string }>(f, 'discussion:add', { sessionId: session.sessionId, questionId, text: `Seed statement ${i}` });
        ids.push(contributionId);
        await new Promise((r) => setTimeout(r, 60)); // within the facilitator's own command budget
      }
      return ids;
    },
    async join(url, index, onPost) {
      const socket = await connect(url, { protocol: 1 });
      socket.on('contribution:added', ({ contribution }: { contribution: { text: string } }) => {
        const key = KEY.exec(contribution.text)?.[1];
        if (key) onPost(key, performance.now());
      });
      const token = `load-phone-${String(index).padStart(6, '0')}-${'x'.repeat(32)}`;
      await command(socket, 'participant:join', { joinCode, token });
      return {
        post: async (postKey, text) =>
          (await command<{ contribution: { id: string } }>(socket, 'contribution:add', { questionId, text: `${text} [${postKey}]`, quotable: false, opId: opId() })).contribution.id,
        vote: async (contributionId) => {
          await command(socket, 'vote:cast', { contributionId, vote: 'agree', opId: opId() });
        },
      };
    },
    voteOutcome(votes) {
      const latencies: number[] = [];
      let lost = 0;
      let duplicated = 0;
      const perContribution = new Map<string, number>();
      for (const v of votes) {
        // A phone is told no log position (it would count votes its tally setting hides), so a vote is matched
        // by rank: the k-th acknowledged vote on a contribution is in the first facilitator aggregate counting k.
        const rank = (perContribution.get(v.contributionId) ?? 0) + 1;
        perContribution.set(v.contributionId, rank);
        const shown = talliesById.get(v.contributionId)?.find((t) => t.total >= rank);
        if (shown) latencies.push(shown.at - v.sentAt);
      }
      for (const [id, acked] of perContribution) {
        const total = talliesById.get(id)?.at(-1)?.total ?? 0;
        if (total < acked) lost += acked - total;
        if (total > acked) duplicated += total - acked;
      }
      return { latencies, lost, duplicated };
    },
    close: closeAll,
  };
}

export function bareDriver(): Driver {
  const arrivals = new Map<string, { at: number; count: number }>();
  const room = 'load';
  return {
    async prepare(urls, seeds, onFacilitatorPost) {
      const f = await connect(urls[0]);
      await command(f, 'watch', room);
      f.on('post', ({ postKey }: { postKey: string }) => onFacilitatorPost(postKey, performance.now()));
      f.on('vote', ({ voteKey }: { voteKey: string }) => {
        const seen = arrivals.get(voteKey);
        if (seen) seen.count++;
        else arrivals.set(voteKey, { at: performance.now(), count: 1 });
      });
      return Array.from({ length: seeds }, (_, i) => `seed-${i}`);
    },
    async join(url, _index, onPost) {
      const socket = await connect(url);
      socket.on('post', ({ postKey }: { postKey: string }) => onPost(postKey, performance.now()));
      await command(socket, 'join', room);
      return {
        post: async (postKey, text) => {
          await command(socket, 'post', { postKey, text });
          return postKey;
        },
        vote: async (contributionId, voteKey) => {
          await command(socket, 'vote', { contributionId, voteKey, vote: 'agree' });
        },
      };
    },
    voteOutcome(votes) {
      const latencies: number[] = [];
      let lost = 0;
      let duplicated = 0;
      for (const v of votes) {
        const seen = arrivals.get(v.key);
        if (!seen) lost++;
        else {
          latencies.push(seen.at - v.sentAt);
          duplicated += seen.count - 1;
        }
      }
      return { latencies, lost, duplicated };
    },
    close: closeAll,
  };
}
