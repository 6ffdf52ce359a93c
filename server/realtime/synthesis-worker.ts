/** Worker thread: computes live syntheses off the event loop that carries the session's messages. */
import { parentPort } from 'node:worker_threads';
import { synthesize } from '../synthesis/engine.js';
import type { SynthesisInput } from '../synthesis/input.js';
import { withOpaqueParticipants } from '../synthesis/privacy.js';

parentPort!.on('message', (input: SynthesisInput) => {
  parentPort!.postMessage(withOpaqueParticipants(synthesize(input)));
});
