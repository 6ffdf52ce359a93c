/**
 * The load generator, run in its own process by run.ts: real websocket clients in one session,
 * each posting once a minute and voting every five seconds, staggered evenly. It reports when every
 * post reached every other client, when every vote reached the facilitator's aggregate, and what
 * never arrived or arrived twice. Input: one JSON argument; output: JSON lines on stdout.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { bareDriver, concertDriver, type Phone, type SentVote } from './drivers.js';
import { summarise } from './stats.js';

export interface GeneratorInput {
  target: 'concert' | 'bare';
  urls: string[];
  participants: number;
  durationMs: number;
}

const POST_EVERY_MS = 60_000;
const VOTE_EVERY_MS = 5_000;
const SEEDS = 20;
const DRAIN_MS = 3_000;
const JOIN_CONCURRENCY = 50;
const TEXT = 'A load-test contribution about the portability of social protection for workers who move between countries';

const input = JSON.parse(process.argv[2]) as GeneratorInput;
const n = input.participants;
const driver = input.target === 'concert' ? concertDriver() : bareDriver();
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

// Who received which post, and when it was sent. Receiver n is the facilitator.
const posts = new Map<string, { sentAt: number; author: number; receipts: Uint16Array }>();
const postLatencies: number[] = [];
let duplicatePosts = 0;
const received = (receiver: number) => (postKey: string, at: number) => {
  const post = posts.get(postKey);
  if (!post || receiver === post.author) return;
  if (post.receipts[receiver]++ === 0) postLatencies.push(at - post.sentAt);
  else duplicatePosts++;
};

const targets = await driver.prepare(input.urls, SEEDS, received(n));
const phones: Phone[] = new Array(n);
for (let start = 0; start < n; start += JOIN_CONCURRENCY) {
  await Promise.all(
    Array.from({ length: Math.min(JOIN_CONCURRENCY, n - start) }, async (_, j) => {
      const i = start + j;
      phones[i] = await driver.join(input.urls[i % input.urls.length], i, received(i));
    }),
  );
}
say({ phase: 'joined' });

const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
const votes: SentVote[] = [];
const votedBy = Array.from({ length: n }, () => new Set<string>());
const inFlight = new Set<Promise<unknown>>();
let failures = 0;
let postCount = 0;
const started = performance.now();
const track = (p: Promise<unknown>) => {
  const tracked = p.catch(() => void failures++).finally(() => inFlight.delete(tracked));
  inFlight.add(tracked);
};

function post(i: number): void {
  const postKey = `${i}-${postCount++}`;
  posts.set(postKey, { sentAt: performance.now(), author: i, receipts: new Uint16Array(n + 1) });
  track(phones[i].post(postKey, TEXT).then((id) => targets.push(id)));
}

function vote(i: number): void {
  for (let attempt = 0; attempt < 5; attempt++) {
    const contributionId = targets[Math.floor(Math.random() * targets.length)];
    if (votedBy[i].has(contributionId)) continue;
    votedBy[i].add(contributionId);
    const sent: SentVote = { key: `${i}:${contributionId}`, contributionId, sentAt: performance.now() };
    track(phones[i].vote(contributionId, sent.key).then(() => votes.push(sent)));
    return;
  }
}

/** Runs `act` for participant i every `everyMs`, starting at its place in an even spread. */
function every(i: number, everyMs: number, act: (i: number) => void): void {
  const tick = (at: number) => {
    if (at >= input.durationMs) return;
    setTimeout(() => {
      act(i);
      tick(at + everyMs);
    }, Math.max(0, started + at - performance.now()));
  };
  tick((i / n) * everyMs);
}

say({ phase: 'measuring' });
for (let i = 0; i < n; i++) {
  every(i, POST_EVERY_MS, post);
  every(i, VOTE_EVERY_MS, vote);
}
await new Promise((r) => setTimeout(r, input.durationMs));
say({ phase: 'sent' });
lag.disable();
await Promise.allSettled([...inFlight]);
await new Promise((r) => setTimeout(r, DRAIN_MS));

// Everyone is still connected: the runner measures what the servers retain, then lets the clients go.
say({ phase: 'drained' });
await new Promise((resolve) => process.stdin.once('data', resolve));

let lostPosts = 0;
for (const p of posts.values()) for (let r = 0; r <= n; r++) if (r !== p.author && p.receipts[r] === 0) lostPosts++;
const voteOutcome = driver.voteOutcome(votes);
say({
  phase: 'result',
  posts: posts.size,
  votes: votes.length,
  failures,
  post: summarise(postLatencies),
  vote: summarise(voteOutcome.latencies),
  all: summarise([...postLatencies, ...voteOutcome.latencies]),
  lost: lostPosts + voteOutcome.lost,
  duplicated: duplicatePosts + voteOutcome.duplicated,
  generatorLagP99Ms: lag.percentile(99) / 1e6,
});
driver.close();
process.exit(0);
