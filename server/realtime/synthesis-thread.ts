/**
 * The node's synthesis thread, seen from the event loop. A live synthesis of a plenary takes tens of
 * milliseconds of work, a document's of a large round hundreds: done here, even a slice at a time,
 * it would hold up every message queued behind it. So it is done in a worker thread, one per node,
 * one computation at a time in the order asked. For the live synthesis the thread keeps its own
 * copy of the round, kept current from the committed events; the screen's and the documents'
 * syntheses, rarer, hand over a copy of their input.
 *
 * The thread starts with the first computation asked of it and, holding the engine's language
 * models (about 160 MB), is let go of once it has had nothing to do for a while. If the thread
 * dies, the computations it held fail and the next one starts a new thread (the opinion groups it
 * kept are placed afresh). Participant ids leave the thread already opaque,
 * except in a document's synthesis.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Synthesis } from '../../shared/synthesis.js';
import type { StoredEvent } from '../domain/events.js';
import type { Round } from '../domain/state.js';
import { describeFatal, type FatalDescription } from '../fatal.js';
import type { SynthesisInput } from '../synthesis/input.js';
import type { FromSynthesisThread, ToSynthesisThread } from './synthesis-messages.js';

export interface Computed {
  value: Synthesis;
  /** Time the thread spent computing it. */
  busyMs: number;
}

interface Pending {
  resolve(computed: Computed | null): void;
  reject(error: Error): void;
  /** Asks once more, the round sent anew, when the thread answers that its copy is stale; null once asked again. */
  retry: (() => void) | null;
}

export class SynthesisThreadFailed extends Error {
  constructor(readonly description: FatalDescription) {
    super(`synthesis failed: ${description.name}`);
  }
}

const WORKER_ENTRY = new URL('./synthesis-worker.ts', import.meta.url);
/** A thread with nothing to do for this long is let go of (a round is, after ten minutes without a socket). */
export const SYNTHESIS_THREAD_IDLE_MS = 10 * 60_000;

export class SynthesisThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped = false;
  private idleTimer: NodeJS.Timeout | null = null;
  /** Rounds the thread holds a copy of, by the version this side last sent it up to. */
  private readonly held = new Map<string, number>();

  /**
   * `entry`: the thread's code (tests give their own); `onFailure`: a computation failed or the
   * thread died; `idleMs`: how long the thread may have nothing to do before it is let go of.
   */
  constructor(private readonly options: { entry?: URL; onFailure?: (error: FatalDescription) => void; idleMs?: number } = {}) {}

  /** Whether a thread is running now (tests). */
  get running(): boolean {
    return this.worker !== null;
  }

  /**
   * The input's synthesis, computed on the thread; null once the thread is stopped. Participants
   * leave opaque unless `opaque` is false (a document, whose vote matrix needs them).
   */
  compute(input: SynthesisInput, { opaque = true }: { opaque?: boolean } = {}): Promise<Computed | null> {
    return this.request((id, worker) => this.send(worker, { type: 'compute', id, input, opaque }));
  }

  /**
   * The round's live synthesis, participants opaque, its opinion groups kept between recomputes. The
   * thread keeps its own copy of the round, sent once and then brought up to date by `committed`, so
   * that a recompute copies nothing from the event loop; a copy found stale is sent again.
   */
  computeRound(round: Round): Promise<Computed | null> {
    return this.request((id, worker, resend) => {
      if (resend || this.held.get(round.id) !== round.version) {
        this.send(worker, { type: 'hold', round });
        this.held.set(round.id, round.version);
      }
      this.send(worker, { type: 'compute-held', id, roundId: round.id, version: round.version });
    });
  }

  /** Events committed to a round, folded into the thread's copy of it if it holds one. */
  committed(round: Round, events: readonly StoredEvent[]): void {
    const version = this.held.get(round.id);
    if (version === undefined || !this.worker || events.length === 0) return;
    if (events[0].seq !== version + 1 || events[events.length - 1].seq !== round.version) {
      // Not the next events of the copy (a round read anew): the next computation sends the round again.
      this.held.delete(round.id);
      return;
    }
    this.held.set(round.id, round.version);
    this.send(this.worker, { type: 'events', roundId: round.id, events });
  }

  /** The round was let go of: the thread's copy and the opinion groups it kept go too. */
  forget(roundId: string): void {
    this.held.delete(roundId);
    if (this.worker) this.send(this.worker, { type: 'forget', roundId });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const { resolve } of this.pending.values()) resolve(null);
    await this.letGo();
  }

  private request(ask: (id: number, worker: Worker, resend: boolean) => void): Promise<Computed | null> {
    if (this.stopped) return Promise.resolve(null);
    const worker = this.started();
    const id = this.nextId++;
    this.cancelIdleTimer();
    return new Promise<Computed | null>((resolve, reject) => {
      const retry = () => {
        this.pending.set(id, { resolve, reject, retry: null });
        ask(id, worker, true);
      };
      this.pending.set(id, { resolve, reject, retry });
      ask(id, worker, false);
    }).finally(() => {
      this.pending.delete(id);
      if (this.pending.size === 0) this.startIdleTimer();
    });
  }

  private async letGo(): Promise<void> {
    this.cancelIdleTimer();
    const worker = this.worker;
    this.worker = null;
    this.held.clear();
    await worker?.terminate();
  }

  private startIdleTimer(): void {
    if (this.stopped || !this.worker) return;
    this.idleTimer = setTimeout(() => void this.letGo(), this.options.idleMs ?? SYNTHESIS_THREAD_IDLE_MS);
    this.idleTimer.unref();
  }

  private cancelIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private send(worker: Worker, message: ToSynthesisThread): void {
    worker.postMessage(message);
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(typeScriptEntry(this.options.entry ?? WORKER_ENTRY), { eval: true });
    // The thread never keeps the process alive on its own: stopping the node ends it.
    worker.unref();
    worker.on('message', (message: FromSynthesisThread) => this.received(message));
    worker.on('error', (error) => this.options.onFailure?.(describeFatal(error)));
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.held.clear();
      const died = new SynthesisThreadFailed({ name: 'synthesis thread exited', frames: [] });
      for (const { reject } of this.pending.values()) reject(died);
    });
    this.worker = worker;
    return worker;
  }

  private received(message: FromSynthesisThread): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'done') return pending.resolve({ value: message.synthesis, busyMs: message.busyMs });
    if (message.type === 'stale') {
      if (pending.retry) return pending.retry();
      return pending.reject(new SynthesisThreadFailed({ name: 'the thread’s copy of the round is stale', frames: [] }));
    }
    this.options.onFailure?.(message.error);
    pending.reject(new SynthesisThreadFailed(message.error));
  }
}

/**
 * The thread's code is TypeScript, loaded through tsx's own import, which works in a thread however
 * the node itself was started (tsx's loader flags do not reach worker threads).
 */
function typeScriptEntry(entry: URL): string {
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}));`;
}
