/** The participant page's JavaScript, gzipped: the entry chunk and everything it imports statically. */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

export function benchBundle(build = true): { participantKb: number; facilitatorKb: number } {
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
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  const participant = [...staticClosure(entry)].reduce((sum, k) => sum + gz(manifest[k].file), 0);
  const facilitatorKey = Object.keys(manifest).find((k) => k.includes('FacilitatorApp'))!;
  const facilitator = [...staticClosure(facilitatorKey)].filter((k) => !staticClosure(entry).has(k)).reduce((sum, k) => sum + gz(manifest[k].file), 0);
  const participantKb = participant / 1024;
  const facilitatorKb = facilitator / 1024;
  console.log(`participant page JS (gzip): ${participantKb.toFixed(1)} KB — budget 110 KB: ${participantKb <= 110 ? 'PASS' : 'MISS'}`);
  console.log(`facilitator view, loaded on demand (gzip): ${facilitatorKb.toFixed(1)} KB`);
  return { participantKb, facilitatorKb };
}
