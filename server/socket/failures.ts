/**
 * Commands the store could not keep, reported as counts per interval. A log line per failed command
 * would be a wall-clock time next to one participant's action; a count per fixed interval (its phase
 * set when the node starts, not by the first failure) says only that some commands failed in it.
 */
import type { Logger } from '../logger.js';

export const FAILURE_REPORT_INTERVAL_MS = 30_000;
const MAX_DISTINCT_ERRORS = 5;

export class FailureReport {
  private readonly counts = new Map<string, number>();
  private readonly errors = new Set<string>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly logger: Logger,
    private readonly intervalMs = FAILURE_REPORT_INTERVAL_MS,
  ) {
    this.timer = setInterval(() => this.flush(), intervalMs);
    this.timer.unref();
  }

  /** A command failed for want of the store; `error` describes the failure, never the command's content. */
  record(command: string, error: string): void {
    this.counts.set(command, (this.counts.get(command) ?? 0) + 1);
    if (this.errors.size < MAX_DISTINCT_ERRORS) this.errors.add(error);
  }

  flush(): void {
    if (this.counts.size === 0) return;
    this.logger.error(
      { failed: Object.fromEntries(this.counts), errors: [...this.errors], intervalSeconds: this.intervalMs / 1000 },
      'commands failed: the store could not keep them',
    );
    this.counts.clear();
    this.errors.clear();
  }

  stop(): void {
    clearInterval(this.timer);
    this.flush();
  }
}
