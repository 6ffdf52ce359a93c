/**
 * Runs the live synthesis in a worker thread, so a recompute of a large round (about 100 ms for
 * a 1,000-person session) does not hold up the messages of the session meanwhile. One
 * computation at a time. Where a worker cannot run, it computes in place, as before.
 */
import { Worker } from 'node:worker_threads';
import type { Synthesis } from '../../shared/synthesis.js';
import { synthesize } from '../synthesis/engine.js';
import type { SynthesisInput } from '../synthesis/input.js';
import { withOpaqueParticipants } from '../synthesis/privacy.js';

/**
 * The server runs from TypeScript through tsx, and a worker's `--import tsx` is not honoured on
 * Node 20: the worker registers tsx itself, then loads the TypeScript entry.
 */
const WORKER_BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./synthesis-worker.ts', import.meta.url).href)}); })`;

function inPlace(input: SynthesisInput): Synthesis {
  return withOpaqueParticipants(synthesize(input));
}

export class SynthesisRunner {
  private worker: Worker | null = null;
  private failed = false;
  private pending: { input: SynthesisInput; resolve(s: Synthesis): void } | null = null;

  /** Callers wait for one computation before asking for the next. */
  compute(input: SynthesisInput): Promise<Synthesis> {
    const worker = this.ensureWorker();
    if (!worker || this.pending) return Promise.resolve(inPlace(input));
    return new Promise((resolve) => {
      this.pending = { input, resolve };
      worker.postMessage(input);
    });
  }

  /** Whether computations run in the worker (false once it failed, or where it could not start). */
  get offThread(): boolean {
    return this.worker !== null;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failed = true;
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = new Worker(WORKER_BOOTSTRAP, { eval: true });
      worker.unref();
      worker.on('message', (synthesis: Synthesis) => this.settle((p) => p.resolve(synthesis)));
      worker.on('error', () => this.fail());
      worker.on('exit', () => this.fail());
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  private settle(fn: (p: NonNullable<SynthesisRunner['pending']>) => void): void {
    const pending = this.pending;
    this.pending = null;
    if (pending) fn(pending);
  }

  /** A worker that fails is not restarted: syntheses are computed in place from then on, the one it held included. */
  private fail(): void {
    this.worker = null;
    this.failed = true;
    this.settle((p) => p.resolve(inPlace(p.input)));
  }
}
