/**
 * Outgoing calls, named by intent. Each waits for the server's acknowledgement, with a timeout,
 * and resolves to the acknowledgement itself: callers see { ok: false, error } and decide.
 */
import type { CommandInput, CommandName } from '../../shared/protocol/commands.js';
import type { CurationEventInput } from '../../shared/protocol/curation.js';
import type { CommandResults } from '../../shared/protocol/events.js';
import type { Ack } from '../../shared/protocol/result.js';
import type { ProjectorMode } from '../../shared/protocol/vocabulary.js';
import { socket } from './connection.js';
import { joinKeyFor, keepJoinKey } from './join-keys.js';

const TIMEOUT_MS = 8000;
/** A typed join code may wait on the server for up to 10 s while many codes are being tried (docs/operations.md). */
const ENTRY_TIMEOUT_MS = 20_000;

export async function send<N extends CommandName>(name: N, payload: CommandInput<N>, timeoutMs = TIMEOUT_MS): Promise<Ack<CommandResults[N]>> {
  if (!socket.connected) return { ok: false, error: { code: 'unavailable', message: 'You are offline. Nothing was sent.' } };
  try {
    const timed = socket.timeout(timeoutMs) as unknown as { emitWithAck(event: N, payload: CommandInput<N>): Promise<Ack<CommandResults[N]>> };
    return await timed.emitWithAck(name, payload);
  } catch {
    return { ok: false, error: { code: 'unavailable', message: 'The server did not answer in time. Nothing is known to be saved.' } };
  }
}

/** Enters with the session's join key when this device has it, and keeps the key the server answers with. */
async function enterWithKey<N extends 'participant:join' | 'projector:watch'>(name: N, payload: CommandInput<N> & { joinCode: string }) {
  const joinKey = joinKeyFor(payload.joinCode);
  const ack = await send(name, { ...payload, ...(joinKey ? { joinKey } : {}) }, ENTRY_TIMEOUT_MS);
  if (ack.ok) keepJoinKey(payload.joinCode, ack.joinKey);
  return ack;
}

export const joinSession = (joinCode: string, token: string, category: string | null) =>
  enterWithKey('participant:join', { joinCode, token, category });
export const postContribution = (questionId: string, text: string, quotable: boolean, opId: string) =>
  send('contribution:add', { questionId, text, quotable, opId });
export const castVote = (contributionId: string, vote: 'agree' | 'disagree' | 'pass' | null, opId: string) =>
  send('vote:cast', { contributionId, vote, opId });
export const setTag = (contributionId: string, tag: string, on: boolean, opId: string) =>
  send('tag:set', { contributionId, tag, on, opId });
export const withdrawContribution = (contributionId: string) => send('contribution:withdraw', { contributionId });
export const syncSession = (sessionId: string) => send('session:sync', { sessionId });
export const watchProjector = (joinCode: string) => enterWithKey('projector:watch', { joinCode });

export const authenticateFacilitator = (roundId: string, key: string) => send('facilitator:auth', { roundId, key });
export const createSession = (details: CommandInput<'session:create'>) => send('session:create', details);
export async function watchSession(sessionId: string) {
  const ack = await send('session:watch', { sessionId });
  if (ack.ok) keepJoinKey(ack.snapshot.session.joinCode, ack.joinKey);
  return ack;
}
export const updateSession = (sessionId: string, details: CommandInput<'session:update'>['details']) => send('session:update', { sessionId, details });
export const updateSettings = (sessionId: string, settings: CommandInput<'session:settings'>['settings']) =>
  send('session:settings', { sessionId, settings });
export const lockSession = (sessionId: string, locked: boolean, votes: boolean) => send('session:lock', { sessionId, locked, votes });
export const endSession = (sessionId: string) => send('session:end', { sessionId });
export const addQuestion = (sessionId: string, text: string) => send('question:add', { sessionId, text });
export const editQuestion = (sessionId: string, questionId: string, text: string) => send('question:edit', { sessionId, questionId, text });
export const includeQuestion = (sessionId: string, questionId: string, included: boolean) =>
  send('question:include', { sessionId, questionId, included });
export const reorderQuestions = (sessionId: string, order: string[]) => send('questions:reorder', { sessionId, order });
export const openQuestion = (sessionId: string, questionId: string) => send('question:open', { sessionId, questionId });
export const closeQuestion = (sessionId: string, questionId: string) => send('question:close', { sessionId, questionId });
export const startCountdown = (sessionId: string, kind: 'question' | 'speaker', seconds: number) =>
  send('countdown:set', { sessionId, kind, seconds });
export const clearCountdown = (sessionId: string) => send('countdown:clear', { sessionId });
export const showOnProjector = (sessionId: string, mode: ProjectorMode) => send('projector:show', { sessionId, mode });
export const addDiscussionPoint = (sessionId: string, questionId: string, text: string) =>
  send('discussion:add', { sessionId, questionId, text });
export const hideContribution = (contributionId: string, reason: string) => send('contribution:hide', { contributionId, reason });
export const unhideContribution = (contributionId: string) => send('contribution:unhide', { contributionId });
export const mergeContributions = (into: string, from: string[]) => send('contributions:merge', { into, from });
export const unmergeContribution = (contributionId: string) => send('contribution:unmerge', { contributionId });
export const starContribution = (contributionId: string, starred: boolean) => send('contribution:star', { contributionId, starred });
export const promoteContribution = (contributionId: string, promoted: boolean) =>
  send('contribution:promote', { contributionId, promoted });
export const setTagSet = (tags: CommandInput<'tags:set'>['tags']) => send('tags:set', { tags });
export const applyCuration = (event: CurationEventInput) => send('curation:apply', { event });
