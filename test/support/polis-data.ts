import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The real Pol.is conversations the tests compare against, kept in the repository (test/data/polis, CC BY 4.0). */
export function polisDataDir(): string {
  return process.env.POLIS_DATA ?? resolve(fileURLToPath(import.meta.url), '../../data/polis');
}
