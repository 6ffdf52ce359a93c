/**
 * Live latencies against a node in its own process: a post reaching every other phone (50 connected),
 * and a vote reaching the facilitator's and projector's aggregates (200 connected, 100 votes a second).
 */
import { client, ok, opId, roomWithOpenQuestion, token, type Client } from '../test/integration/harness.js';
import { startNodeProcess } from './node-process.js';
import { fmt, summarise, verdict } from './stats.js';

async function joinMany(url: string, joinCode: string, count: number): Promise<Client[]> {
  const phones: Client[] = [];
  for (let n = 0; n < count; n++) {
    const socket = await client({ url });
    await ok(socket, 'participant:join', { joinCode, token: token(n), category: null });
    phones.push(socket);
  }
  return phones;
}

export async function benchPostLatency(participants = 50, posts = 200): Promise<Record<string, number>> {
  const node = await startNodeProcess();
  try {
    const room = await roomWithOpenQuestion(node);
    const phones = await joinMany(node.url, room.joinCode, participants);
    const sentAt = new Map<string, number>();
    const samples: number[] = [];
    let expected = 0;
    const authorOf = new Map<string, Client>();
    for (const listener of [...phones, room.facilitator]) {
      listener.on('contribution:added', ({ contribution }) => {
        const at = sentAt.get(contribution.text);
        if (at !== undefined && authorOf.get(contribution.text) !== listener) samples.push(performance.now() - at);
      });
    }
    for (let i = 0; i < posts; i++) {
      const text = `bench post ${i}`;
      const author = phones[i % phones.length];
      sentAt.set(text, performance.now());
      authorOf.set(text, author);
      expected += phones.length; // every other phone plus the facilitator
      void ok(author, 'contribution:add', { questionId: room.questionId, text, quotable: false, opId: opId() });
      await new Promise((r) => setTimeout(r, 20));
    }
    const deadline = Date.now() + 10_000;
    while (samples.length < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const s = summarise(samples);
    console.log(`post → every other client, ${participants} connected: p50 ${fmt(s.p50)}, p99 ${fmt(s.p99)} (${s.n}/${expected} deliveries)`);
    for (const p of [...phones, room.facilitator]) p.disconnect();
    return { postP50: s.p50, postP99: s.p99, postDelivered: s.n / expected };
  } finally {
    await node.stop();
  }
}

export async function benchVoteAggregates(participants = 200, votesPerSecond = 100, seconds = 10): Promise<Record<string, number>> {
  const node = await startNodeProcess();
  try {
    const room = await roomWithOpenQuestion(node);
    // The projector counts votes only where the room may see tallies.
    await ok(room.facilitator, 'session:settings', { sessionId: room.sessionId, settings: { tallies: 'always' } });
    const statements: string[] = [];
    for (let i = 0; i < 40; i++) {
      statements.push((await ok(room.facilitator, 'discussion:add', { sessionId: room.sessionId, questionId: room.questionId, text: `Statement ${i}` })).contributionId);
      await new Promise((r) => setTimeout(r, 80)); // stay under the per-socket command rate
    }
    const projector = await client(node);
    await ok(projector, 'projector:watch', { joinCode: room.joinCode });
    const phones = await joinMany(node.url, room.joinCode, participants);

    const facilitatorSamples: number[] = [];
    const projectorSamples: number[] = [];
    const pending = new Map<string, { threshold: number; at: number }[]>();
    const sentTimes: number[] = [];
    room.facilitator.on('tallies:updated', ({ tallies }) => {
      const now = performance.now();
      for (const t of tallies) {
        const total = t.tally.agree + t.tally.disagree + t.tally.pass;
        const waiting = pending.get(t.id) ?? [];
        while (waiting.length > 0 && waiting[0].threshold <= total) facilitatorSamples.push(now - waiting.shift()!.at);
      }
    });
    const synthesisSamples: number[] = [];
    let synthesisSeen = 0;
    room.facilitator.on('synthesis:updated', ({ synthesis }) => {
      const now = performance.now();
      while (synthesisSeen < Math.min(synthesis.stats.votes, sentTimes.length)) synthesisSamples.push(now - sentTimes[synthesisSeen++]);
    });
    let projectorSeen = 0;
    projector.on('projector:updated', ({ snapshot }) => {
      const now = performance.now();
      while (projectorSeen < Math.min(snapshot.counts.votes ?? 0, sentTimes.length)) projectorSamples.push(now - sentTimes[projectorSeen++]);
    });

    const totals = new Map<string, number>();
    const voted = phones.map(() => new Set<string>());
    const count = votesPerSecond * seconds;
    const interval = 1000 / votesPerSecond;
    const started = performance.now();
    const choices = ['agree', 'disagree', 'pass'] as const;
    for (let i = 0; i < count; i++) {
      const who = i % phones.length;
      const what = statements.find((id) => !voted[who].has(id))!;
      voted[who].add(what);
      const threshold = (totals.get(what) ?? 0) + 1;
      totals.set(what, threshold);
      const at = performance.now();
      if (!pending.has(what)) pending.set(what, []);
      pending.get(what)!.push({ threshold, at });
      sentTimes.push(at);
      void ok(phones[who], 'vote:cast', { contributionId: what, vote: choices[i % 3], opId: opId() });
      const next = started + (i + 1) * interval;
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    const deadline = Date.now() + 10_000;
    while ((facilitatorSamples.length < count || projectorSamples.length < count || synthesisSamples.length < count) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const f = summarise(facilitatorSamples);
    const p = summarise(projectorSamples);
    console.log(`vote → facilitator aggregate, ${participants} connected, ${votesPerSecond} votes/s: p50 ${fmt(f.p50)}, p99 ${fmt(f.p99)} ${verdict(f.p99, 250)} (${f.n}/${count})`);
    console.log(`vote → projector aggregate: p50 ${fmt(p.p50)}, p99 ${fmt(p.p99)} ${verdict(p.p99, 250)} (${p.n}/${count})`);
    const y = summarise(synthesisSamples);
    console.log(`vote → facilitator's synthesis view: p50 ${fmt(y.p50)}, p99 ${fmt(y.p99)} ${verdict(y.p99, 500)} (${y.n}/${count})`);
    for (const s of [...phones, room.facilitator, projector]) s.disconnect();
    return { voteFacilitatorP50: f.p50, voteFacilitatorP99: f.p99, voteProjectorP50: p.p50, voteProjectorP99: p.p99, voteSynthesisP50: y.p50, voteSynthesisP99: y.p99 };
  } finally {
    await node.stop();
  }
}
