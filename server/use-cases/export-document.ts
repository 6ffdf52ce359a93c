/**
 * Exporting a live round, or one of its sessions: the engine runs on that scope's input, beside
 * each covered session's published category counts, added up. The documents are rendered from
 * this source (server/documents).
 */
import type { DocumentSource } from '../documents/source.js';
import type { Round } from '../domain/state.js';
import type { RosterCounts } from '../store/types.js';
import { synthesize } from '../synthesis/engine.js';
import { publishCategories, sumPublished } from '../views/categories.js';
import { roundSynthesisInput, sessionSynthesisInput } from './synthesis-input.js';

export function documentSource(round: Round, sessionId: string | null, rosters: readonly RosterCounts[]): DocumentSource {
  const input = sessionId === null ? roundSynthesisInput(round) : sessionSynthesisInput(round, sessionId);
  const participation = sumPublished(rosters.map(publishCategories));
  return { synthesis: synthesize(input), input, participation, scope: sessionId === null ? 'round' : 'session' };
}
