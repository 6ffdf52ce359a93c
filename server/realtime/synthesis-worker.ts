/**
 * The synthesis thread's own code (see synthesis-thread.ts): it computes the node's syntheses (a
 * round's for its facilitators, a session's for its screen, a document's for an export), so that
 * the event loop carrying the room's messages never waits for one. For each round computed live it
 * keeps its own copy of the round, folded from the committed events, and the round's opinion
 * groups between recomputes while few votes change.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { describeFatal } from '../fatal.js';
import { evolve } from '../domain/evolve.js';
import type { Round } from '../domain/state.js';
import { synthesize } from '../synthesis/engine.js';
import type { SynthesisInput } from '../synthesis/input.js';
import { roundSynthesisInput } from '../use-cases/synthesis-input.js';
import { LiveGroups } from '../synthesis/live-groups.js';
import { withOpaqueParticipants } from '../synthesis/privacy.js';
import { SYNTHESIS_THREAD_NICENESS, type FromSynthesisThread, type ToSynthesisThread } from './synthesis-messages.js';

/** Linux schedules each thread on its own, so this thread alone is given the lower priority; elsewhere it keeps the process's. */
function yieldToTheEventLoop(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId)) setPriority(threadId, SYNTHESIS_THREAD_NICENESS);
  } catch {
    // No /proc/thread-self (not Linux): the thread runs at the process's priority.
  }
}

yieldToTheEventLoop();
const port = parentPort!;
const groupsByRound = new Map<string, LiveGroups>();
/** The rounds whose live synthesis is computed here, each this thread's own copy, folded from the committed events. */
const heldRounds = new Map<string, Round>();

function groupsOf(roundId: string): LiveGroups {
  let groups = groupsByRound.get(roundId);
  if (!groups) groupsByRound.set(roundId, (groups = new LiveGroups()));
  return groups;
}

/** A copy an event does not apply to is dropped: the next computation finds it stale and asks for the round again. */
function fold(roundId: string, events: readonly { seq: number; event: unknown }[]): void {
  const round = heldRounds.get(roundId);
  if (!round) return;
  try {
    for (const stored of events) evolve(round, stored);
  } catch {
    heldRounds.delete(roundId);
  }
}

function computed(id: number, input: SynthesisInput, keepGroupsOf: string | null, opaque: boolean): FromSynthesisThread {
  const started = performance.now();
  try {
    const options = keepGroupsOf === null ? {} : { groupsOf: groupsOf(keepGroupsOf).groupsOf };
    const synthesis = synthesize(input, options);
    return { type: 'done', id, synthesis: opaque ? withOpaqueParticipants(synthesis) : synthesis, busyMs: performance.now() - started };
  } catch (error) {
    return { type: 'failed', id, error: describeFatal(error) };
  }
}

port.on('message', (message: ToSynthesisThread) => {
  switch (message.type) {
    case 'forget':
      groupsByRound.delete(message.roundId);
      heldRounds.delete(message.roundId);
      return;
    case 'hold':
      heldRounds.set(message.round.id, message.round);
      return;
    case 'events':
      return fold(message.roundId, message.events);
    case 'compute':
      return port.postMessage(computed(message.id, message.input, null, message.opaque));
    case 'compute-held': {
      const round = heldRounds.get(message.roundId);
      if (round?.version !== message.version) return port.postMessage({ type: 'stale', id: message.id } satisfies FromSynthesisThread);
      return port.postMessage(computed(message.id, roundSynthesisInput(round), round.id, true));
    }
  }
});
