/**
 * What an export of a live round (or one of its sessions) is made from: the engine's input
 * drawn from the round's state, its raw output, and each covered session's published category
 * counts, added up. A session's export is that session's contributions and the votes on them,
 * under the round's curation.
 */
import type { DocumentSource } from '../documents/source.js';
import type { Round } from '../domain/state.js';
import type { RosterCounts } from '../store/types.js';
import { synthesize } from '../synthesis/engine.js';
import type { SynthesisInput } from '../synthesis/input.js';
import { publishCategories, sumPublished } from './categories.js';
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

export function documentSource(round: Round, sessionId: string | null, rosters: readonly RosterCounts[]): DocumentSource {
  const input = sessionId === null ? roundSynthesisInput(round) : sessionSynthesisInput(round, sessionId);
  const participation = sumPublished(rosters.map(publishCategories));
  return { synthesis: synthesize(input), input, participation, scope: sessionId === null ? 'round' : 'session' };
}
