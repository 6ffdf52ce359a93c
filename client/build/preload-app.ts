/**
 * Build step: the page links the app chunk (and the chunks it imports) for preloading, so the browser fetches it
 * beside the tiny entry (client/main.tsx) instead of after the entry has run.
 */
import type { Plugin } from 'vite';

export function preloadAppPlugin(appModule: string): Plugin {
  return {
    name: 'concert-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return;
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(appModule));
        if (!app) throw new Error(`preload-app: no chunk for ${appModule}`);
        const files = new Set<string>();
        const add = (fileName: string) => {
          if (files.has(fileName) || chunks.some((c) => c.fileName === fileName && c.isEntry)) return;
          files.add(fileName);
          for (const imported of chunks.find((c) => c.fileName === fileName)?.imports ?? []) add(imported);
        };
        add(app.fileName);
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
