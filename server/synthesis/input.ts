/**
 * What the engine takes: the live server builds a SynthesisInput from a round's state, the
 * command line (server/cli/input.ts) from a JSON file, the Pol.is importer from
 * an export folder.
 */
import type { TagDef } from '../../shared/views.js';
import type { Codebook } from '../../shared/codebook.js';
import type { CurationState } from '../domain/curation.js';
import type { FrameworkChoice } from './framework.js';
import type { Vote } from './votes.js';

export interface SessionInput {
  id: string;
  title?: string;
  place?: string;
  date?: string;
  format?: string;
}

export interface ContributionInput {
  id: string;
  text: string;
  sessionId?: string;
  questionId?: string;
  place?: string;
  /** Only known for contributions the author marked quotable (privacy), or from CLI input. */
  category?: string;
  /** Chatham label, e.g. "Brussels roundtable participant, business sector". */
  quotable?: string | null;
  origin?: 'participant' | 'discussion';
  starred?: boolean;
  /** The facilitator turned it into a question for further reflection. */
  promoted?: boolean;
  /** Convergence tag id -> distinct participants who tagged it (what each tag means is in `SynthesisInput.tagSet`). */
  tags?: Record<string, number>;
}

export interface SynthesisInput {
  title?: string;
  /** Chronological order. */
  sessions: SessionInput[];
  /** `opened`: the question was put to participants (opened at some point); a question with contributions was. */
  questions?: { id: string; text: string; group?: string; sessionId?: string; opened?: boolean }[];
  contributions: ContributionInput[];
  votes: Vote[];
  /** The round's convergence tags and what each means; the default set (shared/data/convergence-tags.json) when absent. */
  tagSet?: readonly TagDef[];
  curation?: CurationState;
  codebook?: Codebook;
  /** Whether to code under the codebook: where it fits ("auto", the default), always, or never (emergent themes only). */
  framework?: FrameworkChoice;
}
