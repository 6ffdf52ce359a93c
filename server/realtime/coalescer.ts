/**
 * Collects keys marked dirty and hands them over at most once per interval. With `maxBusyShare`,
 * a flush that takes long pushes the next one back, so that flushing never takes more than that
 * share of the event loop (a live synthesis of a plenary takes tens of milliseconds: recomputing
 * it every interval would delay every message behind it).
 */
export class Coalescer<K> {
  private readonly dirty = new Set<K>();
  private timer: NodeJS.Timeout | null = null;
  private notBefore = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly flush: (keys: Set<K>) => void,
    private readonly options: { maxBusyShare?: number } = {},
  ) {}

  mark(key: K): void {
    this.dirty.add(key);
    if (this.timer) return;
    this.timer = setTimeout(() => this.run(), Math.max(this.intervalMs, this.notBefore - performance.now()));
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dirty.clear();
  }

  private run(): void {
    this.timer = null;
    const keys = new Set(this.dirty);
    this.dirty.clear();
    const started = performance.now();
    this.flush(keys);
    const share = this.options.maxBusyShare;
    if (share) {
      const took = performance.now() - started;
      this.notBefore = started + took / share;
    }
  }
}
