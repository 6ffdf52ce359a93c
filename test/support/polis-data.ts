import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The real Pol.is conversations live beside the project, in ../shared/data/polis (read-only). */
export function polisDataDir(): string {
  const candidates = [process.env.POLIS_DATA, resolve(fileURLToPath(import.meta.url), '../../../../shared/data/polis')].filter(Boolean) as string[];
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error(`Pol.is test data not found; looked in ${candidates.join(', ')}. Set POLIS_DATA to the folder.`);
  return found;
}
