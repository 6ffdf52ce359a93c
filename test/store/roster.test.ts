import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CoalescedWrite } from '../../server/store/coalesced-write.js';
import { FileRoster } from '../../server/store/file-roster.js';
import { removeDir, tempDir } from '../integration/harness.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function newDir(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

describe('coalesced writes', () => {
  it('runs one write at a time, lets every request made before a write starts share it, and reports failures to their callers', async () => {
    const stored: number[] = [];
    let value = 0;
    let active = 0;
    let fail = false;
    const writer = new CoalescedWrite(async () => {
      active++;
      expect(active).toBe(1);
      const snapshot = value;
      await new Promise((r) => setTimeout(r, 5));
      active--;
      if (fail) throw new Error('disk full');
      stored.push(snapshot);
    });
    value = 1;
    const first = writer.request();
    await new Promise((r) => setImmediate(r));
    const waiting = [2, 3, 4].map((v) => ((value = v), writer.request()));
    await Promise.all([first, ...waiting]);
    expect(stored).toEqual([1, 4]);

    fail = true;
    value = 5;
    await expect(writer.request()).rejects.toThrow('disk full');
    fail = false;
    await writer.settled();
    expect(stored).toEqual([1, 4, 5]);
    await writer.settled();
    expect(stored).toHaveLength(3);
  });
});

describe('embedded roster', () => {
  it('stores every join before it resolves, sorted and without order of arrival, in far fewer writes than joins', async () => {
    const dir = newDir();
    const roster = new FileRoster(dir);
    const keys = Array.from({ length: 300 }, (_, i) => `key-${String(1000 - i)}`);
    await Promise.all(keys.map((key, i) => roster.join('session-1', key, i % 3 === 0 ? 'business' : null)));
    expect(roster.written).toBeLessThan(20);

    const file = JSON.parse(readFileSync(join(dir, 'rosters', 'session-1.json'), 'utf8'));
    expect(file.keys).toEqual([...keys].sort());
    expect(file.categories).toEqual({ business: 100, undisclosed: 200 });
    expect(await new FileRoster(dir).counts('session-1')).toEqual({ participants: 300, categories: { business: 100, undisclosed: 200 } });
  });

  it('counts a phone once, and a second join of it waits for the first to be stored', async () => {
    const dir = newDir();
    const roster = new FileRoster(dir);
    const first = roster.join('s', 'phone', 'academia');
    await roster.join('s', 'phone', 'academia');
    expect(await new FileRoster(dir).counts('s')).toEqual({ participants: 1, categories: { academia: 1 } });
    await first;
  });
});
