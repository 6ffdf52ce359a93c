/**
 * Build step: beside every text file of the built client, a brotli (`.br`) and a gzip (`.gz`) copy, so the
 * server sends compressed files without compressing on each request (server/http/client-files.ts).
 * A copy that would not be smaller is not written; the server then sends the file as it is.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/;
/** Below this, headers outweigh what compression saves. */
const MIN_BYTES = 512;

export const ENCODINGS = [
  { name: 'br', extension: '.br', compress: (data: Buffer) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }) },
  { name: 'gzip', extension: '.gz', compress: (data: Buffer) => gzipSync(data, { level: 9 }) },
] as const;

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** Writes the compressed copies of every compressible file under `dir`; returns how many were written. */
export function precompressDir(dir: string): number {
  let written = 0;
  for (const path of filesUnder(dir)) {
    if (!COMPRESSIBLE.test(path) || statSync(path).size < MIN_BYTES) continue;
    const data = readFileSync(path);
    for (const encoding of ENCODINGS) {
      const compressed = encoding.compress(data);
      if (compressed.length >= data.length) continue;
      writeFileSync(path + encoding.extension, compressed);
      written++;
    }
  }
  return written;
}

export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'concert-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDir(outDir);
    },
  };
}
