import type { CountdownKind, SessionFormat, Settings, VoteChoice } from '../../shared/protocol/vocabulary.js';
import type { TagDef } from '../../shared/views.js';
import type { CurationState } from '../synthesis/curation.js';

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
  endsAt: number;
}

export interface Session {
  id: string;
  title: string;
  place: string;
  date: string;
  format: SessionFormat;
  joinCode: string;
  questions: Map<string, Question>;
  questionOrder: string[];
  currentQuestionId: string | null;
  settings: Settings;
  countdown: Countdown | null;
}

export interface CastVote {
  vote: VoteChoice;
  /** Log position of the vote: across merged duplicates the latest vote of a person counts. */
  seq: number;
}

export interface Contribution {
  id: string;
  sessionId: string;
  questionId: string;
  text: string;
  authorKey: string | null;
  quotable: { label: string; category: string | null } | null;
  hidden: { reason: string } | null;
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
  /** Operation ids already applied: a retried command is acknowledged and changes nothing. */
  appliedOps: Map<string, string>;
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
    curation: null,
  };
}

export function isVisible(c: Contribution): boolean {
  return c.hidden === null && c.mergedInto === null;
}

export function orderedQuestions(session: Session): Question[] {
  return session.questionOrder.map((id) => session.questions.get(id)!);
}
