/**
 * The routing table's types: each command of the protocol names who may send it and its handler.
 * The binder checks the rate, the payload (against the command's schema in shared/protocol), then
 * the role, and hands the handler what that role holds: a command with no route fails to compile.
 */
import type { Command, CommandName } from '../../shared/protocol/commands.js';
import type { CommandResults } from '../../shared/protocol/events.js';
import { refuse } from '../domain/errors.js';
import type { ParticipantActor } from '../domain/actor.js';
import type { RoundService } from '../rounds/round-service.js';
import { bindCommand } from './command.js';
import { requireRound, type SocketDeps } from './deps.js';
import type { JoinedPhone, TypedSocket } from './types.js';

export interface Caller {
  socket: TypedSocket;
  deps: SocketDeps;
}

/** A socket that opened a round's console: with the facilitator key, or with the observer key for what only reads. */
export interface FacilitatorCaller extends Caller {
  service: RoundService;
}

/** A socket whose phone joined a session. */
export interface ParticipantCaller extends Caller {
  service: RoundService;
  actor: ParticipantActor;
  phone: JoinedPhone;
}

type Handler<N extends CommandName, C> = (payload: Command<N>, caller: C) => Promise<CommandResults[N]>;

export type Route<N extends CommandName> =
  | { role: 'anyone'; handle: Handler<N, Caller> }
  | { role: 'facilitator'; handle: Handler<N, FacilitatorCaller> }
  | { role: 'console'; handle: Handler<N, FacilitatorCaller> }
  | { role: 'participant'; handle: Handler<N, ParticipantCaller> };

export type RouteTable = { [N in CommandName]: Route<N> };

export function bindRoutes(socket: TypedSocket, deps: SocketDeps, routes: RouteTable): void {
  for (const name of Object.keys(routes) as CommandName[]) bindRoute(socket, deps, name, routes[name]);
}

function bindRoute<N extends CommandName>(socket: TypedSocket, deps: SocketDeps, name: N, route: Route<N>): void {
  bindCommand(socket, name, (payload) => run(route, payload, { socket, deps }), deps);
}

async function run<N extends CommandName>(route: Route<N>, payload: Command<N>, caller: Caller): Promise<CommandResults[N]> {
  switch (route.role) {
    case 'anyone':
      return route.handle(payload, caller);
    case 'facilitator':
      return route.handle(payload, { ...caller, service: await asFacilitator(caller) });
    case 'console':
      return route.handle(payload, { ...caller, service: await asConsole(caller) });
    case 'participant':
      return route.handle(payload, { ...caller, ...(await asParticipant(caller)) });
  }
}

/** The round of this socket's console, with either key: for what only reads. */
async function asConsole({ socket, deps }: Caller): Promise<RoundService> {
  const opened = socket.data.consoleOf;
  if (!opened) refuse('forbidden', 'Only the facilitator can do this.');
  return requireRound(deps, opened.roundId);
}

/** The round of this socket's console, opened with the facilitator key: for everything that changes the round. */
async function asFacilitator(caller: Caller): Promise<RoundService> {
  if (caller.socket.data.consoleOf?.access === 'observer') refuse('read-only-link', 'This link only lets you watch the session: ask the facilitator to do this.');
  return asConsole(caller);
}

async function asParticipant({ socket, deps }: Caller) {
  const phone = socket.data.participant;
  if (!phone) refuse('not-joined', 'Join a session with its code first.');
  const service = await requireRound(deps, phone.roundId);
  const actor: ParticipantActor = {
    role: 'participant',
    sessionId: phone.sessionId,
    authorTag: (contributionId) => phone.own.authorTag(contributionId),
    wrote: (contribution) => phone.own.wrote(contribution),
    voterKey: phone.voterKey,
    category: phone.category,
  };
  return { service, actor, phone };
}
