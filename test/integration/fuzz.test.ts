/**
 * Seeded fuzzing of every client command. For each one, fast-check builds payloads the schema
 * refuses (random values, and valid payloads with one part broken) and sends them from a joined
 * phone and from a facilitator. The server must answer each with an error, change nothing, and stay up.
 * Seeds that once failed stay below as named tests.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandSchemas, type CommandName } from '../../shared/protocol/commands.js';
import { validExamples } from './examples.js';
import { ok, opId, participant, removeDir, roomWithOpenQuestion, startTestNode, waitFor, type Client, type TestNode } from './harness.js';

const RUNS_PER_COMMAND = 40;
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261128);
/** Seeds that once made a property fail: [command, seed, what it found]. */
const REGRESSIONS: [CommandName, number, string][] = [
  ['participant:join', 777, 'a command sent with no payload, only an acknowledgement, was never answered'],
  ['projector:watch', 778, 'a payload followed by a second argument was never answered'],
];

let node: TestNode;
let room: Awaited<ReturnType<typeof roomWithOpenQuestion>>;
let phone: Client;
let observer: Client;
let examples: Record<CommandName, Record<string, unknown>>;

beforeAll(async () => {
  // Generous command budgets: this is about validation, not rate limits (abuse.test.ts covers those).
  node = await startTestNode(undefined, {}, { limits: { commandsPerSocket: 1e6, commandsPerAddress: 1e6 } });
  room = await roomWithOpenQuestion(node);
  phone = (await participant(node, room.joinCode, 1)).socket;
  observer = (await participant(node, room.joinCode, 2)).socket;
  const { contribution } = await ok(phone, 'contribution:add', { questionId: room.questionId, text: 'A real point', quotable: false, opId: opId() });
  examples = validExamples(room.sessionId, room.questionId, contribution.id);
  // Let the coalesced updates of the setup (every 50 ms) arrive before counting what the observer hears.
  await waitFor(() => observer.received.some((r) => r.event === 'contribution:added'));
  await new Promise((r) => setTimeout(r, 200));
});

afterAll(async () => {
  for (const s of [phone, observer, room.facilitator]) s.disconnect();
  await node.close();
  removeDir(node.dataDir);
});

const hostileString = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('', ' ', '\u202Eevil', 'a\u0000b', '\u200B', 'x'.repeat(1001), '__proto__', 'constructor', '../../etc/passwd'),
);
const hostileValue = fc.oneof(fc.anything({ maxDepth: 3, maxKeys: 5 }), hostileString, fc.constant(undefined), fc.double(), fc.bigInt().map(String));

/** A valid payload with one part broken: a field dropped, replaced, or an unknown one added. */
function brokenPayload(example: Record<string, unknown>) {
  const keys = Object.keys(example);
  return fc.oneof(
    fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(example).filter(([key]) => key !== k))),
    fc.tuple(fc.constantFrom(...keys), hostileValue).map(([k, v]) => ({ ...example, [k]: v })),
    fc.tuple(hostileString, hostileValue).map(([k, v]) => ({ ...example, [`extra${k}`]: v ?? null })),
  );
}

/** Argument lists as a client could send them: one bad payload, or a wrong number of arguments. */
function badArguments(name: CommandName) {
  const payload = fc.oneof(hostileValue, brokenPayload(examples[name])).filter((p) => !commandSchemas[name].safeParse(p).success);
  return fc.oneof({ weight: 5, arbitrary: payload.map((p) => [p]) }, { weight: 1, arbitrary: fc.tuple(fc.constant(examples[name]), hostileValue) }, { weight: 1, arbitrary: fc.constant([] as unknown[]) });
}

async function emit(socket: Client, name: CommandName, args: unknown[]) {
  const timed = socket.timeout(5000) as unknown as { emitWithAck(event: string, ...a: unknown[]): Promise<{ ok: boolean; error?: { code: string } }> };
  return timed.emitWithAck(name, ...args);
}

function roundVersion(): Promise<number> {
  return node.registry.get(room.round.roundId).then((s) => s!.round.version);
}

function fuzzProperty(name: CommandName) {
  return fc.asyncProperty(badArguments(name), fc.boolean(), async (args, asFacilitator) => {
    const before = await roundVersion();
    const heardBefore = observer.received.length;
    const ack = await emit(asFacilitator ? room.facilitator : phone, name, args);
    expect(ack.ok).toBe(false);
    expect(['invalid-payload', 'text-empty', 'text-too-long', 'text-bad-character']).toContain(ack.error?.code);
    expect(await roundVersion()).toBe(before);
    expect(observer.received.length).toBe(heardBefore);
  });
}

describe('fuzzing every client command', () => {
  for (const [index, name] of (Object.keys(commandSchemas) as CommandName[]).entries()) {
    it(`${name}: every bad payload is refused and changes nothing`, async () => {
      await fc.assert(fuzzProperty(name), { numRuns: RUNS_PER_COMMAND, seed: BASE_SEED + index });
    });
  }

  for (const [name, seed, found] of REGRESSIONS) {
    it(`${name}, seed ${seed}: ${found}`, async () => {
      await fc.assert(fuzzProperty(name), { numRuns: RUNS_PER_COMMAND, seed });
    });
  }

  it('survives a message over the size limit by closing that one connection', async () => {
    const big = await participant(node, room.joinCode, 3);
    const closed = new Promise<string>((resolve) => big.socket.once('disconnect', resolve));
    big.socket.emit('contribution:add', { questionId: room.questionId, text: 'x'.repeat(100_000), quotable: false, opId: opId() } as never, () => undefined);
    expect(await closed).toBe('transport close');
    big.socket.disconnect();
    const res = await fetch(`${node.url}/healthz`);
    expect(res.ok).toBe(true);
    await ok(phone, 'vote:cast', { contributionId: examples['vote:cast'].contributionId as string, vote: 'agree', opId: opId() });
  });
});
