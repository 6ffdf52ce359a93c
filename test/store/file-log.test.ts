import { appendFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoundEvent } from '../../server/domain/events.js';
import { FileEventLog } from '../../server/store/file-log.js';
import { removeDir, tempDir } from '../integration/harness.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

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
