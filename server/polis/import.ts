/**
 * Import a Pol.is export folder (comments.csv + votes.csv, optionally participants-votes.csv)
 * into the engine's input. In these exports agree = +1, disagree = -1, pass = 0; a voter may
 * have voted several times on one statement and the latest vote (by timestamp) counts.
 * Statements moderated out (moderated = -1) are left out, as hidden contributions are in a
 * live round. File reading is the only I/O; parsing is separate and pure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { InputError } from '../synthesis/errors.js';
import type { SynthesisInput } from '../synthesis/input.js';
import type { Vote, VoteValue } from '../synthesis/votes.js';

type Row = Record<string, string>;

function parseCsv(text: string, file: string, required: readonly string[]): { rows: Row[]; header: string[] } {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    throw new InputError(file, `not valid CSV (${e.message ?? String(err)})`, e.lines);
  }
  if (records.length === 0) throw new InputError(file, 'the file is empty', 1);
  const header = records[0].map((h) => h.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new InputError(file, `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} (header has: ${header.join(', ')})`, 1);
  }
  const rows = records.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])));
  return { rows, header };
}

export interface PolisComment {
  id: string;
  text: string;
  moderated: number;
}

export function parsePolisComments(text: string, file = 'comments.csv'): PolisComment[] {
  const { rows } = parseCsv(text, file, ['comment-id', 'comment-body']);
  const seen = new Set<string>();
  return rows.map((r, i) => {
    const line = i + 2;
    const id = r['comment-id'];
    if (!/^\d+$/.test(id)) throw new InputError(file, `comment-id "${id}" is not a number`, line);
    if (seen.has(id)) throw new InputError(file, `comment-id ${id} appears twice`, line);
    seen.add(id);
    const moderated = r.moderated === undefined || r.moderated === '' ? 0 : Number(r.moderated);
    if (!Number.isFinite(moderated)) throw new InputError(file, `moderated "${r.moderated}" is not a number`, line);
    return { id, text: r['comment-body'], moderated };
  });
}

/** Latest vote per voter and statement (by timestamp, then file order). */
export function parsePolisVotes(text: string, file = 'votes.csv'): Vote[] {
  const { rows, header } = parseCsv(text, file, ['comment-id', 'voter-id', 'vote']);
  const hasTime = header.includes('timestamp');
  const parsed = rows.map((r, i) => {
    const line = i + 2;
    const vote = Number(r.vote);
    if (vote !== 1 && vote !== -1 && vote !== 0) throw new InputError(file, `vote "${r.vote}" is not 1, -1 or 0`, line);
    if (r['voter-id'] === '' || r['comment-id'] === '') throw new InputError(file, 'empty voter-id or comment-id', line);
    const time = hasTime ? Number(r.timestamp) : i;
    if (!Number.isFinite(time)) throw new InputError(file, `timestamp "${r.timestamp}" is not a number`, line);
    return { participant: r['voter-id'], contribution: r['comment-id'], vote: vote as VoteValue, time, order: i };
  });
  parsed.sort((a, b) => a.time - b.time || a.order - b.order);
  const latest = new Map<string, (typeof parsed)[number]>();
  for (const v of parsed) {
    const key = `${v.participant}\u0000${v.contribution}`;
    latest.delete(key);
    latest.set(key, v);
  }
  return [...latest.values()].map(({ participant, contribution, vote }) => ({ participant, contribution, vote }));
}

/** Pol.is's own group per participant (participants-votes.csv); ungrouped participants are left out. */
export function parsePolisGroups(text: string, file = 'participants-votes.csv'): Map<string, string> {
  const { rows } = parseCsv(text, file, ['participant', 'group-id']);
  const out = new Map<string, string>();
  for (const r of rows) if (r['group-id'] !== '') out.set(r.participant, r['group-id']);
  return out;
}

export interface PolisImport {
  input: SynthesisInput;
  /** Statements left out because Pol.is moderated them out. */
  moderatedOut: string[];
  title: string | null;
}

export function polisToInput(comments: PolisComment[], votes: Vote[], title: string | null): PolisImport {
  const kept = comments.filter((c) => c.moderated >= 0).sort((a, b) => Number(a.id) - Number(b.id));
  const keptIds = new Set(kept.map((c) => c.id));
  return {
    input: {
      title: title ?? undefined,
      sessions: [{ id: 'polis', title: title ?? 'Pol.is conversation' }],
      contributions: kept.map((c) => ({ id: c.id, text: c.text, sessionId: 'polis' })),
      votes: votes.filter((v) => keptIds.has(v.contribution)),
    },
    moderatedOut: comments.filter((c) => c.moderated < 0).map((c) => c.id),
    title,
  };
}

function readText(path: string, label: string): string {
  if (!existsSync(path)) throw new InputError(label, 'file not found');
  return readFileSync(path, 'utf8');
}

/** Read a Pol.is export folder. */
export function importPolisFolder(dir: string): PolisImport {
  const commentsFile = join(dir, 'comments.csv');
  const votesFile = join(dir, 'votes.csv');
  const comments = parsePolisComments(readText(commentsFile, commentsFile), commentsFile);
  const votes = parsePolisVotes(readText(votesFile, votesFile), votesFile);
  let title: string | null = null;
  const summaryFile = join(dir, 'summary.csv');
  if (existsSync(summaryFile)) {
    const records = parse(readFileSync(summaryFile, 'utf8'), { relax_column_count: true, skip_empty_lines: true }) as string[][];
    title = records.find((r) => r[0] === 'topic')?.[1] ?? null;
  }
  return polisToInput(comments, votes, title);
}

export function readPolisGroups(dir: string): Map<string, string> {
  const file = join(dir, 'participants-votes.csv');
  return parsePolisGroups(readText(file, file), file);
}
