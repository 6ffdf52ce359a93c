/**
 * What each audience receives. The server builds these in one serializer per audience
 * (server/views/*); nothing else leaves the server.
 */
import type { OpinionMapData } from './charts/opinion-map.js';
import type { CountdownKind, ProjectorMode, SessionFormat, Settings, TagMeaning, VoteChoice } from './protocol/types.js';
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

/** Whether the room may post: open, locked (votes and tags go on where `votes` says so), or ended for good. */
export type SessionStatus = { state: 'open' } | { state: 'locked'; votes: boolean } | { state: 'ended' };

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
  status: SessionStatus;
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
  /**
   * Only on this phone's own contributions the facilitator merged into another: where it went
   * (`text` null where that one is hidden). Such a contribution is shown to its author alone.
   */
  mergedInto?: { id: string; text: string | null };
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
  /** What the facilitator chose to put on the room's screen (shown there only as the tally setting allows). */
  projector: ProjectorMode;
}

/** A draft finding as the room's screen shows it. */
export interface ProjectorFinding {
  number: number;
  text: string;
}

/**
 * What the room's screen shows besides the join code. A mode that shows what the votes say is sent
 * only while the session shows tallies to everyone; otherwise the screen shows the question.
 * `ready` is false while the session's synthesis is being prepared; a null map: too few voted for one.
 */
export type ProjectorDisplay =
  | { mode: 'question' }
  | { mode: 'agreement' }
  | { mode: 'findings'; ready: boolean; findings: ProjectorFinding[] }
  | { mode: 'map'; ready: boolean; map: OpinionMapData | null };

export interface ProjectorSnapshot {
  serverNow: number;
  session: SessionMeta;
  question: QuestionView | null;
  countdown: CountdownView | null;
  /** `votes` only where the session's tallies are public (setting "always", or revealed). */
  counts: { connected: number; contributions: number; votes?: number };
  /** Broadest agreement first: once tallies are revealed, or on the screen's agreement mode while tallies are public. */
  top: (ContributionView & { tally: Tally })[];
  display: ProjectorDisplay;
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
