import { describe, expect, it } from 'vitest';
import annex from '../../shared/data/annex-ii.json' with { type: 'json' };
import { commandSchemas } from '../../shared/protocol/commands.js';
import { DomainError } from '../../server/domain/errors.js';
import { orderedQuestions } from '../../server/domain/state.js';
import { Harness } from './harness.js';

describe('sessions and their agenda', () => {
  it('seeds a new session with the 20 Annex II questions, verbatim, in their four groups', () => {
    const h = new Harness();
    const { sessionId } = h.openSession();
    const questions = orderedQuestions(h.round.sessions.get(sessionId)!);
    expect(questions).toHaveLength(20);
    expect(questions.map((q) => q.text)).toEqual(annex.groups.flatMap((g) => g.questions));
    expect(new Set(questions.map((q) => q.group)).size).toBe(4);
    expect(questions[0].group).toBe('Regarding convergence on the term and value of “global governance of migration” (p. 6)');
    expect(questions.every((q) => q.seeded)).toBe(true);
  });

  it('speaks English where nobody chose a language (sessions stored before languages too), and the language the facilitator sets', () => {
    const h = new Harness();
    const { sessionId } = h.openSession();
    expect(h.round.sessions.get(sessionId)!.language).toBe('en');
    h.run({ name: 'session:update', payload: { sessionId, details: { language: 'fr' } } });
    expect(h.round.sessions.get(sessionId)!.language).toBe('fr');
    expect(h.replay().sessions.get(sessionId)!.language).toBe('fr');
    h.run({ name: 'session:create', payload: { title: 'Mesa redonda', place: 'Madrid', date: '2026-11-29', format: 'roundtable', language: 'es' }, sessionId: 'es1', joinCode: 'CODEES' });
    expect(h.round.sessions.get('es1')!.language).toBe('es');
  });

  it('refuses a language it does not speak', () => {
    expect(commandSchemas['session:update'].safeParse({ sessionId: 's1', details: { language: 'de' } }).success).toBe(false);
    expect(commandSchemas['session:create'].safeParse({ title: 'T', place: 'P', date: '2026-11-28', format: 'roundtable', language: 'ar' }).success).toBe(false);
  });

  it('lets the facilitator edit, add, reorder and set aside questions', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const session = h.round.sessions.get(sessionId)!;
    const second = session.questionOrder[1];
    h.run({ name: 'question:edit', payload: { sessionId, questionId: second, text: 'Edited?' } });
    h.run({ name: 'question:add', payload: { sessionId, text: 'A new question?' } });
    const added = session.questionOrder.at(-1)!;
    h.run({ name: 'questions:reorder', payload: { sessionId, order: [added, second] } });
    h.run({ name: 'question:include', payload: { sessionId, questionId: second, included: false } });
    expect(session.questionOrder.slice(0, 3)).toEqual([added, second, questionId]);
    expect(session.questions.get(second)).toMatchObject({ text: 'Edited?', included: false });
    expect(session.questions.get(added)).toMatchObject({ seeded: false, group: null });
    expect(h.replay().sessions.get(sessionId)!.questionOrder).toEqual(session.questionOrder);
  });

  it('refuses to reorder with a question listed twice or unknown', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    expect(() => h.run({ name: 'questions:reorder', payload: { sessionId, order: [questionId, questionId] } })).toThrow(DomainError);
    expect(() => h.run({ name: 'questions:reorder', payload: { sessionId, order: ['nope'] } })).toThrow(/no such question/);
  });

  it('keeps one question open at a time: opening the next closes the current', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const next = h.round.sessions.get(sessionId)!.questionOrder[1];
    h.run({ name: 'question:open', payload: { sessionId, questionId: next } });
    const session = h.round.sessions.get(sessionId)!;
    expect(session.questions.get(questionId)!.status).toBe('closed');
    expect(session.questions.get(next)!.status).toBe('open');
    expect(session.currentQuestionId).toBe(next);
  });

  it('refuses a post to a closed question and changes nothing', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    h.run({ name: 'question:close', payload: { sessionId, questionId } });
    const before = h.log.length;
    expect(() => h.post(h.participant(sessionId, 1), questionId, 'Too late')).toThrow(/closed/);
    expect(h.log.length).toBe(before);
    expect(h.round.contributions.size).toBe(0);
  });

  it('stores a countdown as its duration only, and clears it', () => {
    const h = new Harness();
    const { sessionId } = h.openSession();
    const [set] = h.run({ name: 'countdown:set', payload: { sessionId, kind: 'speaker', seconds: 90 } });
    expect(set).toEqual({ type: 'countdown.set', sessionId, kind: 'speaker', seconds: 90 });
    // The end time is the node's to keep in memory (rounds/countdown-clock.ts); the fold alone does not know it.
    expect(h.round.sessions.get(sessionId)!.countdown).toEqual({ kind: 'speaker', seconds: 90, seq: h.log.length, endsAt: null });
    h.run({ name: 'countdown:clear', payload: { sessionId } });
    expect(h.round.sessions.get(sessionId)!.countdown).toBeNull();
  });

  it('keeps participant and facilitator commands apart', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const p = h.participant(sessionId, 1);
    expect(() => h.run({ name: 'question:close', payload: { sessionId, questionId } }, p)).toThrow(/Only the facilitator/);
    expect(() => h.run({ name: 'contribution:add', payload: { questionId, text: 'x', quotable: false, opId: 'op-facil-1' } })).toThrow(/Only participants/);
  });
});
