/**
 * A Pol.is-compatible set (comments.csv, votes.csv, participants-votes.csv, summary.csv), laid out
 * as Pol.is exports them, agree = +1, so researchers can feed a round to Pol.is tooling.
 *
 * Chatham House: voter ids are a random permutation of 0..N-1 drawn afresh for every export,
 * and rows are sorted by them, so neither the stored ids nor their order can be recovered.
 * Concert never knows who wrote what, so `author-id` is empty and `n-comments` is 0 for all.
 * There are no timestamps to give: those columns are empty (one vote per voter and statement,
 * the one that counts, so no time is needed to choose it).
 *
 * `synthesis` must be the engine's raw output: its groups name the same ids as `input.votes`.
 */
import { randomInt } from 'node:crypto';
import JSZip from 'jszip';
import type { Synthesis } from '../../shared/synthesis.js';
import type { SynthesisInput } from '../synthesis/input.js';
import { listInWords } from './build-report.js';
import { toCsv, type Cell } from './spreadsheet-safe.js';

export const POLIS_FILES = ['comments.csv', 'votes.csv', 'participants-votes.csv', 'summary.csv'] as const;
export type PolisFiles = Record<(typeof POLIS_FILES)[number], string>;

/** Zip entries carry this date rather than the moment of export. */
const ZIP_DATE = new Date('2000-01-01T00:00:00Z');

const secureRandom = () => randomInt(2 ** 47) / 2 ** 47;

function shuffled(n: number, random: () => number): number[] {
  const ids = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  return ids;
}

export function polisExport(synthesis: Synthesis, input: SynthesisInput, options: { random?: () => number } = {}): PolisFiles {
  const commentId = new Map(synthesis.contributions.map((c, i) => [c.id, i]));
  const latest = new Map<string, Map<number, number>>();
  for (const v of input.votes) {
    const comment = commentId.get(v.contribution);
    if (comment === undefined) continue;
    const votes = latest.get(v.participant) ?? new Map<number, number>();
    votes.set(comment, v.vote);
    latest.set(v.participant, votes);
  }
  const permutation = shuffled(latest.size, options.random ?? secureRandom);
  const voters = [...latest.entries()].map(([stored, votes], i) => ({ stored, id: permutation[i], votes })).sort((a, b) => a.id - b.id);
  const groupOf = new Map(synthesis.groups.flatMap((g, index) => g.participants.map((p) => [p, index] as const)));

  const comments = toCsv([
    ['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body'],
    ...synthesis.contributions.map((c, i): Cell[] => ['', '', i, '', c.tally.agree, c.tally.disagree, 1, c.text]),
  ]);
  const votes = toCsv([
    ['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'],
    ...voters.flatMap((v) => [...v.votes].sort(([a], [b]) => a - b).map(([comment, vote]): Cell[] => ['', '', comment, v.id, vote])),
  ]);
  const participantsVotes = toCsv([
    ['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree', ...synthesis.contributions.map((_, i) => String(i))],
    ...voters.map((v): Cell[] => {
      const values = [...v.votes.values()];
      const group = groupOf.get(v.stored);
      return [
        v.id, group ?? '', 0, values.length, values.filter((x) => x === 1).length, values.filter((x) => x === -1).length,
        ...synthesis.contributions.map((_, i) => v.votes.get(i) ?? ''),
      ];
    }),
  ]);
  const places = [...new Set(input.sessions.map((s) => s.place).filter((p): p is string => !!p))];
  const summary = toCsv([
    ['topic', synthesis.title ?? input.title ?? 'Concert round'],
    ['url', ''],
    ['voters', voters.length],
    ['voters-in-conv', voters.length],
    ['commenters', ''],
    ['comments', synthesis.contributions.length],
    ['groups', synthesis.groups.length],
    ['conversation-description', `${input.sessions.length} session${input.sessions.length === 1 ? '' : 's'}${places.length > 0 ? ` in ${listInWords(places)}` : ''}, exported from Concert`],
  ]);
  return { 'comments.csv': comments, 'votes.csv': votes, 'participants-votes.csv': participantsVotes, 'summary.csv': summary };
}

export async function polisZip(files: PolisFiles): Promise<Buffer> {
  const zip = new JSZip();
  for (const name of POLIS_FILES) zip.file(name, files[name], { date: ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
