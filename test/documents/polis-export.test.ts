import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Synthesis } from '../../shared/synthesis.js';
import { contributionsCsv } from '../../server/documents/csv.js';
import { POLIS_FILES, polisExport, polisZip, type PolisFiles } from '../../server/documents/polis-export.js';
import { synthesize } from '../../server/synthesis/engine.js';
import type { SynthesisInput } from '../../server/synthesis/input.js';
import { importPolisFolder, readPolisGroups } from '../../server/polis/import.js';
import { withOpaqueParticipants } from '../../server/synthesis/privacy.js';
import type { Vote } from '../../server/synthesis/votes.js';
import { polisDataDir } from '../support/polis-data.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function writeFolder(files: PolisFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'concert-polis-'));
  dirs.push(dir);
  for (const name of POLIS_FILES) writeFileSync(join(dir, name), files[name]);
  return dir;
}

type Table = Record<string, string>[];
const table = (csv: string): Table => parse(csv, { columns: true }) as Table;

/** mulberry32: a seeded stand-in for the export's random source. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Each participant as the votes that count (latest per statement), by the statement's position
 * among the input's contributions (the synthesis' order, and the comment-id after export): the
 * same person before and after an export, whatever their id.
 */
function voteVectors(input: SynthesisInput): Map<string, string> {
  const position = new Map(input.contributions.map((c, i) => [c.id, i]));
  const latest = new Map<string, Map<number, number>>();
  for (const v of input.votes) {
    const at = position.get(v.contribution);
    if (at === undefined) continue;
    if (!latest.has(v.participant)) latest.set(v.participant, new Map());
    latest.get(v.participant)!.set(at, v.vote);
  }
  return new Map([...latest].map(([p, votes]) => [p, [...votes].sort(([a], [b]) => a - b).map(([at, vote]) => `${at}:${vote}`).join(',')]));
}

/** Stored participant -> voter id in the export, matched by votes (exact when no two vote alike). */
function exportIds(input: SynthesisInput, files: PolisFiles): Map<string, string> {
  const exported = new Map([...voteVectors(importPolisFolder(writeFolder(files)).input)].map(([id, vector]) => [vector, id]));
  return new Map([...voteVectors(input)].map(([p, vector]) => [p, exported.get(vector)!]));
}

/** Groups, in order, each as the sorted vote vectors of its members. */
function groupsAsVectors(groups: readonly (readonly string[])[], vectors: Map<string, string>): string[][] {
  return groups.map((members) => members.map((p) => vectors.get(p)!).sort());
}

/** Groups by the `group-id` column of participants-votes.csv, in group-id order. */
function groupIdColumn(dir: string): string[][] {
  const byGroup = new Map<string, string[]>();
  for (const [participant, group] of readPolisGroups(dir)) byGroup.set(group, [...(byGroup.get(group) ?? []), participant]);
  return [...byGroup].sort(([a], [b]) => Number(a) - Number(b)).map(([, members]) => members);
}

const STATEMENTS = [
  'Labour mobility schemes should be expanded with fair recruitment.',
  'Border enforcement must come before any new global framework.',
  'Regional processes deliver more than global forums.',
  'Returns should be conditioned on development aid.',
  'Visa fees for students are far too high.',
  'Remittance costs should be capped by law.',
  'Parliamentarians should scrutinise migration deals.',
  'Detention of children must end everywhere.',
  'Refugee protection under the 1951 Convention is common ground.',
  'Data on migration should be shared between States.',
  'Diaspora organisations belong at the table.',
  'The Global Forum needs outcomes, not only dialogue.',
];

/**
 * Two sessions; thirty voters in two camps (twenty and ten), opposed on the first eight
 * statements and agreed on the last four, each missing a few votes so that no two vote alike;
 * one voter changes a vote, and a late arrival casts too few votes to join a group: an agree, a
 * pass, and a vote on a contribution that is hidden (absent from the input).
 */
function twoCamps(): SynthesisInput {
  const sessions = [
    { id: 'session-7c1e-geneva', title: 'Geneva roundtable', place: 'Geneva', date: '2026-10-02' },
    { id: 'session-93ab-nairobi', title: 'Nairobi working lunch', place: 'Nairobi', date: '2026-10-09' },
  ];
  const questions = sessions.map((s, k) => ({ id: `question-${k}-f00d`, text: k === 0 ? 'Where is there common ground?' : 'What stands in the way?', sessionId: s.id }));
  const contributions = STATEMENTS.map((text, i) => ({
    id: `contribution-${i}-5eed`,
    text,
    sessionId: sessions[i % 2].id,
    questionId: questions[i % 2].id,
    quotable: i === 0 ? 'Geneva roundtable participant, civil society' : null,
  }));
  const votes: Vote[] = [{ participant: 'participant-secret-0', contribution: contributions[9].id, vote: -1 }];
  for (let p = 0; p < 30; p++) {
    const camp = p % 3 === 0 ? -1 : 1;
    contributions.forEach((c, i) => {
      if ((p + i) % 7 === 0 || (p + 2 * i) % 11 === 0) return;
      votes.push({ participant: `participant-secret-${p}`, contribution: c.id, vote: (i < 8 ? (i % 2 === 0 ? camp : -camp) : 1) as Vote['vote'] });
    });
  }
  votes.push(
    { participant: 'participant-secret-late', contribution: contributions[8].id, vote: 1 },
    { participant: 'participant-secret-late', contribution: contributions[11].id, vote: 0 },
    { participant: 'participant-secret-late', contribution: 'contribution-hidden-5eed', vote: -1 },
  );
  return { title: 'Two camps', sessions, questions, contributions, votes };
}

