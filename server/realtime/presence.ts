/**
 * How many phones are connected to each session: counts only. A phone with two tabs open on one
 * node counts once. The roster key is held in memory just long enough to count it. In Redis mode
 * other nodes report their own counts (cluster-presence.ts); `count` adds them up from a cache,
 * so it stays synchronous.
 */
export type PresenceListener = (sessionId: string) => void;

export class Presence {
  private readonly sessions = new Map<string, Map<string, number>>();
  private readonly remote = new Map<string, Map<string, number>>();
  private readonly localListeners: PresenceListener[] = [];
  private readonly remoteListeners: PresenceListener[] = [];

  connect(sessionId: string, rosterKey: string): void {
    let phones = this.sessions.get(sessionId);
    if (!phones) this.sessions.set(sessionId, (phones = new Map()));
    const before = phones.size;
    phones.set(rosterKey, (phones.get(rosterKey) ?? 0) + 1);
    if (phones.size !== before) this.emit(this.localListeners, sessionId);
  }

  disconnect(sessionId: string, rosterKey: string): void {
    const phones = this.sessions.get(sessionId);
    const n = phones?.get(rosterKey);
    if (!phones || n === undefined) return;
    if (n > 1) {
      phones.set(rosterKey, n - 1);
      return;
    }
    phones.delete(rosterKey);
    if (phones.size === 0) this.sessions.delete(sessionId);
    this.emit(this.localListeners, sessionId);
  }

  count(sessionId: string): number {
    let total = this.localCount(sessionId);
    for (const counts of this.remote.values()) total += counts.get(sessionId) ?? 0;
    return total;
  }

  localCount(sessionId: string): number {
    return this.sessions.get(sessionId)?.size ?? 0;
  }

  /** This node's counts per session, for other nodes. */
  localCounts(): Record<string, number> {
    return Object.fromEntries([...this.sessions].map(([sessionId, phones]) => [sessionId, phones.size]));
  }

  /** Counts another node reported: all of its sessions (`complete`) or just the ones that changed. */
  setRemote(nodeId: string, counts: Record<string, number>, complete: boolean): void {
    const previous = this.remote.get(nodeId) ?? new Map<string, number>();
    const next = complete ? new Map<string, number>() : new Map(previous);
    for (const [sessionId, n] of Object.entries(counts)) {
      if (n > 0) next.set(sessionId, n);
      else next.delete(sessionId);
    }
    this.remote.set(nodeId, next);
    for (const sessionId of new Set([...previous.keys(), ...next.keys()])) {
      if (previous.get(sessionId) !== next.get(sessionId)) this.emit(this.remoteListeners, sessionId);
    }
  }

  /** A node that went silent: its phones are no longer counted. */
  dropRemote(nodeId: string): void {
    this.setRemote(nodeId, {}, true);
    this.remote.delete(nodeId);
  }

  onLocalChange(listener: PresenceListener): void {
    this.localListeners.push(listener);
  }

  onRemoteChange(listener: PresenceListener): void {
    this.remoteListeners.push(listener);
  }

  private emit(listeners: PresenceListener[], sessionId: string): void {
    for (const listener of listeners) listener(sessionId);
  }
}
