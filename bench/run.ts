/** `npm run bench`: every performance target of the project, measured and printed with its ratio. */
import { existsSync } from 'node:fs';
import { benchBundle } from './bundle.js';
import { benchPostLatency, benchVoteAggregates } from './realtime.js';

const results: Record<string, number> = {};

console.log('\n== Client bundle ==');
Object.assign(results, benchBundle());

console.log('\n== Live session ==');
Object.assign(results, await benchPostLatency());
Object.assign(results, await benchVoteAggregates());

for (const [title, module, fn] of [
  ['Synthesis engine', './synthesis.js', 'benchSynthesis'],
  ['Exports', './exports.js', 'benchExports'],
] as const) {
  if (!existsSync(new URL(module.replace('.js', '.ts'), import.meta.url))) continue;
  console.log(`\n== ${title} ==`);
  const mod = (await import(module)) as Record<string, () => Promise<Record<string, number>>>;
  Object.assign(results, await mod[fn]());
}

console.log('\n== Summary (JSON) ==');
console.log(JSON.stringify(results, null, 2));
process.exit(0);
