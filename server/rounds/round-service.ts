/**
 * One round's command processor. Commands are decided one after another against the round's state
 * and written in batches (group commit): a batch is acknowledged only once the log has stored it.
 * If the write fails the state is rebuilt from the log; if another node wrote first, the batch is
 * decided again on top of what it wrote (each batch first folds in what other nodes stored, so that
 * is rare). If the log cannot even be read (the store is away), the
 * round is marked stale: nothing is served from it until a reload succeeds, because its state may
 * hold events that were decided but never stored.
 */
import type { Actor } from '../domain/actor.js';
import { decide, type DomainCommand } from '../domain/decide/index.js';
import type { RoundEvent, StoredEvent } from '../domain/events.js';
import { evolve, evolveCurrent, foldRound } from '../domain/evolve.js';
import type { Round } from '../domain/state.js';
import { VersionConflict, type EventLog } from '../store/types.js';
import { newId } from '../keys.js';
import { CountdownClock, type CountdownEnd } from './countdown-clock.js';

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

const MAX_CONFLICT_RETRIES = 20;
/** After a conflict, writers racing for one round wait a little, at random, so they stop colliding in step. */
const conflictPause = (attempt: number) => new Promise((r) => setTimeout(r, Math.random() * Math.min(attempt, 10)));

export class RoundUnavailable extends Error {
  constructor(readonly roundId: string) {
    super(`round ${roundId} is waiting for the store to come back`);
  }
}

export class RoundService {
  private pending: Pending[] = [];
  private flushScheduled = false;
  private tail: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<CommitListener>();
  private lastCommitted: number;
  private stale = false;
  private recoveryScheduled = false;
  private readonly clock: CountdownClock;

  constructor(
    private readonly log: EventLog,
    private state: Round,
    now: () => number = Date.now,
  ) {
    this.lastCommitted = state.version;
    this.clock = new CountdownClock(now);
  }

  get id(): string {
    return this.state.id;
  }

  /** The round as stored; refused while a failed write may have left unstored events in it. */
  get round(): Round {
    if (this.stale) {
      this.scheduleRecovery();
      throw new RoundUnavailable(this.state.id);
    }
    return this.state;
  }

  /** The round's sessions, readable even while the round waits for the store. */
  get sessionIds(): string[] {
    return [...this.state.sessions.keys()];
  }

  /** No command is waiting to be decided or stored. */
  get quiet(): boolean {
    return this.pending.length === 0 && !this.flushScheduled;
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
      if (this.stale) {
        this.notify(await this.reload());
        return;
      }
      const fresh = events.filter((e) => e.seq > this.state.version);
      if (fresh.length === 0) return;
      if (fresh[0].seq !== this.state.version + 1) {
        this.notify(await this.reload());
        return;
      }
      for (const e of fresh) evolve(this.state, e);
      this.notify(fresh);
    });
  }

  /** Countdowns this node times that are still running, for a node that loaded the round without them. */
  runningCountdowns(): CountdownEnd[] {
    return this.clock.running(this.state);
  }

  /** Whether the round shows a countdown this node never saw start. */
  countdownsUnknown(): boolean {
    return this.clock.unknown(this.state);
  }

  /** End times another node holds; resolves to the sessions whose countdown this changed. */
  learnCountdowns(ends: readonly CountdownEnd[]): Promise<string[]> {
    return new Promise((resolve) => this.enqueue(async () => resolve(this.clock.learn(this.state, ends))));
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
    if (this.stale && !(await this.recover(batch))) return;
    for (let attempt = 0; batch.length > 0; attempt++) {
      if (!(await this.foldNewerEvents(batch))) return;
      const before = this.state.version;
      const decided = this.decideAll(batch);
      const events = decided.flatMap((d) => d.events);
      if (events.length === 0) {
        for (const d of decided) d.pending.resolve({ events: [], version: this.state.version });
        return;
      }
      try {
        const stored = await this.log.append(this.state.id, events, before);
        let offset = 0;
        for (const d of decided) {
          d.pending.resolve({ events: stored.slice(offset, offset + d.events.length), version: this.state.version });
          offset += d.events.length;
        }
        this.notify(stored);
        return;
      } catch (error) {
        let caughtUp: StoredEvent[];
        try {
          caughtUp = await this.reload();
        } catch {
          this.stale = true;
          for (const d of decided) d.pending.reject(error);
          return;
        }
        if (error instanceof VersionConflict && attempt < MAX_CONFLICT_RETRIES) {
          this.notify(caughtUp);
          batch = decided.map((d) => d.pending);
          if (attempt > 0) await conflictPause(attempt);
          continue;
        }
        for (const d of decided) d.pending.reject(error);
        return;
      }
    }
  }

  private scheduleRecovery(): void {
    if (this.recoveryScheduled) return;
    this.recoveryScheduled = true;
    this.enqueue(async () => {
      this.recoveryScheduled = false;
      if (this.stale) this.notify(await this.reload());
    });
  }

  /**
   * Folds in whatever other nodes stored since this state was last brought up to date, so that the
   * batch is decided on the latest version and an append rarely meets a conflict (each costs a reload).
   */
  private async foldNewerEvents(batch: Pending[]): Promise<boolean> {
    let newer: StoredEvent[];
    try {
      newer = await this.log.read(this.state.id, this.state.version);
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return false;
    }
    if (newer.length === 0) return true;
    for (const e of newer) evolve(this.state, e);
    this.notify(newer);
    return true;
  }

  /** Reloads a stale round before deciding anything on it; refuses the batch if the store is still away. */
  private async recover(batch: Pending[]): Promise<boolean> {
    try {
      this.notify(await this.reload());
      return true;
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return false;
    }
  }

  /** Decides each command on top of the previous ones, folding tentatively; refused ones drop out. */
  private decideAll(batch: Pending[]): { pending: Pending; events: RoundEvent[] }[] {
    const accepted: { pending: Pending; events: RoundEvent[] }[] = [];
    const context = { newId };
    for (const pending of batch) {
      let events: RoundEvent[];
      try {
        events = decide(this.state, pending.command, pending.actor, context);
      } catch (error) {
        pending.reject(error);
        continue;
      }
      for (const event of events) evolveCurrent(this.state, event, this.state.version + 1);
      accepted.push({ pending, events });
    }
    return accepted;
  }

  /** Rebuilds the state from the log; returns the stored events the previous state had not seen. */
  private async reload(): Promise<StoredEvent[]> {
    const known = this.lastCommitted;
    const all = await this.log.read(this.state.id);
    this.state = foldRound(all);
    this.clock.restore(this.state);
    this.stale = false;
    this.lastCommitted = this.state.version;
    return all.slice(known);
  }

  private notify(events: StoredEvent[]): void {
    this.clock.started(this.state, events);
    this.lastCommitted = this.state.version;
    for (const listener of this.listeners) listener(this.state, events);
  }
}
