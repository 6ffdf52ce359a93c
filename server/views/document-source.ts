/**
 * What an export of a live round (or one of its sessions) is made from: the engine's input
 * drawn from the round's state, its raw output, and the roster's counts added up over the
 * sessions covered. A session's export is that session's contributions and the votes on them,
 * under the round's curation.
 */
import type { DocumentSource, Participation } from '../documents/source.js';
import type { Round } from '../domain/state.js';
import type { RosterCounts } from '../store/types.js';
import { synthesize } from '../synthesis/engine.js';
import type { SynthesisInput } from '../synthesis/input.js';
import { roundSynthesisInput } from './synthesis.js';

export function sessionSynthesisInput(round: Round, sessionId: string): SynthesisInput {
  const all = roundSynthesisInput(round);
  const contributions = all.contributions.filter((c) => c.sessionId === sessionId);
  const ids = new Set(contributions.map((c) => c.id));
  return {
    ...all,
    sessions: all.sessions.filter((s) => s.id === sessionId),
    questions: all.questions?.filter((q) => q.sessionId === sessionId),
    contributions,
    votes: all.votes.filter((v) => ids.has(v.contribution)),
  };
}

export function addCounts(counts: readonly RosterCounts[]): Participation {
  const byCategory: Record<string, number> = {};
  for (const c of counts) for (const [category, n] of Object.entries(c.categories)) byCategory[category] = (byCategory[category] ?? 0) + n;
  return { participants: counts.reduce((sum, c) => sum + c.participants, 0), byCategory };
}

export function documentSource(round: Round, sessionId: string | null, rosters: readonly RosterCounts[]): DocumentSource {
  const input = sessionId === null ? roundSynthesisInput(round) : sessionSynthesisInput(round, sessionId);
  return { synthesis: synthesize(input), input, participation: addCounts(rosters), scope: sessionId === null ? 'round' : 'session' };
}
