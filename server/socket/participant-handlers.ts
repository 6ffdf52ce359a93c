/** Commands from phones: join, post, vote, tag, resynchronise. */
import { refuse } from '../domain/errors.js';
import type { ParticipantActor } from '../domain/actor.js';
import { isKnownCategory } from '../domain/attribution.js';
import { derivePhoneKeys } from '../keys.js';
import { rooms } from '../realtime/rooms.js';
import { participantContribution, participantSnapshot, postedTo, votedOn } from '../views/participant.js';
import { commandBinder } from './command.js';
import { requireRound, requireSession, type SocketDeps } from './deps.js';
import type { TypedSocket } from './types.js';

export function bindParticipantCommands(socket: TypedSocket, deps: SocketDeps): void {
  const bind = commandBinder(socket, deps);

  bind('participant:join', async ({ joinCode, joinKey, token, category }) => {
    if (category && !isKnownCategory(category)) refuse('invalid-payload', 'Unknown participant category.');
    const { joinKey: sessionKey, ...ref } = await deps.joinGate.open(socket, joinCode, joinKey);
    const service = await requireRound(deps, ref.roundId);
    const session = requireSession(service, ref.sessionId);
    leaveSession(socket, deps);
    const keys = derivePhoneKeys(deps.store.secret, ref.roundId, ref.sessionId, token);
    socket.data.participant = { ...keys, ...ref, category: category ?? null };
    await deps.store.roster.join(session.id, keys.rosterKey, category ?? null);
    deps.presence.connect(session.id, keys.rosterKey);
    deps.publisher.presenceChanged(ref.roundId, session.id);
    return { snapshot: enterRooms(socket, deps, service.round, session.id), joinKey: sessionKey };
  });

  bind('contribution:add', async (payload) => {
    const { service, actor } = await asParticipant(socket, deps);
    const session = service.round.sessions.get(actor.sessionId)!;
    const firstPost = !postedTo(service.round, session.id, actor.authorKey).has(payload.questionId);
    const committed = await service.execute({ name: 'contribution:add', payload }, actor);
    const id = committed.events[0]?.event.type === 'contribution.added' ? committed.events[0].event.contributionId : service.round.appliedOps.get(payload.opId);
    const contribution = id ? service.round.contributions.get(id) : undefined;
    if (!contribution) refuse('conflict', 'This contribution could not be found after storing it.');
    socket.join(rooms.postedTo(session.id, payload.questionId));
    if (firstPost && session.settings.visibility === 'after-posting') socket.emit('session:stale', { version: committed.version });
    return { contribution: participantContribution(service.round, session, contribution, actor), version: committed.version };
  });

  bind('vote:cast', async (payload) => {
    const { service, actor } = await asParticipant(socket, deps);
    const committed = await service.execute({ name: 'vote:cast', payload }, actor);
    if (payload.vote === null) socket.leave(rooms.votedOn(payload.contributionId));
    else socket.join(rooms.votedOn(payload.contributionId));
    return { version: committed.version };
  });

  bind('tag:set', async (payload) => {
    const { service, actor } = await asParticipant(socket, deps);
    const committed = await service.execute({ name: 'tag:set', payload }, actor);
    return { version: committed.version };
  });
}

export async function asParticipant(socket: TypedSocket, deps: SocketDeps) {
  const p = socket.data.participant;
  if (!p) refuse('not-joined', 'Join a session with its code first.');
  const service = await requireRound(deps, p.roundId);
  const actor: ParticipantActor = { role: 'participant', sessionId: p.sessionId, authorKey: p.authorKey, voterKey: p.voterKey, category: p.category };
  return { service, actor };
}

/** Puts the socket in the rooms that match what it may see, and returns its snapshot. */
export function enterRooms(socket: TypedSocket, deps: SocketDeps, round: Parameters<typeof participantSnapshot>[0], sessionId: string) {
  const p = socket.data.participant!;
  const session = round.sessions.get(sessionId)!;
  socket.join(rooms.participants(sessionId));
  for (const questionId of postedTo(round, sessionId, p.authorKey)) socket.join(rooms.postedTo(sessionId, questionId));
  for (const id of votedOn(round, sessionId, p.voterKey)) socket.join(rooms.votedOn(id));
  return participantSnapshot(round, session, p, deps.now());
}

export function leaveSession(socket: TypedSocket, deps: SocketDeps): void {
  const p = socket.data.participant;
  if (!p) return;
  for (const room of socket.rooms) if (room !== socket.id) socket.leave(room);
  deps.presence.disconnect(p.sessionId, p.rosterKey);
  deps.publisher.presenceChanged(p.roundId, p.sessionId);
  socket.data.participant = undefined;
}
