/**
 * The facilitator's live synthesis of a round: the round's input handed to the synthesis engine, in
 * steps that can pause; participants leave as opaque per-computation ids.
 */
import type { Synthesis } from '../../shared/synthesis.js';
import type { Round } from '../domain/state.js';
import { synthesisSteps, type SynthesisOptions } from '../synthesis/engine.js';
import { withOpaqueParticipants } from '../synthesis/privacy.js';
import type { Steps } from '../synthesis/steps.js';
import { roundSynthesisInput } from './synthesis-input.js';

/** The round's synthesis, in steps (see synthesis/steps.ts); the round is read when the first step runs. */
export function* roundSynthesisSteps(round: Round, options?: SynthesisOptions): Steps<Synthesis> {
  return withOpaqueParticipants(yield* synthesisSteps(roundSynthesisInput(round), options));
}
