/**
 * Exports of a round of 10 sessions, 400 participants and 2,000 contributions, in every format,
 * timed as the facilitator meets them: the synthesis is computed, then the document rendered.
 * Targets: under 2 s per format, under 5 s for PDF (first PDF includes starting Chromium).
 */
import { EXPORT_FORMATS, type ExportFormatId } from '../shared/exports.js';
import { renderExport } from '../server/documents/exports.js';
import { closePdfRenderer, pdfAvailability } from '../server/documents/pdf.js';
import type { DocumentSource } from '../server/documents/source.js';
import { synthesize } from '../server/synthesis/engine.js';
import { round3 } from '../server/synthesis/precision.js';
import { generateRound } from './synthesis.js';
import { fmt, summarise, verdict } from './stats.js';

const RUNS = 3;

function benchRound() {
  const input = generateRound({ participants: 400, contributions: 2000, votes: 24_000, sessions: 10, seed: 23 });
  input.sessions.forEach((s, i) => Object.assign(s, { date: `2026-10-${String(i + 1).padStart(2, '0')}`, format: i % 4 === 3 ? 'working-meal' : 'roundtable' }));
  input.contributions.forEach((c, i) => {
    if (i % 20 === 0) c.quotable = `${input.sessions.find((s) => s.id === c.sessionId)!.place} roundtable participant, government sector`;
  });
  return input;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function benchExports(): Promise<Record<string, number>> {
  const input = benchRound();
  synthesize(input); // warm-up (JIT)
  const synthesisMs = summarise(await Promise.all(Array.from({ length: RUNS }, () => time(async () => synthesize(input))))).p50;
  const source: DocumentSource = { synthesis: synthesize(input), input, participation: { participants: 400, categories: { ambassador: 60, government: 140, business: 80, 'civil-society': 90, academia: 28 }, remainder: 2 }, scope: 'round' };
  console.log(`round: 10 sessions, 400 participants, 2,000 contributions, ${input.votes.length} votes; synthesis ${fmt(synthesisMs)} (counted in every format below)`);

  const results: Record<string, number> = { exportSynthesisMs: round3(synthesisMs) };
  for (const { id } of EXPORT_FORMATS) {
    const target = id === 'pdf' ? 5000 : 2000;
    if (id === 'pdf' && !pdfAvailability().available) {
      console.log('pdf: skipped, Chromium is not installed (npm test installs it)');
      continue;
    }
    const first = await time(() => renderExport(id as ExportFormatId, source, 'Bench round'));
    const runs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      bytes = (await renderExport(id as ExportFormatId, source, 'Bench round')).body.length;
      runs.push(performance.now() - t);
    }
    const render = summarise(runs).p50;
    const total = synthesisMs + render;
    const cold = id === 'pdf' ? `, first (starting Chromium) ${fmt(synthesisMs + first)}` : '';
    console.log(`${id.padEnd(5)} ${(bytes / 1024).toFixed(0).padStart(6)} KB: render ${fmt(render)}, with synthesis ${fmt(total)}${cold}  ${verdict(total, target)}`);
    results[`export_${id}_Ms`] = round3(total);
    if (id === 'pdf') results.export_pdf_firstMs = round3(synthesisMs + first);
  }
  await closePdfRenderer();
  return results;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  console.log(await benchExports());
}
