/**
 * Build step: beside every text file of the built client, a brotli (`.br`) and a gzip (`.gz`) copy, so the
 * server sends compressed files without compressing on each request (server/http/client-files.ts).
 * A copy that would not be smaller is not written; the server then sends the file as it is.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/;
/** Below this, headers outweigh what compression saves. */
const MIN_BYTES = 512;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const ENCODINGS = [
  { name: 'br', extension: '.br', compress: (data: Buffer) => brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }) },
  { name: 'gzip', extension: '.gz', compress: (data: Buffer) => gzipped(data, { level: 9 }) },
] as const;

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** Writes the compressed copies of every compressible file under `dir` (in parallel, off the main thread); returns how many were written. */
export async function precompressDir(dir: string): Promise<number> {
  const files = [...filesUnder(dir)].filter((path) => COMPRESSIBLE.test(path) && statSync(path).size >= MIN_BYTES);
  const written = await Promise.all(
    files.flatMap((path) =>
      ENCODINGS.map(async (encoding) => {
        const data = await readFile(path);
        const compressed = await encoding.compress(data);
        if (compressed.length >= data.length) return 0;
        await writeFile(path + encoding.extension, compressed);
        return 1;
      }),
    ),
  );
  return written.reduce<number>((sum, n) => sum + n, 0);
}

export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'concert-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDir(outDir);
    },
  };
}
