import type { CountdownKind, ProjectorMode, SessionFormat, Settings, VoteChoice } from '../../shared/protocol/vocabulary.js';
import type { Language } from '../../shared/languages.js';
import type { SessionStatus, TagDef } from '../../shared/views.js';
import type { CurationState } from './curation.js';

export interface Question {
  id: string;
  text: string;
  group: string | null;
  seeded: boolean;
  included: boolean;
  status: 'pending' | 'open' | 'closed';
}

export interface Countdown {
  kind: CountdownKind;
  seconds: number;
  /** Log position of the countdown.set event, by which a node's clock remembers when it ends. */
  seq: number;
  /** Server clock; null where this node did not see the countdown start (after a restart): it counts as ended. */
  endsAt: number | null;
}

export interface Session {
  id: string;
  title: string;
  place: string;
  date: string;
  format: SessionFormat;
  /** What its projector and its exports speak. */
  language: Language;
  joinCode: string;
  questions: Map<string, Question>;
  questionOrder: string[];
  currentQuestionId: string | null;
  settings: Settings;
  countdown: Countdown | null;
  status: SessionStatus;
  /** What the room's screen shows, as the facilitator chose. */
  projector: ProjectorMode;
}

export interface CastVote {
  vote: VoteChoice;
  /** Log position of the vote: across merged duplicates the latest vote of a person counts. */
  seq: number;
}

/**
 * How the phone that wrote a contribution recognises it: a tag only its token can recompute, or,
 * in logs written before tags, the one author key a phone had per round. Null: a point from the discussion.
 */
export type Authorship = { tag: string } | { legacyKey: string } | null;

/** What an operation did, kept by its operation key so that a resend can be compared with it. */
export type AppliedOp =
  | { kind: 'contribution'; contributionId: string }
  | { kind: 'vote'; contributionId: string; vote: VoteChoice | null }
  | { kind: 'tag'; contributionId: string; tag: string; on: boolean };

export interface Contribution {
  id: string;
  sessionId: string;
  questionId: string;
  text: string;
  author: Authorship;
  quotable: { label: string; category: string | null } | null;
  hidden: { reason: string } | null;
  /**
   * Taken back by its author: it is in no view, export or synthesis any more. What the withdrawal
   * undid, for the screens to catch up: the duplicates merged into it (back on their own) and the
   * contribution it had been merged into.
   */
  withdrawn: { released: string[]; from: string | null } | null;
  mergedInto: string | null;
  merged: string[];
  starred: boolean;
  promoted: boolean;
  votes: Map<string, CastVote>;
  tags: Map<string, Set<string>>;
}

export interface Round {
  id: string;
  title: string;
  keyHash: string;
  tagSet: TagDef[];
  version: number;
  sessions: Map<string, Session>;
  sessionOrder: string[];
  contributions: Map<string, Contribution>;
  /**
   * Operations already applied, by operation key (or `legacy:<opId>` for logs written before operation
   * keys): a resend of the same operation is answered with its first result and changes nothing.
   */
  appliedOps: Map<string, AppliedOp>;
  /**
   * The log holds votes or tags stored when a phone's voter key spanned the round (before voter keys
   * were scoped to a session): the round's phones keep that key, so that their earlier votes stay theirs.
   */
  votersPerRound: boolean;
  curation: CurationState | null;
}

export function emptyRound(): Round {
  return {
    id: '',
    title: '',
    keyHash: '',
    tagSet: [],
    version: 0,
    sessions: new Map(),
    sessionOrder: [],
    contributions: new Map(),
    appliedOps: new Map(),
    votersPerRound: false,
    curation: null,
  };
}

export function isFromDiscussion(c: Contribution): boolean {
  return c.author === null;
}

export function isVisible(c: Contribution): boolean {
  return c.hidden === null && c.mergedInto === null && c.withdrawn === null;
}

export function orderedQuestions(session: Session): Question[] {
  return session.questionOrder.map((id) => session.questions.get(id)!);
}
