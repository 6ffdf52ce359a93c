/**
 * The one typed event map of the wire protocol, used by the Socket.IO server (server/socket)
 * and the browser client (client/socket). Commands are imperative and acknowledged;
 * broadcasts are facts, named in the past tense.
 */
import type { CommandInput, CommandName } from './commands.js';
import type { AckCallback } from './result.js';
import type {
  Agenda,
  FacilitatorContributionView,
  FacilitatorSnapshot,
  ParticipantContributionView,
  ParticipantSnapshot,
  ProjectorSnapshot,
  RoundView,
  Tally,
  FacilitatorQuestionView,
} from '../views.js';
import type { Synthesis } from '../synthesis.js';

/** What an acknowledgement carries when success is all there is to say. */
export type Done = Record<string, never>;

/**
 * What each command's acknowledgement carries when it succeeds. A participant's acknowledgements carry no
 * log position: it moves with everyone's votes, which a phone may not be allowed to count.
 */
export interface CommandResults {
  /** `joinKey`: the session's long key, for every later reconnect and for its links (see docs/protocol.md). */
  'participant:join': { snapshot: ParticipantSnapshot; joinKey: string };
  'projector:watch': { snapshot: ProjectorSnapshot; joinKey: string };
  /**
   * `access`: what the key opened, the whole console or a read-only view; `observerKey`, to the facilitator only,
   * the key of the round's read-only link.
   */
  'facilitator:auth': { round: RoundView; access: 'facilitator'; observerKey: string } | { round: RoundView; access: 'observer' };
  'session:sync': { snapshot: ParticipantSnapshot | FacilitatorSnapshot | ProjectorSnapshot };
  'contribution:add': { contribution: ParticipantContributionView };
  'vote:cast': Done;
  'tag:set': Done;
  'contribution:withdraw': Done;
  'session:create': { sessionId: string; joinCode: string };
  'session:update': { version: number };
  'session:settings': { version: number };
  'session:lock': { version: number };
  'session:end': { version: number };
  'session:watch': { snapshot: FacilitatorSnapshot; joinKey: string };
  'question:add': { questionId: string; version: number };
  'question:edit': { version: number };
  'question:include': { version: number };
  'questions:reorder': { version: number };
  'question:open': { version: number };
  'question:close': { version: number };
  'countdown:set': { version: number };
  'countdown:clear': { version: number };
  'projector:show': { version: number };
  'discussion:add': { contributionId: string; version: number };
  'contribution:hide': { version: number };
  'contribution:unhide': { version: number };
  'contributions:merge': { version: number };
  'contribution:unmerge': { version: number };
  'contribution:star': { version: number };
  'contribution:promote': { version: number };
  'tags:set': { version: number };
  'curation:apply': { version: number };
}

export type ClientToServerEvents = {
  [N in CommandName]: (payload: CommandInput<N>, ack: AckCallback<CommandResults[N]>) => void;
};

export interface TallyUpdate {
  id: string;
  tally: Tally;
  tags: Record<string, number>;
}

/**
 * Broadcasts. `version` (the round's log position) goes to facilitators only: it moves with every vote,
 * so a phone or a projector that saw it could count votes its tally setting hides.
 */
export interface ServerToClientEvents {
  /** A contribution became visible to this audience. */
  'contribution:added': (p: { version?: number; contribution: ParticipantContributionView | FacilitatorContributionView }) => void;
  /**
   * Contributions left this audience's view. Participants: hidden, merged into another, or withdrawn;
   * after a merge, those who may see the contribution they joined are told which (`mergedInto`), so
   * that a phone keeps its own among them, marked with where it went. Facilitators: withdrawn by their authors.
   */
  'contributions:removed': (p: { version?: number; ids: string[]; mergedInto?: { id: string; text: string } }) => void;
  /** Aggregates, coalesced: only for contributions this audience may see tallies of. */
  'tallies:updated': (p: { version?: number; tallies: TallyUpdate[] }) => void;
  /** Facilitator only: per-question counts. */
  'stats:updated': (p: { version: number; questions: Pick<FacilitatorQuestionView, 'id' | 'stats'>[] }) => void;
  /** Participants: session details, settings, questions, the current question or the countdown changed. */
  'agenda:updated': (p: { agenda: Agenda; serverNow: number }) => void;
  /** Facilitator only: a contribution's moderation state changed. */
  'contribution:updated': (p: { version: number; contribution: FacilitatorContributionView }) => void;
  /** What this viewer may see changed in a way a patch cannot express: fetch a fresh snapshot. */
  'session:stale': (p: { version?: number }) => void;
  'presence:updated': (p: { connected: number }) => void;
  'projector:updated': (p: { snapshot: ProjectorSnapshot }) => void;
  'round:updated': (p: { round: RoundView }) => void;
  'synthesis:updated': (p: { synthesis: Synthesis }) => void;
}
