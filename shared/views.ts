/**
 * What each audience receives. The server builds these in one serializer per audience
 * (server/views/*); nothing else leaves the server.
 */
import type { CountdownKind, SessionFormat, Settings, TagMeaning, VoteChoice } from './protocol/types.js';
import type { Language } from './languages.js';

export interface Tally {
  agree: number;
  disagree: number;
  pass: number;
}

export interface QuestionView {
  id: string;
  text: string;
  group: string | null;
  status: 'pending' | 'open' | 'closed';
}

export interface FacilitatorQuestionView extends QuestionView {
  included: boolean;
  seeded: boolean;
  stats: { contributions: number; votes: number; voters: number };
}

export interface CountdownView {
  kind: CountdownKind;
  /** Server clock, ms since epoch; 0 for a countdown the server stopped timing (it restarted meanwhile): it has ended. */
  endsAt: number;
  seconds: number;
}

export interface SessionMeta {
  id: string;
  roundTitle: string;
  title: string;
  place: string;
  date: string;
  format: SessionFormat;
  /** The session's language: the projector's and the exports'. */
  language: Language;
  joinCode: string;
}

export interface ContributionView {
  id: string;
  questionId: string;
  text: string;
  fromDiscussion: boolean;
  /** Present only where this viewer may see tallies. */
  tally?: Tally;
  /** Distinct participants per convergence tag; present under the same rule as the tally. */
  tags?: Record<string, number>;
}

export interface ParticipantContributionView extends ContributionView {
  mine: boolean;
  myVote: VoteChoice | null;
  myTags: string[];
}

export interface FacilitatorContributionView extends ContributionView {
  tally: Tally;
  tags: Record<string, number>;
  hidden: { reason: string } | null;
  mergedInto: string | null;
  merged: string[];
  starred: boolean;
  promoted: boolean;
  /** The Chatham label, only on contributions their author marked quotable. */
  attribution: string | null;
}

export interface TagDef {
  id: string;
  label: string;
  hint?: string;
  /** What the tag means to the synthesis: common ground lowers the bar for convergence, a question is one for further reflection. */
  meaning: TagMeaning;
}

export interface Agenda {
  session: SessionMeta;
  settings: Settings;
  questions: QuestionView[];
  currentQuestionId: string | null;
  countdown: CountdownView | null;
  tagSet: TagDef[];
}

export interface ParticipantSnapshot extends Agenda {
  serverNow: number;
  contributions: ParticipantContributionView[];
  /** Questions this phone has posted to (drives the after-posting visibility setting). */
  postedTo: string[];
}

export interface FacilitatorSnapshot extends Omit<Agenda, 'questions'> {
  version: number;
  serverNow: number;
  questions: FacilitatorQuestionView[];
  contributions: FacilitatorContributionView[];
  connected: number;
  /** People per category, only where at least three share one (server/views/categories.ts). */
  categories: Record<string, number>;
  /** Everyone else together: fewer than three in a category, or no category stated. */
  categoriesRemainder: number;
}

export interface ProjectorSnapshot {
  serverNow: number;
  session: SessionMeta;
  question: QuestionView | null;
  countdown: CountdownView | null;
  /** `votes` only where the session's tallies are public (setting "always", or revealed). */
  counts: { connected: number; contributions: number; votes?: number };
  /** Broadest agreement first, only once tallies are revealed. */
  top: (ContributionView & { tally: Tally })[];
}

export interface SessionSummary extends SessionMeta {
  contributions: number;
  openQuestion: string | null;
}

export interface RoundView {
  id: string;
  title: string;
  sessions: SessionSummary[];
}
