import { polisDataDir } from '../support/polis-data.js';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../server/cli/synthesize.js';
import { ari } from '../../server/polis/compare.js';
import { readPolisGroups } from '../../server/polis/import.js';
import type { Synthesis } from '../../shared/synthesis.js';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * The CLI as `npm run synthesize` runs it: under tsx. Started as `node --import tsx` (the same
 * tsx loader `npx tsx` uses) to skip npx's half-second package lookup per spawn.
 */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'server/cli/synthesize.ts', ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
const good = {
  contributions: [
    { id: 'c1', text: 'The GFMD must move from talking to action', session: 'Brussels', place: 'Brussels', question: 'What next?' },
    { id: 'c2', text: 'Refugee protection is common ground', session: 'New York', place: 'New York' },
    { id: 3, text: 'Parliamentarians can push governments', session: 'New York', category: 'parliamentarian' },
  ],
  votes: [
    { participant: 'p1', contribution: 'c1', vote: 1 },
    { participant: 'p2', contribution: 'c1', vote: 1 },
    { participant: 'p3', contribution: 'c2', vote: -1 },
  ],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'synth-cli-'));
  writeFileSync(join(dir, 'good.json'), JSON.stringify(good, null, 2));
  writeFileSync(join(dir, 'bare.json'), JSON.stringify(good.contributions));
  writeFileSync(join(dir, 'empty.json'), '');
  writeFileSync(join(dir, 'broken.json'), '{\n  "contributions": [\n    { "id": "a", "text": "x" },\n    { "id": "b" "text": "y" }\n  ]\n}\n');
  writeFileSync(join(dir, 'bad-record.json'), '{\n "contributions": [\n  {"id": "a", "text": "x"},\n  {"id": "b"}\n ]\n}\n');
  writeFileSync(join(dir, 'huge.json'), '');
  truncateSync(join(dir, 'huge.json'), 51 * 1024 * 1024);
  writeFileSync(join(dir, 'dup-codebook.json'), JSON.stringify({ themes: [{ id: 't1', label: 'One', cues: ['gfmd'] }, { id: 't1', label: 'Again' }] }, null, 2));
  writeFileSync(join(dir, 'bad-codebook.json'), '{ "themes": [ }');
  writeFileSync(join(dir, 'codebook.json'), JSON.stringify({ themes: [{ id: 'forum', label: 'The Forum', cues: ['gfmd'] }] }));
  mkdirSync(join(dir, 'polis-bad'));
  writeFileSync(join(dir, 'polis-bad', 'comments.csv'), 'comment-id,comment-body\n1,hello\n');
  writeFileSync(join(dir, 'polis-bad', 'votes.csv'), 'timestamp,comment-id,vote\n1,1,1\n');
});

