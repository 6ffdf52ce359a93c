/**
 * One round's command processor. Commands are decided one after another against the round's state
 * and written in batches (group commit): a batch is acknowledged only once the log has stored it.
 * If the write fails the state is rebuilt from the log; if another node wrote first, the batch is
 * decided again on top of what it wrote.
 */
import type { Actor } from '../domain/actor.js';
import { decide, type DomainCommand } from '../domain/decide/index.js';
import type { RoundEvent, StoredEvent } from '../domain/events.js';
import { evolve, foldRound } from '../domain/evolve.js';
import type { Round } from '../domain/state.js';
import { VersionConflict, type EventLog } from '../store/types.js';
import { newId } from '../keys.js';

export interface Committed {
  events: StoredEvent[];
  version: number;
}

interface Pending {
  command: DomainCommand;
  actor: Actor;
  resolve: (result: Committed) => void;
  reject: (error: unknown) => void;
}

export type CommitListener = (round: Round, events: StoredEvent[]) => void;

const MAX_CONFLICT_RETRIES = 5;

export class RoundService {
  private pending: Pending[] = [];
  private flushScheduled = false;
  private tail: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<CommitListener>();
  private lastCommitted: number;

  constructor(
    private readonly log: EventLog,
    public round: Round,
    private readonly now: () => number = Date.now,
  ) {
    this.lastCommitted = round.version;
  }

  get id(): string {
    return this.round.id;
  }

  onCommit(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  execute(command: DomainCommand, actor: Actor): Promise<Committed> {
    return new Promise((resolve, reject) => {
      this.pending.push({ command, actor, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        this.enqueue(() => this.flush());
      }
    });
  }

  /** Events another node stored: fold them in, in order, between our own batches. */
  catchUp(events: StoredEvent[]): void {
    this.enqueue(async () => {
      const fresh = events.filter((e) => e.seq > this.round.version);
      if (fresh.length === 0) return;
      if (fresh[0].seq !== this.round.version + 1) {
        await this.reload();
        return;
      }
      for (const e of fresh) evolve(this.round, e);
      this.notify(fresh);
    });
  }

  /** Resolves once everything queued so far has been processed. */
  idle(): Promise<void> {
    return this.tail;
  }

  private enqueue(task: () => Promise<void>): void {
    this.tail = this.tail.then(task).catch(() => undefined);
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    let batch = this.pending;
    this.pending = [];
    for (let attempt = 0; batch.length > 0; attempt++) {
      const before = this.round.version;
      const decided = this.decideAll(batch);
      const events = decided.flatMap((d) => d.events);
      if (events.length === 0) {
        for (const d of decided) d.pending.resolve({ events: [], version: this.round.version });
        return;
      }
      try {
        const stored = await this.log.append(this.round.id, events, before);
        let offset = 0;
        for (const d of decided) {
          d.pending.resolve({ events: stored.slice(offset, offset + d.events.length), version: this.round.version });
          offset += d.events.length;
        }
        this.notify(stored);
        return;
      } catch (error) {
        const caughtUp = await this.reload();
        if (error instanceof VersionConflict && attempt < MAX_CONFLICT_RETRIES) {
          this.notify(caughtUp);
          batch = decided.map((d) => d.pending);
          continue;
        }
        for (const d of decided) d.pending.reject(error);
        return;
      }
    }
  }

  /** Decides each command on top of the previous ones, folding tentatively; refused ones drop out. */
  private decideAll(batch: Pending[]): { pending: Pending; events: RoundEvent[] }[] {
    const accepted: { pending: Pending; events: RoundEvent[] }[] = [];
    const context = { newId, now: this.now };
    for (const pending of batch) {
      let events: RoundEvent[];
      try {
        events = decide(this.round, pending.command, pending.actor, context);
      } catch (error) {
        pending.reject(error);
        continue;
      }
      for (const event of events) evolve(this.round, { seq: this.round.version + 1, event });
      accepted.push({ pending, events });
    }
    return accepted;
  }

  /** Rebuilds the state from the log; returns the stored events the previous state had not seen. */
  private async reload(): Promise<StoredEvent[]> {
    const known = this.lastCommitted;
    const all = await this.log.read(this.round.id);
    this.round = foldRound(all);
    this.lastCommitted = this.round.version;
    return all.slice(known);
  }

  private notify(events: StoredEvent[]): void {
    this.lastCommitted = this.round.version;
    for (const listener of this.listeners) listener(this.round, events);
  }
}
