import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompressPlugin } from './client/build/precompress.js';
import { preloadAppPlugin } from './client/build/preload-app.js';
import { cataloguePlugin } from './client/i18n/catalogue-plugin.js';

export default defineConfig({
  root: 'client',
  plugins: [react(), cataloguePlugin(fileURLToPath(new URL('.', import.meta.url))), preloadAppPlugin('/client/app.tsx'), precompressPlugin()],
  resolve: {
    // Messages are compiled at build time (client/i18n/catalogue-plugin.ts): use-intl's formatter without the ICU parser.
    alias: { 'use-intl/format-message': 'use-intl/format-message/format-only' },
  },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
  },
  server: {
    proxy: { '/socket.io': { target: 'http://127.0.0.1:3000', ws: true }, '/api': 'http://127.0.0.1:3000' },
  },
});