describe('npm run synthesize', () => {
  it('runs on a JSON file (and a bare array), printing the synthesis as JSON', async () => {
    const [a, b] = await Promise.all([cli(join(dir, 'good.json')), cli(join(dir, 'bare.json'))]);
    expect(a.code).toBe(0);
    const s = JSON.parse(a.stdout) as Synthesis;
    expect(s.contributions.map((c) => c.id)).toEqual(['c1', 'c2', '3']);
    expect(s.themes.find((t) => t.id === 'agent-gfmd')!.contributions).toEqual(['c1']);
    expect(s.stats).toMatchObject({ contributions: 3, votes: 3 });
    expect(s.sessions.map((x) => x.id)).toEqual(['Brussels', 'New York']);
    expect(b.code).toBe(0);
    expect((JSON.parse(b.stdout) as Synthesis).stats.votes).toBe(0);
  });

  it('runs on a Pol.is export folder and writes --out atomically', async () => {
    const out = join(dir, 'out', 'seattle.json');
    mkdirSync(join(dir, 'out'));
    const r = await cli(`${polisDataDir()}/15-per-hour-seattle`, '--out', out, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const s = JSON.parse(readFileSync(out, 'utf8')) as Synthesis;
    expect(s.groups).toHaveLength(2);
    expect(readdirSync(join(dir, 'out'))).toEqual(['seattle.json']);
  });

  it('keeps the input’s own participant ids in the JSON, so its groups can be checked against Pol.is’s: ARI at least 0.70 on Seattle', async () => {
    const seattle = `${polisDataDir()}/15-per-hour-seattle`;
    const r = await cli(seattle, '--format', 'json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Synthesis;
    const polis = readPolisGroups(seattle);
    const ours = new Map(s.groups.flatMap((g) => g.participants.map((p) => [p, g.id] as const)));
    const both = [...polis.keys()].filter((p) => ours.has(p));
    expect(both).toHaveLength(138);
    expect(ari(both.map((p) => ours.get(p)!), both.map((p) => polis.get(p)!))).toBeGreaterThanOrEqual(0.7);
  });

  it('--codebook none sets the codebook aside: emergent themes only', async () => {
    const r = await cli(join(dir, 'good.json'), '--codebook', 'none');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Synthesis;
    expect(s.framework.codebook).toBe('none');
    expect(s.themes.filter((t) => t.contributions.length > 0).every((t) => t.emergent)).toBe(true);
    expect(s.contributions.every((c) => c.themeIds.every((t) => t.startsWith('emergent:')))).toBe(true);
  });

  it('writes its documents in the language --lang names, and refuses one it does not speak', { timeout: 120_000 }, async () => {
    const r = await cli(join(dir, 'good.json'), '--format', 'md', '--lang', 'es');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Cómo se desarrollaron las conversaciones');
    const wrong = await cli(join(dir, 'good.json'), '--format', 'md', '--lang', 'de');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('known languages: en, fr, es');
  });

  it('uses --codebook in place of the default', async () => {
    const r = await cli(join(dir, 'good.json'), '--codebook', join(dir, 'codebook.json'));
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Synthesis;
    expect(s.themes.filter((t) => !t.emergent).map((t) => t.id)).toEqual(['forum']);
  });

  it('bad input in a real process: message on stderr naming file and line, non-zero exit, no output file', async () => {
    const out = join(dir, 'never-spawned.json');
    const r = await cli(join(dir, 'broken.json'), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.json:4: not valid JSON/);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('every kind of bad input: a clear message naming the file (and line), non-zero exit, no output file', async () => {
    const out = join(dir, 'never.json');
    const cases = [
      [join(dir, 'empty.json'), '--out', out],
      [join(dir, 'huge.json'), '--out', out],
      [join(dir, 'good.json'), '--codebook', join(dir, 'dup-codebook.json'), '--out', out],
      [join(dir, 'good.json'), '--codebook', join(dir, 'bad-codebook.json'), '--out', out],
      [join(dir, 'polis-bad'), '--out', out],
      [join(dir, 'good.json'), '--format', 'odt', '--out', out],
      [join(dir, 'missing.json')],
      [],
      [join(dir, 'bad-record.json'), '--out', out],
    ];
    const results: { code: number; stderr: string }[] = [];
    for (const args of cases) results.push(await inProcess(args));
    const [empty, huge, dup, badCb, polis, format, missing, none, record] = results;
    expect(record.stderr).toMatch(/bad-record\.json:4: invalid input at contributions\[1\]\.text/);
    expect(empty.stderr).toContain(`${join(dir, 'empty.json')}: the file is empty`);
    expect(huge.stderr).toMatch(/huge\.json: the file is 51\.0 MB, over the 50 MB limit/);
    expect(dup.stderr).toMatch(/dup-codebook\.json:\d+: invalid codebook at themes\[1\]\.id: theme id "t1" is used more than once/);
    expect(badCb.stderr).toMatch(/bad-codebook\.json:1: not valid JSON/);
    expect(polis.stderr).toMatch(/polis-bad\/votes\.csv:1: missing column "voter-id"/);
    expect(format.stderr).toContain('unknown format "odt"; known formats: docx, pdf, html, md, csv, polis, json');
    expect(missing.stderr).toMatch(/missing\.json: no such file or folder/);
    expect(none.stderr).toContain('missing INPUT');
    for (const c of results) expect(c.code).not.toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

/** The CLI's main() in this process, stderr captured. */
async function inProcess(args: string[]): Promise<{ code: number; stderr: string }> {
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main(args);
    return { code, stderr: spy.mock.calls.map((c) => String(c[0])).join('') };
  } finally {
    spy.mockRestore();
  }
}
