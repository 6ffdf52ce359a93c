/**
 * Collects keys marked dirty and hands them over at most once per interval: the first mark after a
 * quiet interval at once (with whatever else the same tick marks), later ones when the interval
 * since the previous flush has passed. A quiet room hears of a vote at once; a busy one no more
 * often than the interval allows.
 *
 * A flush may return a promise of the time it spent working (work handed to the synthesis thread);
 * the next flush waits for it. With `maxBusyShare`, a flush that takes long pushes the next one
 * back, so that flushing takes no more than that share of the time of whatever does the work (a
 * live synthesis of a plenary takes tens of milliseconds: recomputing it every interval would keep
 * a core busy), though never by more than `maxPauseMs`, so that what it shows is never far behind.
 */
export class Coalescer<K> {
  private readonly dirty = new Set<K>();
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  /** When the next flush may start, by performance.now(). */
  private notBefore = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly flush: (keys: Set<K>) => void | Promise<number>,
    private readonly options: { maxBusyShare?: number; maxPauseMs?: number } = {},
  ) {}

  mark(key: K): void {
    this.dirty.add(key);
    this.schedule();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dirty.clear();
  }

  private schedule(): void {
    if (this.timer || this.running || this.dirty.size === 0) return;
    this.timer = setTimeout(() => this.run(), Math.max(0, this.notBefore - performance.now()));
  }

  private run(): void {
    this.timer = null;
    const keys = new Set(this.dirty);
    this.dirty.clear();
    const started = performance.now();
    this.notBefore = started + this.intervalMs;
    const working = this.flush(keys);
    if (!working) return this.finished(performance.now() - started);
    this.running = true;
    working.then(
      (busyMs) => this.finished(busyMs),
      () => this.finished(performance.now() - started),
    );
  }

  private finished(busyMs: number): void {
    this.running = false;
    const { maxBusyShare: share, maxPauseMs = Infinity } = this.options;
    if (share) this.notBefore = Math.max(this.notBefore, performance.now() + Math.min(busyMs * (1 / share - 1), maxPauseMs));
    this.schedule();
  }
}