const realConversation = (name: string) => importPolisFolder(join(polisDataDir(), name)).input;

/** Export, write the four files, import them back and run the engine again: the groups must not change. */
function expectSameGroupsAfterReimport(input: SynthesisInput): void {
  const synthesis = synthesize(input);
  expect(synthesis.groups.length).toBeGreaterThanOrEqual(2);
  const before = groupsAsVectors(synthesis.groups.map((g) => g.participants), voteVectors(input));
  const dir = writeFolder(polisExport(synthesis, input));
  const reimported = importPolisFolder(dir).input;
  const again = synthesize(reimported);
  const vectors = voteVectors(reimported);
  expect(again.groups.map((g) => g.participants.length)).toEqual(synthesis.groups.map((g) => g.participants.length));
  expect(groupsAsVectors(again.groups.map((g) => g.participants), vectors)).toEqual(before);
  // The group-id column tells the same story as the synthesis it was exported from.
  expect(groupsAsVectors(groupIdColumn(dir), vectors)).toEqual(before);
}

describe('the Pol.is export', () => {
  it('re-imports a hand-made round into the engine with the same opinion groups, member for member', () => {
    const input = twoCamps();
    const synthesis = synthesize(input);
    // Every voter's votes are unique, so matching by votes pins each member down exactly.
    const vectors = voteVectors(input);
    expect(new Set(vectors.values()).size).toBe(vectors.size);
    expect(synthesis.groups.map((g) => g.participants.length)).toEqual([20, 10]);
    expectSameGroupsAfterReimport(input);
  });

  it.each(['15-per-hour-seattle', 'london.youth.policing'])('re-imports the real Pol.is conversation %s with the same opinion groups', (name) => {
    expectSameGroupsAfterReimport(realConversation(name));
  });

  it('leaves the group-id empty for a voter in no group, and writes each effective vote once', () => {
    const input = twoCamps();
    const synthesis = synthesize(input);
    const files = polisExport(synthesis, input);
    const exportIdOf = exportIds(input, files);
    const rows = new Map(table(files['participants-votes.csv']).map((r) => [r.participant, r]));
    expect(rows.get(exportIdOf.get('participant-secret-late')!)!['group-id']).toBe('');
    // participant-secret-0 first disagreed with statement 9, then agreed: only the agreement is exported.
    const changed = table(files['votes.csv']).filter((r) => r['voter-id'] === exportIdOf.get('participant-secret-0') && r['comment-id'] === '9');
    expect(changed.map((r) => r.vote)).toEqual(['1']);
    expect(table(files['votes.csv'])).toHaveLength(synthesis.stats.votes);
  });

  it('draws fresh voter ids for every export, none equal to a stored id, rows not in stored order', () => {
    const input = twoCamps();
    const synthesis = synthesize(input);
    const stored = [...new Set(input.votes.map((v) => v.participant))];
    const first = polisExport(synthesis, input);
    const second = polisExport(synthesis, input);
    const [ids, otherIds] = [first, second].map((files) => {
      const idOf = exportIds(input, files);
      return stored.map((p) => idOf.get(p)!);
    });
    expect([...ids].sort((a, b) => Number(a) - Number(b))).toEqual(stored.map((_, i) => String(i)));
    // 31 voters: the same renaming twice is a 1-in-31! chance.
    expect(ids).not.toEqual(otherIds);
    for (const files of [first, second]) {
      const cells = Object.values(files).flatMap((csv) => (parse(csv, { relax_column_count: true }) as string[][]).flat());
      for (const p of stored) expect(cells).not.toContain(p);
      const voterColumn = table(files['votes.csv']).map((r) => Number(r['voter-id']));
      expect(voterColumn).toEqual([...voterColumn].sort((a, b) => a - b));
      const participantColumn = table(files['participants-votes.csv']).map((r) => Number(r.participant));
      expect(participantColumn).toEqual([...participantColumn].sort((a, b) => a - b));
    }
    // The rows follow the new ids, so the stored order of participants does not come through.
    expect(ids).not.toEqual(stored.map((_, i) => String(i)));
  });

  it('draws the ids from the given random source', () => {
    const input = twoCamps();
    const synthesis = synthesize(input);
    expect(polisExport(synthesis, input, { random: seeded(7) })).toEqual(polisExport(synthesis, input, { random: seeded(7) }));
    expect(polisExport(synthesis, input, { random: seeded(7) })['votes.csv']).not.toEqual(polisExport(synthesis, input, { random: seeded(8) })['votes.csv']);
  });

  it('writes no identifier of the input: participants, contributions, sessions, questions', () => {
    const input = twoCamps();
    const synthesis = synthesize(input);
    const everything = [...Object.values(polisExport(synthesis, input)), contributionsCsv(synthesis, input)].join('\n');
    const ids = [
      ...input.votes.map((v) => v.participant),
      ...input.votes.map((v) => v.contribution),
      ...input.sessions.map((s) => s.id),
      ...(input.questions ?? []).map((q) => q.id),
    ];
    for (const id of new Set(ids)) expect(everything).not.toContain(id);
    expect(everything).not.toMatch(/secret|5eed|f00d|7c1e|93ab|2026/);
  });

  it('refuses a synthesis whose groups name other ids than the votes', () => {
    const input = twoCamps();
    expect(() => polisExport(withOpaqueParticipants(synthesize(input)), input)).toThrow(/raw synthesis/);
  });

  it('lays the files out with the real Pol.is headers, without authors or times', () => {
    const real = (file: string) => readFileSync(join(polisDataDir(), '15-per-hour-seattle', file), 'utf8');
    const header = (csv: string) => csv.split(/\r?\n/)[0];
    const input = twoCamps();
    const synthesis = synthesize(input);
    const files = polisExport(synthesis, input);
    expect(header(files['comments.csv'])).toBe(header(real('comments.csv')));
    expect(header(files['votes.csv'])).toBe(header(real('votes.csv')));
    const pvHeader = header(files['participants-votes.csv']).split(',');
    expect(pvHeader.slice(0, 6)).toEqual(header(real('participants-votes.csv')).split(',').slice(0, 6));
    expect(pvHeader.slice(6)).toEqual(synthesis.contributions.map((_, i) => String(i)));

    const comments = table(files['comments.csv']);
    expect(comments.map((r) => r['comment-id'])).toEqual(synthesis.contributions.map((_, i) => String(i)));
    expect(comments.map((r) => r['comment-body'])).toEqual(synthesis.contributions.map((c) => c.text));
    expect(comments.map((r) => [r.agrees, r.disagrees])).toEqual(synthesis.contributions.map((c) => [String(c.tally.agree), String(c.tally.disagree)]));
    expect(new Set(comments.map((r) => `${r.timestamp}|${r.datetime}|${r['author-id']}|${r.moderated}`))).toEqual(new Set(['|||1']));

    const votes = table(files['votes.csv']);
    expect(new Set(votes.map((r) => `${r.timestamp}|${r.datetime}`))).toEqual(new Set(['|']));
    expect(new Set(votes.map((r) => r.vote))).toEqual(new Set(['1', '-1', '0']));

    for (const row of table(files['participants-votes.csv'])) {
      const cast = synthesis.contributions.map((_, i) => row[String(i)]).filter((v) => v !== '');
      expect(row['n-comments']).toBe('0');
      expect([row['n-votes'], row['n-agree'], row['n-disagree']]).toEqual([cast.length, cast.filter((v) => v === '1').length, cast.filter((v) => v === '-1').length].map(String));
    }

    const realKeys = (parse(real('summary.csv')) as string[][]).map(([key]) => key);
    const summary = parse(files['summary.csv']) as string[][];
    expect(summary.map(([key]) => key)).toEqual(realKeys.filter((key) => key !== 'views'));
    expect(Object.fromEntries(summary)).toEqual({
      topic: 'Two camps',
      url: '',
      voters: '31',
      'voters-in-conv': '30',
      commenters: '',
      comments: '12',
      groups: '2',
      'conversation-description': '2 sessions in Geneva and Nairobi, exported from Concert',
    });
  });

  describe('as a zip', () => {
    afterEach(() => vi.useRealTimers());

    it('holds the four files and not the time of export', async () => {
      const input = twoCamps();
      const files = polisExport(synthesize(input), input, { random: seeded(1) });
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-03-01T09:00:00Z'));
      const zipped = await polisZip(files);
      vi.setSystemTime(new Date('2031-11-17T18:45:00Z'));
      expect((await polisZip(files)).equals(zipped)).toBe(true);
      const zip = await JSZip.loadAsync(zipped);
      expect(Object.keys(zip.files).sort()).toEqual([...POLIS_FILES].sort());
      for (const name of POLIS_FILES) expect(await zip.file(name)!.async('string')).toBe(files[name]);
      for (const entry of Object.values(zip.files)) expect(entry.date.getUTCFullYear()).toBe(2000);
    });
  });
});
