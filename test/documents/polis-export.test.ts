import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { POLIS_FILES, polisExport, polisZip, type PolisFiles } from '../../server/documents/polis-export.js';
import { synthesize } from '../../server/synthesis/engine.js';
import type { SynthesisInput } from '../../server/synthesis/input.js';
import { importPolisFolder } from '../../server/synthesis/polis.js';
import type { Vote } from '../../server/synthesis/votes.js';
import { polisDataDir } from '../support/polis-data.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function reimport(files: PolisFiles): SynthesisInput {
  const dir = mkdtempSync(join(tmpdir(), 'concert-polis-'));
  dirs.push(dir);
  for (const name of POLIS_FILES) writeFileSync(join(dir, name), files[name]);
  return importPolisFolder(dir).input;
}

/** A participant as their votes, by statement position: the same person before and after an export. */
function signatures(input: SynthesisInput, order: readonly string[]): Map<string, string> {
  const position = new Map(order.map((id, i) => [id, i]));
  const by = new Map<string, string[]>();
  for (const v of input.votes) by.set(v.participant, [...(by.get(v.participant) ?? []), `${position.get(v.contribution)}:${v.vote}`]);
  return new Map([...by].map(([p, votes]) => [p, votes.sort().join(',')]));
}

/** Each opinion group as the sorted list of its members' vote signatures. */
function groupsBySignature(input: SynthesisInput): string[][] {
  const s = synthesize(input);
  const sig = signatures(input, s.contributions.map((c) => c.id));
  return s.groups.map((g) => g.participants.map((p) => sig.get(p)!).sort());
}

/** Two camps of voters, opposed on eight statements and agreed on four. */
function twoCamps(): SynthesisInput {
  const contributions = Array.from({ length: 12 }, (_, i) => ({ id: `stmt-${i}`, text: `Statement ${i} on labour mobility and refugee protection`, sessionId: 's1' }));
  const votes: Vote[] = [];
  for (let p = 0; p < 30; p++) {
    const camp = p % 3 === 0 ? -1 : 1;
    contributions.forEach((c, i) => {
      if ((p + i) % 7 === 0) return;
      votes.push({ participant: `secret-key-${p}`, contribution: c.id, vote: (i < 8 ? (i % 2 === 0 ? camp : -camp) : 1) as Vote['vote'] });
    });
  }
  return { title: 'Two camps', sessions: [{ id: 's1', title: 'Geneva roundtable', place: 'Geneva' }], contributions, votes };
}

describe('the Pol.is export', () => {
  it('re-imports into the engine with the same opinion groups', () => {
    const input = twoCamps();
    const before = groupsBySignature(input);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(groupsBySignature(reimport(polisExport(synthesize(input), input)))).toEqual(before);
  });

  it('re-imports a real Pol.is conversation with the same opinion groups', { timeout: 60_000 }, () => {
    const input = importPolisFolder(join(polisDataDir(), '15-per-hour-seattle')).input;
    const before = groupsBySignature(input);
    expect(before.length).toBe(2);
    expect(groupsBySignature(reimport(polisExport(synthesize(input), input)))).toEqual(before);
  });

  it('draws fresh voter ids for every export, none equal to a stored id, rows not in stored order', () => {
    const input = twoCamps();
    const synthesis = synthesize(input);
    const voterColumn = (files: PolisFiles) => (parse(files['participants-votes.csv'], { columns: true }) as Record<string, string>[]).map((r) => r.participant);
    const first = polisExport(synthesis, input);
    const second = polisExport(synthesis, input);
    const ids = voterColumn(first);
    expect(ids).toEqual([...ids].sort((a, b) => Number(a) - Number(b)));
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: 30 }, (_, i) => String(i))));
    const votesOf = (files: PolisFiles, id: string) =>
      (parse(files['votes.csv'], { columns: true }) as Record<string, string>[]).filter((r) => r['voter-id'] === id).map((r) => `${r['comment-id']}:${r.vote}`).join(',');
    // The same person's votes sit under a different id in the second export (30 voters: a repeat is a 1-in-30 chance per id, so compare them all).
    const moved = ids.filter((id) => votesOf(first, id) !== votesOf(second, id)).length;
    expect(moved).toBeGreaterThan(15);
    const all = Object.values(first).join('\n');
    for (const v of input.votes) expect(all).not.toContain(v.participant);
    for (const c of input.contributions) expect(all).not.toContain(c.id);
    const storedOrder = signatures(input, synthesis.contributions.map((c) => c.id));
    const exportedInput = reimport(first);
    const exportedOrder = [...new Set(exportedInput.votes.map((v) => v.participant))];
    expect(exportedOrder.map((p) => signatures(exportedInput, exportedInput.contributions.map((c) => c.id)).get(p))).not.toEqual([...storedOrder.values()]);
  });

  it('lays the files out as Pol.is does and zips them without the time of export', async () => {
    const input = twoCamps();
    const files = polisExport(synthesize(input), input);
    expect(files['comments.csv'].split('\r\n')[0]).toBe('timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body');
    expect(files['votes.csv'].split('\r\n')[0]).toBe('timestamp,datetime,comment-id,voter-id,vote');
    expect(files['participants-votes.csv'].split('\r\n')[0]).toMatch(/^participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2,/);
    expect(parse(files['summary.csv']) as string[][]).toContainEqual(['groups', String(synthesize(input).groups.length)]);
    const zip = await JSZip.loadAsync(await polisZip(files));
    expect(Object.keys(zip.files).sort()).toEqual([...POLIS_FILES].sort());
    for (const entry of Object.values(zip.files)) expect(entry.date.getUTCFullYear()).toBe(2000);
  });
});
