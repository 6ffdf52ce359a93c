/** Drives the pure domain the way the server does: decide, then fold, with deterministic ids. */
import type { Actor, ParticipantActor } from '../../server/domain/actor.js';
import { decide, type DomainCommand, type ParticipantCommand } from '../../server/domain/decide/index.js';
import type { StoredEvent } from '../../server/domain/events.js';
import { evolve, foldRound } from '../../server/domain/evolve.js';
import { createRound } from '../../server/domain/round.js';
import type { Contribution, Round } from '../../server/domain/state.js';

/** A participant command as a phone sends it: the server adds the operation key. */
type Sent = DomainCommand | (ParticipantCommand extends infer C ? (C extends ParticipantCommand ? Omit<C, 'opKey'> : never) : never);

export class Harness {
  readonly log: StoredEvent[] = [];
  round: Round;
  private ids = 0;
  private ops = 0;

  constructor(title = 'Phase III') {
    this.round = foldRound([]);
    this.commit(createRound('round1', title, 'hash'));
  }

  /** Participant commands get an operation key scoped to the phone, as the server derives one from its token. */
  run(command: Sent, actor: Actor = { role: 'facilitator' }) {
    const scoped = 'opKey' in command || !('opId' in command.payload) ? command : { ...command, opKey: `${actor.role === 'participant' ? actor.voterKey : 'nobody'}/${command.payload.opId}` };
    const events = decide(this.round, scoped as DomainCommand, actor, { newId: () => `id${++this.ids}` });
    this.commit(events);
    return events;
  }

  opId(): string {
    return `op-${String(++this.ops).padStart(6, '0')}`;
  }

  /** A session in Brussels with its first seeded question open. */
  openSession(place = 'Brussels'): { sessionId: string; questionId: string } {
    const sessionId = `s${++this.ids}`;
    this.run({ name: 'session:create', payload: { title: 'Roundtable', place, date: '2026-11-28', format: 'roundtable' }, sessionId, joinCode: `CODE${this.ids}` });
    const questionId = this.round.sessions.get(sessionId)!.questionOrder[0];
    this.run({ name: 'question:open', payload: { sessionId, questionId } });
    return { sessionId, questionId };
  }

  participant(sessionId: string, n: number, category: string | null = null): ParticipantActor {
    const authorTag = (contributionId: string) => `tag-${n}-${contributionId}`;
    const wrote = (c: Contribution) => c.author !== null && 'tag' in c.author && c.author.tag === authorTag(c.id);
    return { role: 'participant', sessionId, authorTag, voterKey: `voter-${n}`, category, wrote };
  }

  post(actor: ParticipantActor, questionId: string, text: string, quotable = false): string {
    const [event] = this.run({ name: 'contribution:add', payload: { questionId, text, quotable, opId: this.opId() } }, actor);
    if (event?.type !== 'contribution.added') throw new Error('not posted');
    return event.contributionId;
  }

  vote(actor: ParticipantActor, contributionId: string, vote: 'agree' | 'disagree' | 'pass' | null, opId = this.opId()) {
    return this.run({ name: 'vote:cast', payload: { contributionId, vote, opId } }, actor);
  }

  /** Replaying the log from scratch must give the same state as the live fold. */
  replay(): Round {
    return foldRound(this.log);
  }

  private commit(events: StoredEvent['event'][]) {
    for (const event of events) {
      const stored = { seq: this.log.length + 1, event };
      this.log.push(stored);
      evolve(this.round, stored);
    }
  }
}
