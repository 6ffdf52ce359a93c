/**
 * A data folder holding many finished rounds, written straight to the embedded log's files: each
 * round has one session with the Annex II questions, a question opened, contributions and votes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/protocol/limits.js';
import type { RoundEvent, StoredEvent } from '../../server/domain/events.js';
import { createRound } from '../../server/domain/round.js';
import { annexQuestions } from '../../server/domain/seed.js';
import { hashFacilitatorKey, newFacilitatorKey, newId } from '../../server/keys.js';
import { encodeRecord } from '../../server/store/file-log.js';

export interface StoredRound {
  roundId: string;
  facilitatorKey: string;
  sessionId: string;
  joinCode: string;
}

/** The n-th join code of a fixed sequence: distinct for every n below the alphabet's size to the sixth. */
function joinCodeOf(n: number): string {
  let code = '';
  for (let i = 0, rest = n; i < JOIN_CODE_LENGTH; i++, rest = Math.floor(rest / JOIN_CODE_ALPHABET.length)) {
    code += JOIN_CODE_ALPHABET[rest % JOIN_CODE_ALPHABET.length];
  }
  return code;
}

export function roundEvents(round: StoredRound, eventCount: number): RoundEvent[] {
  const questions = annexQuestions(newId);
  const events: RoundEvent[] = [
    ...createRound(round.roundId, `Stored round ${round.roundId}`, hashFacilitatorKey(round.facilitatorKey)),
    { type: 'session.created', sessionId: round.sessionId, title: 'Roundtable', place: 'Geneva', date: '2026-11-28', format: 'roundtable', joinCode: round.joinCode, questions },
    { type: 'question.opened', sessionId: round.sessionId, questionId: questions[0].id },
  ];
  const contributions: string[] = [];
  for (let i = 0; events.length < eventCount; i++) {
    if (i % 4 === 0 || contributions.length === 0) {
      const contributionId = newId();
      contributions.push(contributionId);
      const text = `Point ${i} of this round: regular pathways need employers, cities and countries of origin at one table.`;
      events.push({ type: 'contribution.added', sessionId: round.sessionId, questionId: questions[0].id, contributionId, text, authorTag: newId(), quotable: null, opKey: newId() });
    } else {
      const contributionId = contributions[i % contributions.length];
      events.push({ type: 'vote.cast', contributionId, voterKey: `voter-${i % 40}`, vote: i % 3 === 0 ? 'disagree' : 'agree', opKey: newId() });
    }
  }
  return events;
}

/** `firstCode`: where in the sequence of join codes these rounds start, so that two calls never share one. */
export function writeStoredRounds(dataDir: string, roundCount: number, eventsPerRound: number, firstCode = 0): StoredRound[] {
  const dir = join(dataDir, 'rounds');
  mkdirSync(dir, { recursive: true });
  const rounds: StoredRound[] = [];
  for (let n = 0; n < roundCount; n++) {
    const round = { roundId: newId(), facilitatorKey: newFacilitatorKey(), sessionId: newId(), joinCode: joinCodeOf(firstCode + n) };
    const stored: StoredEvent[] = roundEvents(round, eventsPerRound).map((event, i) => ({ seq: i + 1, event }));
    writeFileSync(join(dir, `${round.roundId}.log`), stored.map(encodeRecord).join(''));
    rounds.push(round);
  }
  return rounds;
}
