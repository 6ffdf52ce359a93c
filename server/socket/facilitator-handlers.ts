/** Commands from whoever holds a round's facilitator key: the agenda, moderation, curation. */
import type { CommandName } from '../../shared/protocol/commands.js';
import { refuse } from '../domain/errors.js';
import type { DomainCommand } from '../domain/decide/index.js';
import { facilitatorKeyMatches } from '../keys.js';
import { rooms } from '../realtime/rooms.js';
import { curationEventSchema } from '../synthesis/curation.js';
import { facilitatorSnapshot, roundView } from '../views/facilitator.js';
import { commandBinder } from './command.js';
import { requireRound, requireSession, type SocketDeps } from './deps.js';
import { describeZodError } from './errors.js';
import { joinKeyFor } from './join-keys.js';
import type { TypedSocket } from './types.js';

/** Facilitator commands that map one to one onto a domain command and answer with the new version. */
const PLAIN_COMMANDS = [
  'session:update',
  'session:settings',
  'session:lock',
  'session:end',
  'question:edit',
  'question:include',
  'questions:reorder',
  'question:open',
  'question:close',
  'countdown:set',
  'countdown:clear',
  'contribution:hide',
  'contribution:unhide',
  'contributions:merge',
  'contribution:unmerge',
  'contribution:star',
  'contribution:promote',
  'tags:set',
] as const satisfies readonly (CommandName & DomainCommand['name'])[];

export function bindFacilitatorCommands(socket: TypedSocket, deps: SocketDeps): void {
  const bind = commandBinder(socket, deps);

  // Never throttled beyond the command rates: a facilitator key holds 256 random bits, so guessing one is hopeless,
  // and a right key must get in at once whatever anyone else on the same network is doing.
  bind('facilitator:auth', async ({ roundId, key }) => {
    const service = await deps.registry.get(roundId);
    if (!service || !facilitatorKeyMatches(key, service.round.keyHash)) {
      refuse('wrong-facilitator-key', 'This facilitator link is not valid. Ask the person who created the round for the current link.');
    }
    socket.data.facilitatorOf = roundId;
    socket.join(rooms.roundFacilitators(roundId));
    setImmediate(() => {
      deps.publisher.liveSynthesis(service.round).then(
        (synthesis) => synthesis && socket.emit('synthesis:updated', { synthesis }),
        (err: unknown) => deps.logger.error({ err: String(err) }, 'live synthesis failed'),
      );
    });
    return { round: roundView(service.round) };
  });

  bind('session:create', async (payload) => {
    const service = await asFacilitator(socket, deps);
    const reserved = await deps.registry.claimJoinCode(service.id);
    await service.execute({ name: 'session:create', payload, ...reserved }, { role: 'facilitator' });
    return reserved;
  });

  bind('session:watch', async ({ sessionId }) => {
    const service = await asFacilitator(socket, deps);
    const session = requireSession(service, sessionId);
    if (socket.data.watching && socket.data.watching !== sessionId) socket.leave(rooms.facilitators(socket.data.watching));
    socket.data.watching = sessionId;
    socket.join(rooms.facilitators(sessionId));
    const roster = await deps.store.roster.counts(sessionId);
    const snapshot = facilitatorSnapshot(service.round, session, { connected: deps.presence.count(sessionId), roster }, deps.now());
    return { snapshot, joinKey: joinKeyFor(deps.store.secret, session.joinCode) };
  });

  bind('question:add', async (payload) => {
    const service = await asFacilitator(socket, deps);
    const committed = await service.execute({ name: 'question:add', payload }, { role: 'facilitator' });
    const added = committed.events.find((e) => e.event.type === 'question.added');
    if (added?.event.type !== 'question.added') refuse('conflict', 'The question was not added.');
    return { questionId: added.event.question.id, version: committed.version };
  });

  bind('discussion:add', async (payload) => {
    const service = await asFacilitator(socket, deps);
    const committed = await service.execute({ name: 'discussion:add', payload }, { role: 'facilitator' });
    const added = committed.events[0]?.event;
    if (added?.type !== 'contribution.added') refuse('conflict', 'The point was not added.');
    return { contributionId: added.contributionId, version: committed.version };
  });

  bind('curation:apply', async ({ event }) => {
    const service = await asFacilitator(socket, deps);
    const parsed = curationEventSchema.safeParse(event);
    if (!parsed.success) refuse('invalid-payload', describeZodError(parsed.error));
    const committed = await service.execute({ name: 'curation:apply', payload: { event: parsed.data } }, { role: 'facilitator' });
    return { version: committed.version };
  });

  for (const name of PLAIN_COMMANDS) {
    bind(name, async (payload) => {
      const service = await asFacilitator(socket, deps);
      const committed = await service.execute({ name, payload } as DomainCommand, { role: 'facilitator' });
      return { version: committed.version };
    });
  }
}

export async function asFacilitator(socket: TypedSocket, deps: SocketDeps) {
  const roundId = socket.data.facilitatorOf;
  if (!roundId) refuse('forbidden', 'Only the facilitator can do this.');
  return requireRound(deps, roundId);
}
