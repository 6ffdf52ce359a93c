/**
 * An error that escapes every handler stops the node with a non-zero exit code for its supervisor,
 * after one log line that says where it happened and never what anyone typed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { FAULT_MESSAGE } from '../support/fault-on-signal.js';
import { cleanupAfter, removeDir, tempDir } from './harness.js';
import { spawnNode } from './processes.js';

const cleanup = cleanupAfter(afterAll);

describe.each([
  ['exception', 'uncaught exception'],
  ['rejection', 'unhandled rejection'],
])('an unhandled %s in a node process', (fault, kind) => {
  it('is logged without its message and ends the process with a non-zero code', async () => {
    const dataDir = tempDir();
    cleanup.push(() => removeDir(dataDir));
    const node = await spawnNode({ DATA_DIR: dataDir, FAULT: fault }, undefined, { nodeArgs: ['--import', './test/support/fault-on-signal.ts'] });
    cleanup.push(() => node.kill9());
    expect((await fetch(`${node.url}/healthz`)).status).toBe(200);

    node.child.kill('SIGUSR2');
    const code = await Promise.race([node.exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))]);
    expect(code).toBe(1);

    const fatal = node.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatchObject({ kind, error: { name: 'SyntaxError', code: 'E_TEST_FAULT' } });
    const frames = (fatal[0].error as { frames: string[] }).frames;
    expect(frames.some((f) => f.includes('fault-on-signal.ts'))).toBe(true);
    expect(node.logs.join('\n')).not.toContain('veto the compact');
    expect(node.stderr()).not.toContain('veto the compact');
    expect(FAULT_MESSAGE).toContain('veto the compact');
  });
});
