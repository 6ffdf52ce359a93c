/**
 * Exporting a live round, or one of its sessions: the engine runs on that scope's input (on the
 * node's synthesis thread, given as `synthesize`), beside each covered session's published category
 * counts, added up. The documents are rendered from this source (server/documents).
 */
import type { DocumentSource } from '../documents/source.js';
import type { Round } from '../domain/state.js';
import type { RosterCounts } from '../store/types.js';
import type { Synthesis } from '../../shared/synthesis.js';
import type { SynthesisInput } from '../synthesis/input.js';
import { publishCategories, sumPublished } from '../views/categories.js';
import { roundSynthesisInput, sessionSynthesisInput } from './synthesis-input.js';

export type DocumentSynthesis = (input: SynthesisInput) => Promise<Synthesis>;

export async function documentSource(round: Round, sessionId: string | null, rosters: readonly RosterCounts[], synthesize: DocumentSynthesis): Promise<DocumentSource> {
  const input = sessionId === null ? roundSynthesisInput(round) : sessionSynthesisInput(round, sessionId);
  const participation = sumPublished(rosters.map(publishCategories));
  return { synthesis: await synthesize(input), input, participation, scope: sessionId === null ? 'round' : 'session' };
}
