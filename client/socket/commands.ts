/**
 * Outgoing calls, named by intent. Each waits for the server's acknowledgement, with a timeout,
 * and resolves to the acknowledgement itself: callers see { ok: false, error } and decide.
 */
import type { CommandInput, CommandName } from '../../shared/protocol/commands.js';
import type { CommandResults } from '../../shared/protocol/events.js';
import type { Ack } from '../../shared/protocol/result.js';
import { socket } from './connection.js';

const TIMEOUT_MS = 8000;

export async function send<N extends CommandName>(name: N, payload: CommandInput<N>): Promise<Ack<CommandResults[N]>> {
  if (!socket.connected) return { ok: false, error: { code: 'unavailable', message: 'You are offline. Nothing was sent.' } };
  try {
    const timed = socket.timeout(TIMEOUT_MS) as unknown as { emitWithAck(event: N, payload: CommandInput<N>): Promise<Ack<CommandResults[N]>> };
    return await timed.emitWithAck(name, payload);
  } catch {
    return { ok: false, error: { code: 'unavailable', message: 'The server did not answer in time. Nothing is known to be saved.' } };
  }
}

export const joinSession = (joinCode: string, token: string, category: string | null) =>
  send('participant:join', { joinCode, token, category });
export const postContribution = (questionId: string, text: string, quotable: boolean, opId: string) =>
  send('contribution:add', { questionId, text, quotable, opId });
export const castVote = (contributionId: string, vote: 'agree' | 'disagree' | 'pass' | null, opId: string) =>
  send('vote:cast', { contributionId, vote, opId });
export const setTag = (contributionId: string, tag: string, on: boolean, opId: string) =>
  send('tag:set', { contributionId, tag, on, opId });
export const syncSession = (sessionId: string) => send('session:sync', { sessionId });
export const watchProjector = (joinCode: string) => send('projector:watch', { joinCode });

export const authenticateFacilitator = (roundId: string, key: string) => send('facilitator:auth', { roundId, key });
export const createSession = (details: CommandInput<'session:create'>) => send('session:create', details);
export const watchSession = (sessionId: string) => send('session:watch', { sessionId });
export const updateSession = (sessionId: string, details: CommandInput<'session:update'>['details']) => send('session:update', { sessionId, details });
export const updateSettings = (sessionId: string, settings: CommandInput<'session:settings'>['settings']) =>
  send('session:settings', { sessionId, settings });
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
export const addDiscussionPoint = (sessionId: string, questionId: string, text: string) =>
  send('discussion:add', { sessionId, questionId, text });
export const hideContribution = (contributionId: string, reason: string) => send('contribution:hide', { contributionId, reason });
export const unhideContribution = (contributionId: string) => send('contribution:unhide', { contributionId });
export const mergeContributions = (into: string, from: string[]) => send('contributions:merge', { into, from });
export const unmergeContribution = (contributionId: string) => send('contribution:unmerge', { contributionId });
export const starContribution = (contributionId: string, starred: boolean) => send('contribution:star', { contributionId, starred });
export const promoteContribution = (contributionId: string, promoted: boolean) =>
  send('contribution:promote', { contributionId, promoted });
export const setTagSet = (tags: { id: string; label: string; hint?: string }[]) => send('tags:set', { tags });
export const applyCuration = (event: { type: string } & Record<string, unknown>) => send('curation:apply', { event });
