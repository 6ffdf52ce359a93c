/** Files replaced whole: a crash or a failed write leaves the old content or the new, never a mix, and no temporary file. */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';

const tempOf = (path: string) => `${path}.${process.pid}.tmp`;

/** Replaces a file through a temporary one beside it, synced before it is renamed into place. */
export function writeFileAtomic(path: string, content: string | Buffer, mode = 0o600): void {
  const temp = tempOf(path);
  try {
    writeFileSync(temp, content, { mode });
    const fd = openSync(temp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** writeFileAtomic off the event loop; callers must not replace the same file twice at once. */
export async function replaceFile(path: string, content: string | Buffer, mode = 0o600): Promise<void> {
  const temp = tempOf(path);
  try {
    const file = await open(temp, 'w', mode);
    try {
      await file.writeFile(content);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
