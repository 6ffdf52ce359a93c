/**
 * Build step for the translations: each catalogue (client/i18n/catalogues/LANG/PART.ts) becomes its own
 * chunk, `virtual:catalogue/LANG/PART`, with every ICU message compiled ahead of time by icu-minify. The
 * browser then needs only use-intl's small formatter, never an ICU parser, and loads one language at a time.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import compile from 'icu-minify/compile';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:catalogue/';
const RESOLVED = '\0catalogue:';
const ID = /^(en|fr|es)\/(room|console)$/;

type Tree = { [key: string]: string | Tree };

export function compileTree(tree: Tree): unknown {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? compile(value) : compileTree(value)]));
}

export function cataloguePlugin(root: string): Plugin {
  return {
    name: 'concert-catalogues',
    resolveId(id) {
      return id.startsWith(PREFIX) && ID.test(id.slice(PREFIX.length)) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const file = resolve(root, 'client/i18n/catalogues', `${id.slice(RESOLVED.length)}.ts`);
      this.addWatchFile(file);
      const mod = (await tsImport(`${pathToFileURL(file).href}?t=${Date.now()}`, import.meta.url)) as { default: Tree };
      return `export default ${JSON.stringify(compileTree(mod.default))};`;
    },
  };
}
