/**
 * How many phones are connected to each session on this node: counts only. A phone with two tabs
 * open counts once. The roster key is held in memory just long enough to count it.
 */
export class Presence {
  private readonly sessions = new Map<string, Map<string, number>>();

  connect(sessionId: string, rosterKey: string): void {
    let phones = this.sessions.get(sessionId);
    if (!phones) this.sessions.set(sessionId, (phones = new Map()));
    phones.set(rosterKey, (phones.get(rosterKey) ?? 0) + 1);
  }

  disconnect(sessionId: string, rosterKey: string): void {
    const phones = this.sessions.get(sessionId);
    const n = phones?.get(rosterKey);
    if (!phones || n === undefined) return;
    if (n <= 1) phones.delete(rosterKey);
    else phones.set(rosterKey, n - 1);
  }

  count(sessionId: string): number {
    return this.sessions.get(sessionId)?.size ?? 0;
  }
}
