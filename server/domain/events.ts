/**
 * The typed events of a round's append-only log. State is their fold (evolve.ts).
 * No event carries a time, a socket, an address or anything that identifies a person, and no value
 * is common to two contributions of one phone: a contribution's author tag is a keyed hash of its own
 * id that only the phone's token can recompute, an operation key is scoped the same way to one
 * operation, and the voter key (the phone's row of the vote matrix) is derived apart from both.
 */
import type { CountdownKind, ProjectorMode, SessionFormat, Settings, VoteChoice } from '../../shared/protocol/vocabulary.js';
import type { Language } from '../../shared/languages.js';
import type { StoredTagDef } from '../../shared/tags.js';
import type { CurationEvent } from '../../shared/protocol/curation.js';

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
      /** Absent in sessions created before sessions had a language: they speak English. */
      language?: Language;
      joinCode: string;
      questions: QuestionSeed[];
    }
  | {
      type: 'session.updated';
      sessionId: string;
      details: Partial<{ title: string; place: string; date: string; format: SessionFormat; language: Language }>;
    }
  | { type: 'session.settings-changed'; sessionId: string; settings: Partial<Settings> }
  /** No new contributions; votes and tags go on where `votes` says so. */
  | { type: 'session.locked'; sessionId: string; votes: boolean }
  | { type: 'session.unlocked'; sessionId: string }
  /** For good: its join code opens it no more; what it holds stays for the synthesis and the exports. */
  | { type: 'session.ended'; sessionId: string }
  | { type: 'question.added'; sessionId: string; question: QuestionSeed }
  | { type: 'question.edited'; sessionId: string; questionId: string; text: string }
  | { type: 'question.included'; sessionId: string; questionId: string; included: boolean }
  | { type: 'questions.reordered'; sessionId: string; order: string[] }
  | { type: 'question.opened'; sessionId: string; questionId: string }
  | { type: 'question.closed'; sessionId: string; questionId: string }
  /** A duration only: the end time is held in memory by the nodes that see it committed (rounds/countdown-clock.ts). */
  | {
      type: 'countdown.set';
      sessionId: string;
      kind: CountdownKind;
      seconds: number;
      /** Read from logs that stored an absolute end time (upcast.ts); never written. */
      endsAt?: number;
    }
  | { type: 'countdown.cleared'; sessionId: string }
  | { type: 'projector.shown'; sessionId: string; mode: ProjectorMode }
  | {
      type: 'contribution.added';
      sessionId: string;
      questionId: string;
      contributionId: string;
      text: string;
      /** The author seed's hash of contributionId (server/keys.ts); null for a point entered by the facilitator from the discussion. */
      authorTag: string | null;
      /** Only when the author chose to be quoted: the Chatham label and the category it was built from. */
      quotable: { label: string; category: string | null } | null;
      opKey: string | null;
      /** Read from logs that stored one author key per phone per round (upcast.ts); never written. */
      legacyAuthorKey?: string;
    }
  | { type: 'vote.cast'; contributionId: string; voterKey: string; vote: VoteChoice; opKey: string }
  | { type: 'vote.withdrawn'; contributionId: string; voterKey: string; opKey: string }
  | { type: 'tag.set'; contributionId: string; voterKey: string; tag: string; on: boolean; opKey: string }
  /** Taken back by its author, whom the event does not name: the contribution leaves every view, export and synthesis. */
  | { type: 'contribution.withdrawn'; contributionId: string }
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
