/**
 * The node's synthesis thread: the same synthesis the engine gives in-process, participants already
 * opaque; a computation that fails is reported without its message; a thread that dies fails what it
 * held and the next computation gets a new one; a stopped thread computes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { generateRound } from '../../bench/synthesis.js';
import type { RoundEvent } from '../../server/domain/events.js';
import type { FatalDescription } from '../../server/fatal.js';
import { SynthesisThread, SynthesisThreadFailed } from '../../server/realtime/synthesis-thread.js';
import { synthesize } from '../../server/synthesis/engine.js';
import type { SynthesisInput } from '../../server/synthesis/input.js';
import { roundSynthesisInput } from '../../server/use-cases/synthesis-input.js';
import { Harness } from '../domain/harness.js';
import { withOpaqueParticipants } from '../../server/synthesis/privacy.js';
import { SYNTHESIS_THREAD_NICENESS } from '../../server/realtime/synthesis-messages.js';

const threads: SynthesisThread[] = [];
afterEach(async () => {
  await Promise.all(threads.splice(0).map((thread) => thread.stop()));
});

function thread(options: ConstructorParameters<typeof SynthesisThread>[0] = {}): SynthesisThread {
  const made = new SynthesisThread(options);
  threads.push(made);
  return made;
}

const round = generateRound({ participants: 40, contributions: 60, votes: 900, seed: 7 });

describe('the synthesis thread', () => {
  it('gives what the engine gives in-process, with participants already opaque', async () => {
    const computed = await thread().compute(round);
    expect(computed).not.toBeNull();
    expect(computed!.value).toEqual(withOpaqueParticipants(synthesize(round)));
    expect(computed!.busyMs).toBeGreaterThan(0);
    const members = computed!.value.groups.flatMap((g) => g.participants);
    expect(members.length).toBeGreaterThan(0);
    for (const id of members) expect(round.votes.some((v) => v.participant === id)).toBe(false);
  });

  it('keeps participant ids in a document’s synthesis, whose vote matrix needs them', async () => {
    const computed = await thread().compute(round, { opaque: false });
    expect(computed!.value).toEqual(synthesize(round));
    for (const id of computed!.value.groups.flatMap((g) => g.participants)) expect(round.votes.some((v) => v.participant === id)).toBe(true);
  });

  it('keeps its own copy of a round from the committed events, and computes what a fresh copy gives', async () => {
    const synthesis = thread();
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const phones = [1, 2, 3, 4].map((n) => h.participant(sessionId, n));
    const ids = ['Regional agreements move faster than global ones.', 'Cities need a seat at the table.'].map((text, i) => h.post(phones[i], questionId, text));
    const fresh = () => withOpaqueParticipants(synthesize(roundSynthesisInput(h.round)));
    expect((await synthesis.computeRound(h.round))!.value).toEqual(fresh());

    const before = h.log.length;
    ids.push(h.post(phones[2], questionId, 'Data on labour shortages should be shared across borders.'));
    for (const phone of phones) for (const id of ids) h.vote(phone, id, 'agree');
    synthesis.committed(h.round, h.log.slice(before));
    const after = (await synthesis.computeRound(h.round))!.value;
    expect(after).toEqual(fresh());
    expect(after.contributions).toHaveLength(3);
    expect(after.contributions.every((c) => c.tally.agree === 4)).toBe(true);
  });

  it('sends the round again when its copy missed events, or when the thread lost it', async () => {
    const synthesis = thread();
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const phone = h.participant(sessionId, 1);
    h.post(phone, questionId, 'Regional agreements move faster than global ones.');
    await synthesis.computeRound(h.round);
    const fresh = () => withOpaqueParticipants(synthesize(roundSynthesisInput(h.round)));

    // Committed without telling the thread: its copy is behind.
    h.post(phone, questionId, 'Cities need a seat at the table.');
    expect((await synthesis.computeRound(h.round))!.value).toEqual(fresh());

    // Told of an event its copy cannot fold: the thread drops the copy and answers that it is stale.
    const version = h.round.version;
    synthesis.committed({ ...h.round, version: version + 1 }, [{ seq: version + 1, event: { type: 'no.such.event' } as unknown as RoundEvent }]);
    h.post(phone, questionId, 'Data on labour shortages should be shared across borders.');
    expect(h.round.version).toBe(version + 1);
    const recovered = (await synthesis.computeRound(h.round))!.value;
    expect(recovered).toEqual(fresh());
    expect(recovered.contributions).toHaveLength(3);
  });

  it('reports a computation that fails by its error’s name and frames, and goes on computing', async () => {
    const failures: FatalDescription[] = [];
    const synthesis = thread({ onFailure: (error) => failures.push(error) });
    const broken = { ...round, contributions: [{ id: 'x', text: 'A quotable secret about the minister' }], votes: null } as unknown as SynthesisInput;
    await expect(synthesis.compute(broken)).rejects.toBeInstanceOf(SynthesisThreadFailed);
    expect(failures).toHaveLength(1);
    expect(failures[0].name).toBe('TypeError');
    expect(failures[0].frames.length).toBeGreaterThan(0);
    expect(JSON.stringify(failures)).not.toContain('secret');
    expect((await synthesis.compute(round))?.value.contributions).toHaveLength(round.contributions.length);
  });

  it('fails what a dying thread held, and starts a new thread for the next computation', async () => {
    const dying = thread({ entry: new URL('../support/exiting-synthesis-worker.ts', import.meta.url) });
    await expect(dying.compute(round)).rejects.toThrow(/exited/);
    await expect(dying.compute(round)).rejects.toThrow(/exited/);
  });

  it('lets an idle thread go, and starts a new one for the next computation', async () => {
    const synthesis = thread({ idleMs: 50 });
    await synthesis.compute(round);
    expect(synthesis.running).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(synthesis.running).toBe(false);
    expect((await synthesis.compute(round))?.value.contributions).toHaveLength(round.contributions.length);
  });

  // Linux tells each thread's niceness in /proc (field 19 of its stat line); elsewhere the thread keeps the process's.
  it.runIf(process.platform === 'linux')('runs below the event loop’s priority, so that messages go first', async () => {
    const niceness = () =>
      readdirSync('/proc/self/task').map((tid) => Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[16]));
    expect(niceness()).not.toContain(SYNTHESIS_THREAD_NICENESS);
    await thread().compute(round);
    expect(niceness()).toContain(SYNTHESIS_THREAD_NICENESS);
    expect(niceness().filter((n) => n === SYNTHESIS_THREAD_NICENESS)).toHaveLength(1);
  });

  it('answers null once stopped, for what it held and for anything asked later', async () => {
    const synthesis = thread();
    const held = synthesis.compute(round);
    await synthesis.stop();
    expect(await held).toBeNull();
    expect(await synthesis.compute(round)).toBeNull();
  });
});
