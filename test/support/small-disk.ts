/**
 * A disk that can be filled up on purpose, for a node's DATA_DIR: a 256 KiB tmpfs where this
 * machine lets the tests mount one (as root), otherwise an ordinary directory whose appends fail
 * with ENOSPC while a flag file exists (test/support/disk-full.ts, preloaded into the node).
 * SMALL_DISK_SIMULATE=1 takes the second way even where mounting works.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../integration/harness.js';

export interface SmallDisk {
  kind: 'tmpfs' | 'simulated';
  /** What the test did, in words, for its output. */
  description: string;
  dir: string;
  /** For the node process: its environment and Node.js arguments. */
  env: Record<string, string>;
  nodeArgs: string[];
  fill(): void;
  free(): void;
  /** Unmounts (if mounted) and removes everything. */
  remove(): void;
}

const SIZE = '256k';

export function smallDisk(): SmallDisk {
  const parent = tempDir('concert-disk-');
  const dir = join(parent, 'data');
  mkdirSync(dir);
  const filler = join(parent, 'filler');
  const mounted = process.env.SMALL_DISK_SIMULATE === undefined && spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE}`, 'tmpfs', dir], { stdio: 'ignore' }).status === 0;
  const remove = () => {
    if (mounted) spawnSync('umount', [dir], { stdio: 'ignore' });
    rmSync(parent, { recursive: true, force: true });
  };
  if (mounted) {
    const fillerOnDisk = join(dir, 'filler');
    return {
      kind: 'tmpfs',
      description: `a ${SIZE.replace('k', ' KiB')} tmpfs mounted for the test, filled up by a file`,
      dir,
      env: {},
      nodeArgs: [],
      fill: () => {
        const { bavail, bsize } = statfsSync(dir);
        try {
          writeFileSync(fillerOnDisk, Buffer.alloc(bavail * bsize));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
        }
      },
      free: () => unlinkSync(fillerOnDisk),
      remove,
    };
  }
  return {
    kind: 'simulated',
    description: 'mounting is not allowed here: ENOSPC simulated at the write call (half the bytes written, then the error)',
    dir,
    env: { DISK_FULL_FLAG: filler },
    nodeArgs: ['--import', './test/support/disk-full.ts'],
    fill: () => writeFileSync(filler, ''),
    free: () => unlinkSync(filler),
    remove,
  };
}
