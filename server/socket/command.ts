/**
 * Binds one acknowledged command: parse at the edge, run the handler, acknowledge.
 * A payload that fails validation is refused before anything else runs. Nothing is logged per command:
 * a line per command, at any level, would time a participant's actions; failures are counted instead.
 */
import { commandSchemas, type Command, type CommandName } from '../../shared/protocol/commands.js';
import type { CommandResults } from '../../shared/protocol/events.js';
import type { Ack } from '../../shared/protocol/result.js';
import { payloadRefusal, toProtocolError } from './errors.js';
import type { FailureReport } from './failures.js';
import type { TypedSocket } from './types.js';

export type CommandHandler<N extends CommandName> = (payload: Command<N>, socket: TypedSocket) => Promise<CommandResults[N]>;

export interface CommandGuard {
  /** Throws RateLimited when the socket sends too much. */
  check(socket: TypedSocket, name: CommandName): Promise<void>;
}

export interface CommandDeps {
  guard: CommandGuard;
  failures: FailureReport;
}

export function bindCommand<N extends CommandName>(socket: TypedSocket, name: N, handler: CommandHandler<N>, deps: CommandDeps): void {
  const listener = async (...args: unknown[]) => {
    // Without an acknowledgement there is nobody to answer; the command is not run either.
    const ack = args.at(-1);
    if (typeof ack !== 'function') return;
    const reply = ack as (response: Ack<CommandResults[N]>) => void;
    try {
      await deps.guard.check(socket, name);
      if (args.length !== 2) {
        reply({ ok: false, error: { code: 'invalid-payload', message: 'A command carries exactly one payload.' } });
        return;
      }
      const parsed = commandSchemas[name].safeParse(args[0]);
      if (!parsed.success) {
        reply({ ok: false, error: payloadRefusal(parsed.error) });
        return;
      }
      const result = await handler(parsed.data as Command<N>, socket);
      reply({ ok: true, ...result });
    } catch (error) {
      const protocolError = toProtocolError(error);
      if (protocolError.code === 'unavailable') deps.failures.record(name, describe(error));
      reply({ ok: false, error: protocolError });
    }
  };
  (socket.on as (event: string, listener: (...args: unknown[]) => void) => void)(name, listener);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}

/** Any event that is not a command of the protocol gets a clear refusal, if it asked for an answer. */
export function refuseUnknownEvents(socket: TypedSocket): void {
  socket.onAny((event: string, ...args: unknown[]) => {
    if (Object.hasOwn(commandSchemas, event)) return;
    const ack = args.at(-1);
    if (typeof ack === 'function') {
      ack({ ok: false, error: { code: 'unknown-event', message: `"${String(event).slice(0, 40)}" is not part of the protocol.` } });
    }
  });
}
