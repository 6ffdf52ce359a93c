/**
 * The synthesis thread's own code (see synthesis-thread.ts): it computes the node's syntheses (a
 * round's for its facilitators, a session's for its screen, a document's for an export), so that
 * the event loop carrying the room's messages never waits for one. A large round's opinion groups are kept here
 * between recomputes, per round, while few votes change.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { describeFatal } from '../fatal.js';
import { synthesize } from '../synthesis/engine.js';
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

function groupsOf(roundId: string): LiveGroups {
  let groups = groupsByRound.get(roundId);
  if (!groups) groupsByRound.set(roundId, (groups = new LiveGroups()));
  return groups;
}

port.on('message', (message: ToSynthesisThread) => {
  if (message.type === 'forget') {
    groupsByRound.delete(message.roundId);
    return;
  }
  const started = performance.now();
  let reply: FromSynthesisThread;
  try {
    const options = message.keepGroupsOf === null ? {} : { groupsOf: groupsOf(message.keepGroupsOf).groupsOf };
    const computed = synthesize(message.input, options);
    const synthesis = message.opaque ? withOpaqueParticipants(computed) : computed;
    reply = { type: 'done', id: message.id, synthesis, busyMs: performance.now() - started };
  } catch (error) {
    reply = { type: 'failed', id: message.id, error: describeFatal(error) };
  }
  port.postMessage(reply);
});
