/**
 * The domain is pure: nothing it imports, directly or through shared/, reaches the engine, the
 * store, the sockets or any other layer of the server, or a module that does I/O.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DOMAIN = join(ROOT, 'server', 'domain');
/** The only server folder the domain's imports may reach. */
const ALLOWED_FOLDERS = ['server/domain/', 'shared/'];
/** Packages the domain's graph may use: validation only. */
const ALLOWED_PACKAGES = new Set(['zod']);

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const STATIC_IMPORT = /^\s*(?:import\s*|(?:import|export)\b[^;'"]*?\bfrom\s*)['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The modules a file imports, statically or dynamically (comments left out). */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(STATIC_IMPORT), ...code.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]);
}

function resolveRelative(from: string, specifier: string): string {
  const target = resolve(dirname(from), specifier);
  const asTs = target.replace(/\.js$/, '.ts');
  if (existsSync(asTs)) return asTs;
  if (existsSync(target)) return target;
  throw new Error(`${relative(ROOT, from)} imports ${specifier}, which does not exist`);
}

/** Every import the graph from these files makes that leaves the allowed folders or packages, as "file -> import". */
function scan(entries: string[]): { seen: Set<string>; forbidden: string[] } {
  const seen = new Set<string>();
  const forbidden: string[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const specifier of importsOf(file)) {
      const where = `${relative(ROOT, file)} -> ${specifier}`;
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier);
        const path = relative(ROOT, target).split('\\').join('/');
        if (ALLOWED_FOLDERS.some((folder) => path.startsWith(folder))) queue.push(target);
        else forbidden.push(where);
      } else if (!ALLOWED_PACKAGES.has(specifier.split('/')[0])) {
        forbidden.push(where);
      }
    }
  }
  return { seen, forbidden };
}

describe('the domain', () => {
  it('imports nothing from the engine, the store, the sockets or any I/O module, directly or through shared/', () => {
    expect(scan(sourcesUnder(DOMAIN)).forbidden).toEqual([]);
  });

  it('is scanned through shared/, and a file that does I/O is caught', () => {
    const { seen } = scan(sourcesUnder(DOMAIN));
    expect([...seen].map((f) => relative(ROOT, f))).toContain(join('shared', 'protocol', 'curation.ts'));
    const self = scan([join(ROOT, 'test', 'domain', 'dependencies.test.ts')]).forbidden;
    expect(self).toEqual(expect.arrayContaining([expect.stringMatching(/-> node:fs$/), expect.stringMatching(/-> vitest$/)]));
  });
});
