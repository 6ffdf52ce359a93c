/**
 * A Pol.is-compatible set (comments.csv, votes.csv, participants-votes.csv, summary.csv), laid out
 * as Pol.is exports them, agree = +1, so researchers can feed a round to Pol.is tooling.
 *
 * Chatham House: voter ids are a random permutation of 0..N-1 drawn afresh for every export,
 * and rows are sorted by them, so neither the stored ids nor their order can be recovered.
 * Concert never knows who wrote what, so `author-id` is empty and `n-comments` is 0 for everyone,
 * and the number of commenters is left empty. There are no timestamps to give: those columns
 * are empty. Each voter has one vote per statement, the one that counts, so no time is needed
 * to choose it (the importer reads an empty timestamp as 0 and keeps file order).
 *
 * `synthesis` must be the engine's raw output: its groups name the same ids as `input.votes`.
 */
import { randomInt } from 'node:crypto';
import JSZip from 'jszip';
import type { Synthesis } from '../../shared/synthesis.js';
import type { SynthesisInput } from '../synthesis/input.js';
import { buildVoteMatrix, type VoteValue } from '../synthesis/votes.js';
import { listInWords, nounFor } from '../synthesis/wording.js';
import { toCsv, type Cell } from './spreadsheet-safe.js';

export const POLIS_FILES = ['comments.csv', 'votes.csv', 'participants-votes.csv', 'summary.csv'] as const;
export type PolisFileName = (typeof POLIS_FILES)[number];
export type PolisFiles = Record<PolisFileName, string>;

export interface PolisExportOptions {
  /** Uniform in [0, 1); draws the voter ids. Defaults to node:crypto, so ids cannot be predicted. */
  random?: () => number;
}

/** Zip entries carry this date rather than the moment of export. */
const ZIP_DATE = new Date('2000-01-01T00:00:00Z');

const RANDOM_BITS = 2 ** 47;
const secureRandom = () => randomInt(RANDOM_BITS) / RANDOM_BITS;

/** One voter as exported: the new id, Pol.is' group number, and the votes that count, by comment-id. */
interface ExportedVoter {
  id: number;
  group: number | null;
  votes: { comment: number; vote: VoteValue }[];
}

/** Fisher-Yates over 0..n-1. */
function shuffledIds(n: number, random: () => number): number[] {
  const ids = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  return ids;
}

/** The votes that count (the engine's own matrix), per voter under a fresh id, sorted by it. */
function exportedVoters(synthesis: Synthesis, input: SynthesisInput, random: () => number): ExportedVoter[] {
  const matrix = buildVoteMatrix(synthesis.contributions.map((c) => c.id), input.votes);
  const votes = matrix.participants.map((): ExportedVoter['votes'] => []);
  matrix.voters.forEach((voters, comment) => voters.forEach((p, k) => votes[p].push({ comment, vote: matrix.values[comment][k] })));
  const groupOf = new Map(synthesis.groups.flatMap((g, index) => g.participants.map((p) => [p, index] as const)));
  const known = new Set(matrix.participants);
  if ([...groupOf.keys()].some((p) => !known.has(p))) throw new Error("polisExport needs the engine's raw synthesis: its groups name participants who cast none of the votes");
  const ids = shuffledIds(matrix.participants.length, random);
  return matrix.participants
    .map((stored, p) => ({ id: ids[p], group: groupOf.get(stored) ?? null, votes: votes[p] }))
    .sort((a, b) => a.id - b.id);
}

function commentsCsv(synthesis: Synthesis): string {
  return toCsv([
    ['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body'],
    ...synthesis.contributions.map((c, i): Cell[] => ['', '', i, '', c.tally.agree, c.tally.disagree, 1, c.text]),
  ]);
}

function votesCsv(voters: readonly ExportedVoter[]): string {
  return toCsv([
    ['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'],
    ...voters.flatMap((voter) => voter.votes.map(({ comment, vote }): Cell[] => ['', '', comment, voter.id, vote])),
  ]);
}

function participantsVotesCsv(voters: readonly ExportedVoter[], comments: number): string {
  const commentIds = Array.from({ length: comments }, (_, i) => String(i));
  return toCsv([
    ['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree', ...commentIds],
    ...voters.map((voter): Cell[] => {
      const cells = new Array<Cell>(comments).fill('');
      for (const { comment, vote } of voter.votes) cells[comment] = vote;
      const count = (value: VoteValue) => voter.votes.filter((v) => v.vote === value).length;
      return [voter.id, voter.group ?? '', 0, voter.votes.length, count(1), count(-1), ...cells];
    }),
  ]);
}

function describeRound(input: SynthesisInput): string {
  const sessions = input.sessions.length;
  const places = [...new Set(input.sessions.map((s) => s.place).filter((p): p is string => !!p))];
  return `${sessions} ${nounFor(sessions, 'session')}${places.length > 0 ? ` in ${listInWords(places)}` : ''}, exported from Concert`;
}

function summaryCsv(synthesis: Synthesis, input: SynthesisInput, voters: number): string {
  return toCsv([
    ['topic', synthesis.title ?? input.title ?? 'Concert round'],
    ['url', ''],
    ['voters', voters],
    // As in Pol.is: the voters with enough votes to enter the opinion-group computation.
    ['voters-in-conv', synthesis.stats.grouped],
    ['commenters', ''],
    ['comments', synthesis.contributions.length],
    ['groups', synthesis.groups.length],
    ['conversation-description', describeRound(input)],
  ]);
}

export function polisExport(synthesis: Synthesis, input: SynthesisInput, options: PolisExportOptions = {}): PolisFiles {
  const voters = exportedVoters(synthesis, input, options.random ?? secureRandom);
  return {
    'comments.csv': commentsCsv(synthesis),
    'votes.csv': votesCsv(voters),
    'participants-votes.csv': participantsVotesCsv(voters, synthesis.contributions.length),
    'summary.csv': summaryCsv(synthesis, input, voters.length),
  };
}

export async function polisZip(files: PolisFiles): Promise<Buffer> {
  const zip = new JSZip();
  for (const name of POLIS_FILES) zip.file(name, files[name], { date: ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
