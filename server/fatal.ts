/**
 * What the process does when an error escapes every handler (an uncaught exception or a rejected
 * promise nobody awaited): the node is now in a state nobody planned for, so it logs what can be
 * logged safely and exits non-zero for its supervisor to restart it. Every acknowledged write is
 * already on disk (or in Redis); phones reconnect and resend their outbox.
 *
 * The error's message is never logged: it may quote input (a parser quoting a contribution, say).
 * Its name, code and stack frames say where it happened without saying what anyone typed.
 */
import type { Logger } from './logger.js';

export const FATAL_EXIT_CODE = 1;
const MAX_FRAMES = 20;

export interface FatalDescription {
  name: string;
  code?: string;
  frames: string[];
}

export function describeFatal(error: unknown): FatalDescription {
  if (!(error instanceof Error)) return { name: `non-error ${error === null ? 'null' : typeof error}`, frames: [] };
  const code = (error as { code?: unknown }).code;
  // The stack starts with "Name: message" (possibly over several lines); only the "at …" lines are kept.
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => line.trim());
  return { name: error.name, ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}), frames };
}

export function exitOnFatalErrors(logger: Logger, exit: (code: number) => void = (code) => process.exit(code)): void {
  const fail = (kind: string) => (error: unknown) => {
    logger.fatal({ kind, error: describeFatal(error) }, 'fatal error: exiting for the supervisor to restart the node');
    logger.flush();
    exit(FATAL_EXIT_CODE);
  };
  process.on('uncaughtException', fail('uncaught exception'));
  process.on('unhandledRejection', fail('unhandled rejection'));
}
