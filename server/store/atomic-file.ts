import { closeSync, fsyncSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';

const tempOf = (path: string) => `${path}.${process.pid}.tmp`;

/** Replaces a file so that a crash leaves either the old or the new content, never a mix. */
export function writeFileAtomic(path: string, content: string | Buffer, mode = 0o600): void {
  const temp = tempOf(path);
  writeFileSync(temp, content, { mode });
  const fd = openSync(temp, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

/** writeFileAtomic off the event loop; callers must not replace the same file twice at once. */
export async function replaceFile(path: string, content: string | Buffer, mode = 0o600): Promise<void> {
  const temp = tempOf(path);
  const file = await open(temp, 'w', mode);
  try {
    await file.writeFile(content);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, path);
}
