import { appendFileSync, constants, readdirSync, readFileSync, readlinkSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoundEvent } from '../../server/domain/events.js';
import { createRound } from '../../server/domain/round.js';
import { decodeRecords, FileEventLog, type DamagedRound } from '../../server/store/file-log.js';
import { openEmbeddedStore } from '../../server/store/embedded.js';
import { RoundDamaged } from '../../server/store/types.js';
import { removeDir, tempDir } from '../integration/harness.js';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  dirs.splice(0).forEach(removeDir);
});

const edit = (n: number): RoundEvent => ({ type: 'question.edited', sessionId: 's', questionId: `q${n}`, text: `Question number ${n}` });

async function logWithThreeRecords() {
  const dir = tempDir();
  dirs.push(dir);
  const log = new FileEventLog(dir);
  await log.append('round', [edit(1), edit(2)], 0);
  await log.append('round', [edit(3)], 2);
  await log.close();
  return { dir, file: join(dir, 'rounds', 'round.log') };
}

describe('an append', () => {
  // Linux tells each open file's flags in /proc; elsewhere there is nothing to read them from.
  it.runIf(process.platform === 'linux')('is written through a file opened for synchronized data writes (O_DSYNC), so it is on the disk when it resolves', async () => {
    const { dir, file } = await logWithThreeRecords();
    const log = new FileEventLog(dir);
    await log.append('round', [edit(4)], 3);
    const fd = readdirSync('/proc/self/fd').find((n) => {
      try {
        return readlinkSync(`/proc/self/fd/${n}`) === file;
      } catch {
        return false;
      }
    });
    expect(fd).toBeDefined();
    const flags = parseInt(/^flags:\s+(\d+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))![1], 8);
    expect(flags & constants.O_DSYNC).toBe(constants.O_DSYNC);
    expect(flags & constants.O_APPEND).toBe(constants.O_APPEND);
    await log.close();
  });
});

describe('torn-tail repair of the embedded log', () => {
  it('cuts a record torn mid-write and carries on from the last whole one', async () => {
    const { dir, file } = await logWithThreeRecords();
    const whole = readFileSync(file);
    const lastRecordStart = whole.lastIndexOf(0x0a, whole.length - 2) + 1;
    truncateSync(file, lastRecordStart + 20);

    const reopened = new FileEventLog(dir);
    expect((await reopened.read('round')).map((e) => e.event)).toEqual([edit(1), edit(2)]);
    expect(reopened.recoveries).toEqual([{ roundId: 'round', truncatedBytes: 20 }]);
    expect(statSync(file).size).toBe(lastRecordStart);
    const stored = await reopened.append('round', [edit(4)], 2);
    expect(stored.map((e) => e.seq)).toEqual([3]);
    await reopened.close();

    const again = new FileEventLog(dir);
    expect((await again.read('round')).map((e) => e.event)).toEqual([edit(1), edit(2), edit(4)]);
    expect(again.recoveries).toEqual([]);
    await again.close();
  });

  it('cuts a last record whose checksum does not match (garbage written before the crash)', async () => {
    const { dir, file } = await logWithThreeRecords();
    appendFileSync(file, '0badc0de {"seq":4,"event":{"type":"question.edited"');
    const reopened = new FileEventLog(dir);
    expect(await reopened.read('round')).toHaveLength(3);
    expect(reopened.recoveries).toHaveLength(1);
    await reopened.close();
  });

  it('refuses to guess when a record before the tail is damaged', async () => {
    const { dir, file } = await logWithThreeRecords();
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('Question number 1', 'Question number X'));
    const reopened = new FileEventLog(dir);
    await expect(reopened.read('round')).rejects.toThrow(/damaged and is not the last one/);
  });
});

/** The prototype of the handles the log writes through, to make their calls fail as a full disk does. */
async function fileHandlePrototype() {
  const handle = await open(process.execPath, 'r');
  await handle.close();
  return Object.getPrototypeOf(handle) as { appendFile(data: Buffer): Promise<void>; truncate(length: number): Promise<void> };
}

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** Appends write the first half of their bytes, then fail with ENOSPC (write(2) on a full disk). */
async function diskFillsUp() {
  const proto = await fileHandlePrototype();
  const appendFile = proto.appendFile;
  return vi.spyOn(proto, 'appendFile').mockImplementation(async function (this: unknown, data: Buffer) {
    await appendFile.call(this, data.subarray(0, data.length >> 1));
    throw enospc();
  });
}

