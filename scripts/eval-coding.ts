/**
 * `npm run eval:coding [-- FILE.jsonl ...] [--verbose]`: how well the coder places contributions
 * under the report's framework. Without a file it scores the project's own sets
 * (test/data/coding/dev.jsonl, the part the coder was tuned on, and heldout.jsonl, never tuned on)
 * and, where the report sits beside the project (../shared/seed/report.md, or SEED_REPORT), the report's own
 * Part III statements under their sub-headings. The format is in test/data/coding/README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { codeRecords, parseRecords, reportStatements, scoreRecords, type EvalReport } from './coding-eval.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

function print(name: string, report: EvalReport, verbose: boolean): void {
  console.log(`\n== ${name} (${report.total} records) ==`);
  for (const l of report.languages) {
    const placed = l.placedTotal === 0 ? '' : `right sub-heading ${fmt(l.right, l.placedTotal)}, right or acceptable second ${fmt(l.acceptable, l.placedTotal)}`;
    const none = l.noneTotal === 0 ? '' : `off-topic left unplaced ${fmt(l.rejected, l.noneTotal)}`;
    console.log(`${l.lang}: ${[placed, none].filter(Boolean).join('; ')}${l.placedTotal ? `; on-topic left unplaced ${l.unplaced}` : ''}`);
  }
  if (report.languages.length > 1) {
    const fe = report.languages.filter((l) => l.lang === 'fr' || l.lang === 'es');
    if (fe.length > 0) {
      const acc = fe.reduce((s, l) => s + l.acceptable, 0);
      const tot = fe.reduce((s, l) => s + l.placedTotal, 0);
      console.log(`fr+es: right or acceptable second ${fmt(acc, tot)}`);
    }
  }
  if (report.calibration.length > 0) {
    console.log('confidence (placed records): ' + report.calibration.map((b) => `${b.range} ${b.correct}/${b.count}`).join(', '));
  }
  const confusions = [...report.confusions].sort((a, b) => b.texts.length - a.texts.length || a.expected.localeCompare(b.expected));
  if (confusions.length > 0) {
    console.log('confusions (expected -> placed: count):');
    for (const c of confusions) {
      console.log(`  ${c.expected} -> ${c.got}: ${c.texts.length}`);
      if (verbose) for (const t of c.texts) console.log(`      ${t}`);
    }
  }
}

const fmt = (n: number, d: number) => `${(n / d).toFixed(2)} (${n}/${d})`;

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const files = argv.filter((a) => !a.startsWith('--'));
  const sets: { name: string; path: string }[] = files.length
    ? files.map((f) => ({ name: f, path: resolve(f) }))
    : [
        { name: 'dev (tuned on)', path: resolve(ROOT, 'test/data/coding/dev.jsonl') },
        { name: 'held-out (never tuned on)', path: resolve(ROOT, 'test/data/coding/heldout.jsonl') },
      ];
  for (const set of sets) {
    const records = parseRecords(readFileSync(set.path, 'utf8'), set.path);
    print(set.name, scoreRecords(records, codeRecords(records)), verbose);
  }
  const candidates = [process.env.SEED_REPORT, resolve(ROOT, '../shared/seed/report.md'), resolve(ROOT, '../../shared/seed/report.md')].filter(Boolean) as string[];
  const reportPath = candidates.find((p) => existsSync(p));
  if (files.length === 0) {
    if (reportPath) {
      const records = reportStatements(readFileSync(reportPath, 'utf8'));
      print("the report's own Part III statements", scoreRecords(records, codeRecords(records)), verbose);
    } else {
      console.log(`\n(the report's statements are not scored: no report at ${candidates.join(', ')}; SEED_REPORT names another path)`);
    }
  }
}

main(process.argv.slice(2));
