/**
 * The participant page's JavaScript, gzipped: the entry chunk, the app chunk it loads at once (client/app.tsx),
 * everything these import statically, and the one language's catalogue the page loads (each language is its own
 * chunk, so each is measured).
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES, type Locale } from '../client/i18n/locales.js';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

export const PARTICIPANT_BUDGET_KB = 110;

export function benchBundle(build = true): Record<string, number> {
  if (build) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
  const dist = 'dist/client';
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  const staticClosure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) staticClosure(dep, seen);
    return seen;
  };
  const catalogue = (locale: Locale, part: string) => Object.keys(manifest).find((k) => k.endsWith(`catalogue:${locale}/${part}`))!;
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  const app = Object.keys(manifest).find((k) => k.endsWith('app.tsx'))!;
  const page = staticClosure(app, staticClosure(entry));
  const core = [...page].reduce((sum, k) => sum + gz(manifest[k].file), 0);
  const participantKbByLocale = Object.fromEntries(LOCALES.map((l) => [l, (core + gz(manifest[catalogue(l, 'room')].file)) / 1024])) as Record<Locale, number>;
  const participantKb = Math.max(...Object.values(participantKbByLocale));
  const facilitatorKey = Object.keys(manifest).find((k) => k.includes('FacilitatorApp'))!;
  const facilitator = [...staticClosure(facilitatorKey)].filter((k) => !page.has(k)).reduce((sum, k) => sum + gz(manifest[k].file), 0);
  const facilitatorKb = facilitator / 1024;
  for (const l of LOCALES) {
    const kb = participantKbByLocale[l];
    console.log(`participant page JS with its ${l} catalogue (gzip): ${kb.toFixed(1)} KB — budget ${PARTICIPANT_BUDGET_KB} KB: ${kb <= PARTICIPANT_BUDGET_KB ? 'PASS' : 'MISS'}`);
  }
  console.log(`facilitator view, loaded on demand (gzip): ${facilitatorKb.toFixed(1)} KB, plus its catalogue ${(gz(manifest[catalogue('en', 'console')].file) / 1024).toFixed(1)} KB`);
  const byLocale = Object.fromEntries(LOCALES.map((l) => [`participantKb_${l}`, participantKbByLocale[l]]));
  return { participantKb, ...byLocale, facilitatorKb };
}