function fileIsClean(file: string) {
  const bytes = readFileSync(file);
  const { events, goodBytes } = decodeRecords(bytes, file);
  expect(goodBytes).toBe(bytes.length);
  return events;
}

/** The three-record log, opened again, and its file's bytes at that point. */
async function openLogWithThreeRecords() {
  const { dir, file } = await logWithThreeRecords();
  const log = new FileEventLog(dir);
  await log.read('round');
  return { dir, file, log, before: readFileSync(file) };
}

describe('a failed append', () => {
  it('leaves the file as it was before, so the next append and a restart find every stored record', async () => {
    const { dir, file, log, before } = await openLogWithThreeRecords();

    const full = await diskFillsUp();
    await expect(log.append('round', [edit(4), edit(5)], 3)).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(file)).toEqual(before);
    full.mockRestore();

    expect((await log.append('round', [edit(6)], 3)).map((e) => e.seq)).toEqual([4]);
    await log.close();
    expect(fileIsClean(file).map((e) => e.event)).toEqual([edit(1), edit(2), edit(3), edit(6)]);
    const reopened = new FileEventLog(dir);
    expect(await reopened.read('round')).toHaveLength(4);
    expect(reopened.recoveries).toEqual([]);
    await reopened.close();
  });

  it('stops appending to the round when even cutting the partial record off fails, until it is opened again', async () => {
    const { file, log, before } = await openLogWithThreeRecords();

    const full = await diskFillsUp();
    const stuck = vi.spyOn(await fileHandlePrototype(), 'truncate').mockRejectedValue(Object.assign(new Error('EIO'), { code: 'EIO' }));
    await expect(log.append('round', [edit(4)], 3)).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(file).length).toBeGreaterThan(before.length);
    full.mockRestore();
    stuck.mockRestore();

    // Opened again: the partial record is cut off before anything is read or appended.
    expect(await log.read('round')).toHaveLength(3);
    expect(readFileSync(file)).toEqual(before);
    expect((await log.append('round', [edit(5)], 3)).map((e) => e.seq)).toEqual([4]);
    await log.close();
    expect(fileIsClean(file).map((e) => e.event)).toEqual([edit(1), edit(2), edit(3), edit(5)]);
  });
});

describe('a damaged round file', () => {
  async function damageFirstRecord(file: string) {
    writeFileSync(file, readFileSync(file, 'utf8').replace('Question number 1', 'Question number X'));
  }

  it('is set aside with RoundDamaged while the other rounds are read and written', async () => {
    const { dir, file } = await logWithThreeRecords();
    const setup = new FileEventLog(dir);
    await setup.append('other', [edit(9)], 0);
    await setup.close();
    await damageFirstRecord(file);

    const log = new FileEventLog(dir);
    const reported: DamagedRound[] = [];
    log.onDamaged((d) => reported.push(d));
    await expect(log.read('round')).rejects.toBeInstanceOf(RoundDamaged);
    await expect(log.append('round', [edit(4)], 3)).rejects.toBeInstanceOf(RoundDamaged);
    expect(reported).toEqual([{ roundId: 'round', record: 1 }]);
    expect(await log.read('other')).toHaveLength(1);
    expect(await log.append('other', [edit(10)], 1)).toHaveLength(1);
    await log.close();
  });

  it('does not stop the embedded store from opening; the other rounds keep their join codes', async () => {
    const { dir, file } = await logWithThreeRecords();
    const setup = new FileEventLog(dir);
    const session: RoundEvent = { type: 'session.created', sessionId: 'session-1', title: 'Roundtable', place: 'Rabat', date: '2026-12-01', format: 'roundtable', joinCode: 'ABC234', questions: [] };
    await setup.append('other', [...createRound('other', 'Other round', 'hash'), session], 0);
    await setup.close();
    await damageFirstRecord(file);

    const store = await openEmbeddedStore(dir);
    expect(store.damagedRounds!()).toBe(1);
    expect(await store.joinCodes.resolve('ABC234')).toEqual({ roundId: 'other', sessionId: 'session-1' });
    await expect(store.log.read('round')).rejects.toBeInstanceOf(RoundDamaged);
    await store.close();
  });
});
