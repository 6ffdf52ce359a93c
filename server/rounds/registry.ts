/**
 * The rounds this node serves, loaded from the log on first use and followed for changes
 * other nodes make, then let go once nobody has used them for a while (loaded again on next use).
 * Creating rounds and sessions (which needs a fresh join code) starts here.
 */
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/protocol/limits.js';
import { randomInt } from 'node:crypto';
import { foldRound } from '../domain/evolve.js';
import { createRound } from '../domain/round.js';
import type { Store } from '../store/types.js';
import { hashFacilitatorKey, newFacilitatorKey, newId } from '../keys.js';
import { RoundService, type CommitListener } from './round-service.js';

export type LoadListener = (service: RoundService) => void;
export type UnloadListener = (roundId: string) => void;

export class RoundRegistry {
  private readonly services = new Map<string, Promise<RoundService | null>>();
  private readonly loadedServices = new Map<string, RoundService>();
  private readonly listeners: CommitListener[] = [];
  private readonly loadListeners: LoadListener[] = [];
  private readonly unloadListeners: UnloadListener[] = [];
  /** When each loaded round was last asked for, or last seen in use. */
  private readonly lastUsed = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  /** Every round loaded from now on reports its commits to this listener. */
  onCommit(listener: CommitListener): void {
    this.listeners.push(listener);
  }

  /** Told of every round this node loads from the log, once it is loaded. */
  onLoad(listener: LoadListener): void {
    this.loadListeners.push(listener);
  }

  /** Told of every round this node lets go of, so that whatever it holds of it goes too. */
  onUnload(listener: UnloadListener): void {
    this.unloadListeners.push(listener);
  }

  /** A round this node has already loaded, or undefined: never loads one. */
  loaded(roundId: string): RoundService | undefined {
    return this.loadedServices.get(roundId);
  }

  async createRound(title: string): Promise<{ roundId: string; facilitatorKey: string }> {
    const roundId = newId();
    const facilitatorKey = newFacilitatorKey();
    await this.store.log.append(roundId, createRound(roundId, title, hashFacilitatorKey(facilitatorKey)), 0);
    return { roundId, facilitatorKey };
  }

  get(roundId: string): Promise<RoundService | null> {
    this.lastUsed.set(roundId, this.now());
    let service = this.services.get(roundId);
    if (!service) {
      service = this.load(roundId);
      this.services.set(roundId, service);
      const forget = () => {
        this.services.delete(roundId);
        this.lastUsed.delete(roundId);
      };
      service.then((s) => s ?? forget(), forget);
    }
    return service;
  }

  /**
   * Lets go of every loaded round that is not in use and that nothing asked for in the last `idleMs`:
   * its state, the store's copy of its log and file, and whatever the unload listeners hold.
   * Resolves to the rounds let go.
   */
  async evictIdle(inUse: ReadonlySet<string>, idleMs: number): Promise<string[]> {
    const now = this.now();
    const idle: string[] = [];
    for (const roundId of this.loadedServices.keys()) {
      if (inUse.has(roundId)) this.lastUsed.set(roundId, now);
      else if (now - (this.lastUsed.get(roundId) ?? 0) >= idleMs) idle.push(roundId);
    }
    const evicted: string[] = [];
    for (const roundId of idle) if (await this.evict(roundId)) evicted.push(roundId);
    return evicted;
  }

  private async evict(roundId: string): Promise<boolean> {
    const service = this.loadedServices.get(roundId);
    const used = this.lastUsed.get(roundId);
    if (!service) return false;
    await service.idle();
    // Asked for while its last commands settled: it stays.
    if (this.loadedServices.get(roundId) !== service || this.lastUsed.get(roundId) !== used || !service.quiet) return false;
    this.services.delete(roundId);
    this.loadedServices.delete(roundId);
    this.lastUsed.delete(roundId);
    for (const listener of this.unloadListeners) listener(roundId);
    await this.store.release?.(roundId, service.sessionIds);
    return true;
  }

  /** A join code nobody holds: six characters from an unambiguous alphabet (about 594 million codes). */
  async claimJoinCode(roundId: string): Promise<{ joinCode: string; sessionId: string }> {
    const sessionId = newId();
    for (let attempt = 0; attempt < 20; attempt++) {
      const joinCode = Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join('');
      if (await this.store.joinCodes.claim(joinCode, { roundId, sessionId })) return { joinCode, sessionId };
    }
    throw new Error('could not find a free join code');
  }

  private async load(roundId: string): Promise<RoundService | null> {
    const events = await this.store.log.read(roundId);
    if (events.length === 0) return null;
    const service = new RoundService(this.store.log, foldRound(events));
    for (const listener of this.listeners) {
      service.onCommit(listener);
      // An empty commit introduces the round to the listener before anything changes in it.
      listener(service.round, []);
    }
    this.store.log.follow(roundId, (foreign) => service.catchUp(foreign), service.round.version);
    this.loadedServices.set(roundId, service);
    for (const listener of this.loadListeners) listener(service);
    return service;
  }
}
