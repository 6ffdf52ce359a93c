import { describe, expect, it } from 'vitest';
import { moveTo, nextQuestion } from '../../client/facilitator/agenda-logic.js';
import { readLink } from '../../client/facilitator/credentials.js';
import { shortcutFor } from '../../client/facilitator/shortcuts.js';
import { detectLocale, initialLocale } from '../../client/i18n/locales.js';
import { refusalKey } from '../../client/i18n/refusals.js';
import { contributionLength, overLimit } from '../../client/participant/draft.js';
import { countdownForQuestion, remainingSeconds } from '../../client/ui/countdown-logic.js';
import type { FacilitatorQuestionView } from '../../shared/views.js';

describe('languages', () => {
  it('follows the first of the browser languages the interface speaks', () => {
    expect(detectLocale(['de-CH', 'fr-CH', 'en'])).toBe('fr');
    expect(detectLocale(['es-419'])).toBe('es');
    expect(detectLocale(['ar', 'fa'])).toBe('en');
  });
  it('prefers a language named in the link to the browser’s', () => {
    expect(initialLocale('projector', '?lang=es', ['fr'])).toBe('es');
    expect(initialLocale('projector', '?lang=xx', ['fr'])).toBe('fr');
  });
});

describe('refusals', () => {
  const keys = new Set(['errors.codes.question-closed', 'errors.post.question-closed', 'errors.codes.not-found']);
  const has = (k: string) => keys.has(k);
  it('explains a refusal with the most precise message the catalogue has', () => {
    expect(refusalKey('question-closed', 'post', has)).toBe('errors.post.question-closed');
    expect(refusalKey('question-closed', 'vote', has)).toBe('errors.codes.question-closed');
    expect(refusalKey('not-found', undefined, has)).toBe('errors.codes.not-found');
  });
  it('has a general message for a code it does not know yet (a more precise one from a newer server)', () => {
    expect(refusalKey('question-not-found', 'post', has)).toBe('errors.unknown');
  });
});

describe('the composer’s length', () => {
  it('counts as the server does: trimmed and normalised', () => {
    expect(contributionLength('  e\u0301  ')).toBe(1);
    expect(overLimit('x'.repeat(1000))).toBe(0);
    expect(overLimit(`${'x'.repeat(1003)}   `)).toBe(3);
  });
});

describe('countdowns', () => {
  it('stops at zero', () => {
    expect(remainingSeconds({ kind: 'question', endsAt: 1000, seconds: 60 }, 0, 5000)).toBe(0);
  });
  it('belongs to the question that was current when first seen, and is not shown under the next one', () => {
    const owners = new Map<number, string | null>();
    const countdown = { kind: 'question' as const, endsAt: 50_000, seconds: 60 };
    expect(countdownForQuestion(countdown, 'q1', owners)).toBe(countdown);
    expect(countdownForQuestion(countdown, 'q2', owners)).toBeNull();
    expect(countdownForQuestion({ ...countdown, endsAt: 90_000 }, 'q2', owners)).not.toBeNull();
  });
});

const q = (id: string, status: FacilitatorQuestionView['status'], included = true): FacilitatorQuestionView => ({
  id,
  text: id,
  group: null,
  status,
  included,
  seeded: false,
  stats: { contributions: 0, votes: 0, voters: 0 },
});

describe('the agenda', () => {
  it('moves a question straight to a position', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c', 'd'], 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(['a', 'b'], 'a', 99)).toEqual(['b', 'a']);
  });
  it('opens next the first used question not yet opened after the current one', () => {
    const questions = [q('a', 'closed'), q('b', 'open'), q('c', 'pending', false), q('d', 'pending'), q('e', 'pending')];
    expect(nextQuestion(questions, 'b')?.id).toBe('d');
    expect(nextQuestion([q('a', 'pending'), q('b', 'open')], 'b')?.id).toBe('a');
    expect(nextQuestion([q('a', 'closed')], 'a')).toBeNull();
  });
});

describe('the facilitator link', () => {
  const key = 'k'.repeat(43);
  it('reads a whole link, a fragment, or nothing', () => {
    expect(readLink(`https://concert.example/facilitate#round123.${key}`)).toEqual({ kind: 'ok', credentials: { roundId: 'round123', key } });
    expect(readLink('')).toEqual({ kind: 'none' });
  });
  it('says a link cut short is incomplete', () => {
    expect(readLink(`#round123.${key.slice(0, 20)}`).kind).toBe('incomplete');
    expect(readLink('#round123').kind).toBe('incomplete');
    expect(readLink(`#round123.${key.slice(0, 40)}%20`).kind).toBe('incomplete');
  });
});

describe('keyboard shortcuts', () => {
  const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...extra });
  const field = { closest: () => ({}) } as unknown as EventTarget;
  const page = { closest: () => null } as unknown as EventTarget;
  it('maps single keys to the run of the session', () => {
    expect(shortcutFor(key('o'), page)).toBe('open');
    expect(shortcutFor(key('N'), page)).toBe('next');
    expect(shortcutFor(key('?'), page)).toBe('help');
  });
  it('leaves typing and combinations alone', () => {
    expect(shortcutFor(key('c'), field)).toBeNull();
    expect(shortcutFor(key('c', { ctrlKey: true }), page)).toBeNull();
    expect(shortcutFor(key('x'), page)).toBeNull();
  });
});
