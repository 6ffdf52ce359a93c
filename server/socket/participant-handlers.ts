/** Commands from phones: join, post, vote, tag, withdraw their own, resynchronise. */
import { refuse } from '../domain/errors.js';
import { isKnownCategory } from '../domain/attribution.js';
import { appliedBefore, type ParticipantCommand } from '../domain/decide/index.js';
import type { Round } from '../domain/state.js';
import { derivePhoneKeys, operationKey } from '../keys.js';
import { rooms } from '../realtime/rooms.js';
import { participantContribution, participantSnapshot, postedTo, votedOn } from '../views/participant.js';
import { requireOpenSession, requireRound, type SocketDeps } from './deps.js';
import { OwnContributions } from './own-contributions.js';
import type { RouteTable } from './routes.js';
import type { JoinedPhone, TypedSocket } from './types.js';

export const participantRoutes = {
  'participant:join': {
    role: 'anyone',
    handle: async ({ joinCode, joinKey, token, category }, { socket, deps }) => {
      if (category && !isKnownCategory(category)) refuse('invalid-payload', 'Unknown participant category.');
      const { joinKey: sessionKey, ...ref } = await deps.joinGate.open(socket, joinCode, joinKey);
      const service = await requireRound(deps, ref.roundId);
      const session = requireOpenSession(service, ref.sessionId);
      leaveSession(socket, deps);
      const keys = derivePhoneKeys(deps.store.secret, ref.roundId, ref.sessionId, token, service.round.votersPerRound);
      socket.data.participant = {
        ...ref,
        category: category ?? null,
        voterKey: keys.voterKey,
        rosterKey: keys.rosterKey,
        opSeed: keys.opSeed,
        own: new OwnContributions(ref.sessionId, keys.authorSeed, keys.legacyAuthorKey),
      };
      await deps.store.roster.join(session.id, keys.rosterKey, category ?? null);
      deps.presence.connect(session.id, keys.rosterKey);
      deps.publisher.presenceChanged(ref.roundId, session.id);
      return { snapshot: enterRooms(socket, deps, service.round, session.id), joinKey: sessionKey };
    },
  },

  'contribution:add': {
    role: 'participant',
    handle: async (payload, { socket, service, actor, phone }) => {
      const firstPost = !postedTo(service.round, phone.own.in(service.round)).has(payload.questionId);
      const command: ParticipantCommand = { name: 'contribution:add', payload, opKey: operationKey(phone.opSeed, payload.opId) };
      const committed = await service.execute(command, actor);
      // The state may have been rebuilt from the log meanwhile: read everything from the current one.
      const round = service.round;
      const added = committed.events[0]?.event;
      const applied = appliedBefore(round, command);
      const id = added?.type === 'contribution.added' ? added.contributionId : applied?.kind === 'contribution' ? applied.contributionId : undefined;
      const contribution = id ? round.contributions.get(id) : undefined;
      if (!contribution) refuse('conflict', 'This contribution could not be found after storing it.');
      const session = round.sessions.get(contribution.sessionId)!;
      socket.join(rooms.postedTo(session.id, contribution.questionId));
      if (firstPost && session.settings.visibility === 'after-posting') socket.emit('session:stale', {});
      return { contribution: participantContribution(round, session, contribution, viewerOf(phone, round)) };
    },
  },

  'vote:cast': {
    role: 'participant',
    handle: async (payload, { socket, service, actor, phone }) => {
      await service.execute({ name: 'vote:cast', payload, opKey: operationKey(phone.opSeed, payload.opId) }, actor);
      if (payload.vote === null) socket.leave(rooms.votedOn(payload.contributionId));
      else socket.join(rooms.votedOn(payload.contributionId));
      return {};
    },
  },

  'tag:set': {
    role: 'participant',
    handle: async (payload, { service, actor, phone }) => {
      await service.execute({ name: 'tag:set', payload, opKey: operationKey(phone.opSeed, payload.opId) }, actor);
      return {};
    },
  },

  'contribution:withdraw': {
    role: 'participant',
    handle: async (payload, { service, actor }) => {
      await service.execute({ name: 'contribution:withdraw', payload }, actor);
      return {};
    },
  },
} satisfies Partial<RouteTable>;

function viewerOf(phone: JoinedPhone, round: Round) {
  return { voterKey: phone.voterKey, mine: phone.own.in(round) };
}

/** Puts the socket in the rooms that match what it may see, and returns its snapshot. */
export function enterRooms(socket: TypedSocket, deps: SocketDeps, round: Round, sessionId: string) {
  const phone = socket.data.participant!;
  const session = round.sessions.get(sessionId)!;
  const viewer = viewerOf(phone, round);
  socket.join(rooms.participants(sessionId));
  for (const questionId of postedTo(round, viewer.mine)) socket.join(rooms.postedTo(sessionId, questionId));
  for (const id of votedOn(round, sessionId, phone.voterKey)) socket.join(rooms.votedOn(id));
  return participantSnapshot(round, session, viewer, deps.now());
}

export function leaveSession(socket: TypedSocket, deps: SocketDeps): void {
  const p = socket.data.participant;
  if (!p) return;
  for (const room of socket.rooms) if (room !== socket.id) socket.leave(room);
  deps.presence.disconnect(p.sessionId, p.rosterKey);
  deps.publisher.presenceChanged(p.roundId, p.sessionId);
  socket.data.participant = undefined;
}
