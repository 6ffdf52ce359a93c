import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.js';

/** The key of the server's keyed hashes: from CONCERT_SECRET, else made once and kept in DATA_DIR. */
export function loadFileSecret(dataDir: string, fromEnv = process.env.CONCERT_SECRET): Buffer {
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  const path = join(dataDir, 'secret');
  if (existsSync(path)) return readFileSync(path);
  const secret = randomBytes(32);
  writeFileAtomic(path, secret);
  return secret;
}
