import type { Logger } from '../logger.js';
import type { Presence } from '../realtime/presence.js';
import type { Publisher } from '../realtime/publisher.js';
import type { RoundRegistry } from '../rounds/registry.js';
import type { RoundService } from '../rounds/round-service.js';
import type { Store } from '../store/types.js';
import { refuse } from '../domain/errors.js';
import type { Session } from '../domain/state.js';
import type { CommandGuard } from './command.js';
import type { FailureReport } from './failures.js';
import type { JoinGate } from './join-gate.js';

export interface SocketDeps {
  registry: RoundRegistry;
  store: Store;
  publisher: Publisher;
  presence: Presence;
  guard: CommandGuard;
  joinGate: JoinGate;
  failures: FailureReport;
  logger: Logger;
  now: () => number;
}

export async function requireRound(deps: SocketDeps, roundId: string): Promise<RoundService> {
  return (await deps.registry.get(roundId)) ?? refuse('round-not-found', 'There is no such round.');
}

export function requireSession(service: RoundService, sessionId: string): Session {
  return service.round.sessions.get(sessionId) ?? refuse('session-not-found', 'There is no such session in this round.');
}

/** A session its join code still opens: an ended one's code is retired. */
export function requireOpenSession(service: RoundService, sessionId: string): Session {
  const session = requireSession(service, sessionId);
  if (session.status.state === 'ended') refuse('session-ended', 'This session has ended: its join code opens it no more.');
  return session;
}
