/**
 * Preloaded into a node process (`node --import`) where a test cannot mount a small filesystem:
 * while the file named by DISK_FULL_FLAG exists, every append through a file handle writes the
 * first half of its bytes and then fails with ENOSPC, as write(2) does when a disk fills up.
 */
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';

const flag = process.env.DISK_FULL_FLAG;
const probe = await open(process.execPath, 'r');
const proto = Object.getPrototypeOf(probe) as { appendFile(data: string | Uint8Array, options?: unknown): Promise<void> };
await probe.close();
const appendFile = proto.appendFile;

proto.appendFile = async function (this: unknown, data: string | Uint8Array, options?: unknown) {
  if (!flag || !existsSync(flag)) return appendFile.call(this, data, options);
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  await appendFile.call(this, bytes.subarray(0, bytes.length >> 1), options);
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
};
