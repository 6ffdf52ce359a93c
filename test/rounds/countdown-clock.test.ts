import { describe, expect, it } from 'vitest';
import type { RoundEvent, StoredEvent } from '../../server/domain/events.js';
import { foldRound } from '../../server/domain/evolve.js';
import { RoundService } from '../../server/rounds/round-service.js';
import { VersionConflict, type EventLog } from '../../server/store/types.js';
import { Harness } from '../domain/harness.js';

/** A shared log another node can write to behind the service's back. */
class MemoryLog implements EventLog {
  /** Written by "another node" just before the next append lands, so that append meets a conflict. */
  raceNextAppend: RoundEvent | null = null;
  constructor(readonly events: StoredEvent[]) {}
  async append(roundId: string, events: RoundEvent[], expectedVersion: number): Promise<StoredEvent[]> {
    if (this.raceNextAppend) this.foreign(this.raceNextAppend);
    this.raceNextAppend = null;
    if (this.events.length !== expectedVersion) throw new VersionConflict(roundId);
    const stored = events.map((event, i) => ({ seq: expectedVersion + i + 1, event }));
    this.events.push(...stored);
    return stored;
  }
  async read(_roundId: string, afterSeq = 0): Promise<StoredEvent[]> {
    return this.events.slice(afterSeq);
  }
  async roundIds(): Promise<string[]> {
    return ['round1'];
  }
  follow(): void {}
  async close(): Promise<void> {}
  /** Another node's append. */
  foreign(event: RoundEvent): void {
    this.events.push({ seq: this.events.length + 1, event });
  }
}

function setup() {
  const h = new Harness();
  const { sessionId } = h.openSession();
  const log = new MemoryLog([...h.log]);
  let now = 1_000_000;
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  const service = new RoundService(log, foldRound(log.events), clock.now);
  return { log, clock, service, sessionId };
}

describe("a countdown's end time, held in memory", () => {
  it('is stamped when the countdown is committed, and survives the reload a version conflict causes', async () => {
    const { log, clock, service, sessionId } = setup();
    await service.execute({ name: 'countdown:set', payload: { sessionId, kind: 'speaker', seconds: 90 } }, { role: 'facilitator' });
    expect(service.round.sessions.get(sessionId)!.countdown!.endsAt).toBe(1_000_000 + 90_000);
    log.raceNextAppend = { type: 'question.edited', sessionId, questionId: service.round.sessions.get(sessionId)!.questionOrder[1], text: 'Edited elsewhere' };
    clock.advance(5000);
    const before = service.round;
    await service.execute({ name: 'question:add', payload: { sessionId, text: 'Added here' } }, { role: 'facilitator' });
    expect(service.round).not.toBe(before); // rebuilt from the log after the conflict
    expect(service.round.sessions.get(sessionId)!.countdown!.endsAt).toBe(1_000_000 + 90_000);
  });

  it('is stamped on a countdown another node started, when it is caught up live', async () => {
    const { log, clock, service, sessionId } = setup();
    clock.advance(2000);
    log.foreign({ type: 'countdown.set', sessionId, kind: 'question', seconds: 60 });
    service.catchUp(log.events.slice(-1));
    await service.idle();
    expect(service.round.sessions.get(sessionId)!.countdown!.endsAt).toBe(1_002_000 + 60_000);
    expect(service.runningCountdowns()).toEqual([[log.events.length, 1_062_000]]);
  });

  it('is unknown to a node that loads the round later, until another node tells it', async () => {
    const { log, service, sessionId } = setup();
    await service.execute({ name: 'countdown:set', payload: { sessionId, kind: 'speaker', seconds: 90 } }, { role: 'facilitator' });
    const restarted = new RoundService(log, foldRound(log.events), () => 1_030_000);
    expect(restarted.round.sessions.get(sessionId)!.countdown!.endsAt).toBeNull();
    expect(restarted.countdownsUnknown()).toBe(true);
    expect(await restarted.learnCountdowns(service.runningCountdowns())).toEqual([sessionId]);
    expect(restarted.round.sessions.get(sessionId)!.countdown!.endsAt).toBe(1_090_000);
    expect(await restarted.learnCountdowns([[1, 5]])).toEqual([]);
  });
});
