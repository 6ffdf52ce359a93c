/** Collects keys marked dirty and hands them over at most once per interval. */
export class Coalescer<K> {
  private readonly dirty = new Set<K>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly intervalMs: number,
    private readonly flush: (keys: Set<K>) => void,
  ) {}

  mark(key: K): void {
    this.dirty.add(key);
    if (!this.timer) this.timer = setTimeout(() => this.run(), this.intervalMs);
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
    this.flush(keys);
  }
}
