/**
 * Synthesis engine figures (npm run bench): coding one new contribution in a round of 5,000
 * (target < 5 ms), and a full recompute for 300 participants x 500 contributions x 40,000
 * votes (target < 1 s). Data is generated from a seeded PRNG, so every run measures the same work.
 */
import { LiveCoder } from '../server/synthesis/coder.js';
import { defaultCodebook, activeThemes } from '../shared/codebook.js';
import { synthesize } from '../server/synthesis/engine.js';
import type { SynthesisInput } from '../server/synthesis/input.js';
import { round3 } from '../server/synthesis/precision.js';
import type { Vote } from '../server/synthesis/votes.js';
import { fmt, summarise, verdict } from './stats.js';

/** mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = 'we states governments countries people better work future together global approach policy issue important change real more need support system way level time world cooperation interest long term practical'.split(' ');
const EXTRA = 'housing climate data evidence schools health cities integration families diaspora language training universities students wages ageing'.split(' ');

/** Deterministic round: contributions mixing codebook cue words and filler, votes with a latent two-camp structure. */
export function generateRound(opts: { participants: number; contributions: number; votes: number; sessions?: number; seed?: number }): SynthesisInput {
  const rnd = prng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const cues = activeThemes(defaultCodebook()).map((t) => t.cues);
  const sessions = Array.from({ length: opts.sessions ?? 3 }, (_, i) => ({ id: `s${i + 1}`, title: `Session ${i + 1}`, place: ['Brussels', 'New York', 'Washington'][i % 3] }));
  const contributions = Array.from({ length: opts.contributions }, (_, i) => {
    const words: string[] = [];
    const theme = rnd() < 0.8 ? pick(cues) : null;
    const len = 8 + Math.floor(rnd() * 18);
    for (let w = 0; w < len; w++) words.push(theme && rnd() < 0.2 ? pick(theme) : rnd() < 0.15 ? pick(EXTRA) : pick(FILLER));
    return { id: `c${i}`, text: words.join(' '), sessionId: sessions[i % sessions.length].id, tags: rnd() < 0.1 ? { question: 1 + Math.floor(rnd() * 3) } : undefined };
  });
  const camp = Array.from({ length: opts.participants }, () => (rnd() < 0.6 ? 1 : -1));
  const lean = contributions.map(() => (rnd() < 0.5 ? 1 : -1) * rnd());
  const seen = new Set<number>();
  const votes: Vote[] = [];
  const cells = opts.participants * opts.contributions;
  while (votes.length < Math.min(opts.votes, cells)) {
    const cell = Math.floor(rnd() * cells);
    if (seen.has(cell)) continue;
    seen.add(cell);
    const p = Math.floor(cell / opts.contributions);
    const c = cell % opts.contributions;
    const x = camp[p] * lean[c] + (rnd() - 0.5);
    votes.push({ participant: `p${p}`, contribution: `c${c}`, vote: x > 0.25 ? 1 : x < -0.25 ? -1 : 0 });
  }
  return { title: 'Bench round', sessions, contributions, votes };
}

export async function benchSynthesis(): Promise<Record<string, number>> {
  // (1) Coding one new contribution with 5,000 already in the round, the facilitator having
  // placed one in ten of them by hand (each an example the coder compares against).
  const round = generateRound({ participants: 10, contributions: 5200, votes: 0, seed: 7 });
  const codebook = defaultCodebook();
  const themes = activeThemes(codebook);
  const examples = round.contributions.slice(0, 5000).filter((_, i) => i % 10 === 0).map((c, i) => ({ text: c.text, themeId: i % 7 === 0 ? null : themes[i % themes.length].id }));
  const started = performance.now();
  const coder = new LiveCoder({ themes, unplaced: codebook.unplaced, examples });
  const buildMs = performance.now() - started;
  for (const c of round.contributions.slice(0, 5000)) coder.code(c.text);
  const samples: number[] = [];
  for (const c of round.contributions.slice(5000)) {
    const t = performance.now();
    coder.code(c.text);
    samples.push(performance.now() - t);
  }
  const coding = summarise(samples);
  console.log(`code one contribution (5,000 in round, 500 facilitator examples): p50 ${coding.p50.toFixed(3)} ms, p99 ${coding.p99.toFixed(3)} ms, max ${coding.max.toFixed(3)} ms  ${verdict(coding.p99, 5)}; coder built in ${fmt(buildMs)}`);

  // (2) Full recompute: 300 participants x 500 contributions x 40,000 votes.
  const big = generateRound({ participants: 300, contributions: 500, votes: 40_000, seed: 11 });
  synthesize(big); // warm-up (JIT)
  const runs: number[] = [];
  let groups = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const s = synthesize(big);
    runs.push(performance.now() - t);
    groups = s.groups.length;
  }
  const full = summarise(runs);
  console.log(`full recompute (300 x 500 x 40,000 votes, ${groups} groups): median ${fmt(full.p50)}, max ${fmt(full.max)}  ${verdict(full.p50, 1000)}`);
  return {
    synthesisCodeOneP50Ms: round3(coding.p50),
    synthesisCodeOneP99Ms: round3(coding.p99),
    synthesisCoderBuildMs: round3(buildMs),
    synthesisFullRecomputeMs: round3(full.p50),
    synthesisFullRecomputeMaxMs: round3(full.max),
  };
}


if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  console.log(await benchSynthesis());
}
