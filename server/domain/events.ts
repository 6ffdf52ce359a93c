/**
 * The typed events of a round's append-only log. State is their fold (evolve.ts).
 * No event carries a time, a socket, an address or anything that identifies a person:
 * authorKey and voterKey are keyed hashes of a phone's secret token, derived apart so
 * that a contribution's author cannot be joined to their votes.
 */
import type { CountdownKind, SessionFormat, Settings, VoteChoice } from '../../shared/protocol/vocabulary.js';
import type { StoredTagDef } from '../../shared/tags.js';
import type { CurationEvent } from '../synthesis/curation.js';

export interface QuestionSeed {
  id: string;
  text: string;
  group: string | null;
  seeded: boolean;
}

export type RoundEvent =
  | { type: 'round.created'; roundId: string; title: string; keyHash: string; tagSet: StoredTagDef[] }
  | {
      type: 'session.created';
      sessionId: string;
      title: string;
      place: string;
      date: string;
      format: SessionFormat;
      joinCode: string;
      questions: QuestionSeed[];
    }
  | {
      type: 'session.updated';
      sessionId: string;
      details: Partial<{ title: string; place: string; date: string; format: SessionFormat }>;
    }
  | { type: 'session.settings-changed'; sessionId: string; settings: Partial<Settings> }
  | { type: 'question.added'; sessionId: string; question: QuestionSeed }
  | { type: 'question.edited'; sessionId: string; questionId: string; text: string }
  | { type: 'question.included'; sessionId: string; questionId: string; included: boolean }
  | { type: 'questions.reordered'; sessionId: string; order: string[] }
  | { type: 'question.opened'; sessionId: string; questionId: string }
  | { type: 'question.closed'; sessionId: string; questionId: string }
  | { type: 'countdown.set'; sessionId: string; kind: CountdownKind; seconds: number; endsAt: number }
  | { type: 'countdown.cleared'; sessionId: string }
  | {
      type: 'contribution.added';
      sessionId: string;
      questionId: string;
      contributionId: string;
      text: string;
      /** null for a point entered by the facilitator from the discussion. */
      authorKey: string | null;
      /** Only when the author chose to be quoted: the Chatham label and the category it was built from. */
      quotable: { label: string; category: string | null } | null;
      opId: string | null;
    }
  | { type: 'vote.cast'; contributionId: string; voterKey: string; vote: VoteChoice; opId: string }
  | { type: 'vote.withdrawn'; contributionId: string; voterKey: string; opId: string }
  | { type: 'tag.set'; contributionId: string; voterKey: string; tag: string; on: boolean; opId: string }
  | { type: 'contribution.hidden'; contributionId: string; reason: string }
  | { type: 'contribution.unhidden'; contributionId: string }
  | { type: 'contributions.merged'; into: string; from: string[] }
  | { type: 'contribution.unmerged'; contributionId: string }
  | { type: 'contribution.starred'; contributionId: string; starred: boolean }
  | { type: 'contribution.promoted'; contributionId: string; promoted: boolean }
  | { type: 'tagset.changed'; tagSet: StoredTagDef[] }
  | { type: 'curation'; event: CurationEvent };

export type RoundEventType = RoundEvent['type'];

/** An event as the log stores it: its position in the round's log is its version. */
export interface StoredEvent {
  seq: number;
  event: RoundEvent;
}
