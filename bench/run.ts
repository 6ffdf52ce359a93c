/** `npm run bench`: every performance target of the project, measured and printed with its ratio. */
import { benchBundle } from './bundle.js';
import { benchExports } from './exports.js';
import { benchPageLoad } from './page-load.js';
import { benchPostLatency, benchVoteAggregates } from './realtime.js';
import { benchRoundsAtRest } from './rounds-at-rest.js';
import { benchSynthesis } from './synthesis.js';

const results: Record<string, number> = {};

console.log('\n== Client bundle ==');
Object.assign(results, benchBundle());

console.log('\n== Page load on a conference network ==');
Object.assign(results, await benchPageLoad());

console.log('\n== Live session ==');
Object.assign(results, await benchPostLatency());
Object.assign(results, await benchVoteAggregates());

console.log('\n== A year of rounds at rest ==');
Object.assign(results, await benchRoundsAtRest());

console.log('\n== Synthesis engine ==');
Object.assign(results, await benchSynthesis());

console.log('\n== Exports ==');
Object.assign(results, await benchExports());

console.log('\n== Summary (JSON) ==');
console.log(JSON.stringify(results, null, 2));
process.exit(0);
