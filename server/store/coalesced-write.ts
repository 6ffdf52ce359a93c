/**
 * Writes of one file, one at a time, shared: every change made before a write starts is carried by
 * it, so a burst of changes costs a few writes rather than one each, and each caller still learns
 * when its own change is stored.
 */
export class CoalescedWrite {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  private failed = false;

  constructor(private readonly write: () => Promise<void>) {}

  /** Resolves once a write that starts after this call has stored everything changed so far. */
  request(): Promise<void> {
    if (this.next) return this.next;
    const write: Promise<void> = (this.running ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        this.next = null;
        this.running = write;
        try {
          await this.write();
          this.failed = false;
        } catch (error) {
          this.failed = true;
          throw error;
        }
      })
      .finally(() => {
        if (this.running === write) this.running = null;
      });
    this.next = write;
    return write;
  }

  /** Nothing is being written or waiting to be, and the last write succeeded. */
  get idle(): boolean {
    return !this.running && !this.next && !this.failed;
  }

  /** Resolves once what was changed before this call is stored, writing again if the last write failed. */
  settled(): Promise<void> {
    if (this.failed) return this.request();
    return this.next ?? this.running ?? Promise.resolve();
  }
}
