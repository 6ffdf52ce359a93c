import type { ZodError } from 'zod';
import type { ProtocolError, TextProblemCode } from '../../shared/protocol/result.js';
import { DomainError } from '../domain/errors.js';
import { RoundDamaged } from '../store/types.js';

export function describeZodError(error: ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The request is not valid.';
  const where = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return `${where}${first.message}`;
}

const TEXT_PROBLEMS: readonly TextProblemCode[] = ['text-empty', 'text-too-long', 'text-bad-character'];

/** A payload that failed validation: a text's own problem where the first issue is one, else `invalid-payload`. */
export function payloadRefusal(error: ZodError): ProtocolError {
  const refusal = (error.issues[0] as { params?: { refusal?: unknown } } | undefined)?.params?.refusal;
  const code = TEXT_PROBLEMS.find((c) => c === refusal) ?? 'invalid-payload';
  return { code, message: describeZodError(error) };
}

/** What a client is told when a command fails. Internal details stay in the log, never in the reply. */
export function toProtocolError(error: unknown): ProtocolError {
  if (error instanceof DomainError) return error.toProtocol();
  if (error instanceof RateLimited) return { code: 'rate-limited', message: error.message, retryAfterMs: error.retryAfterMs };
  if (error instanceof RoundDamaged) return roundDamagedError();
  return { code: 'unavailable', message: 'The server could not store this just now. Nothing was saved; please try again.' };
}

export function roundDamagedError(): ProtocolError {
  return {
    code: 'round-damaged',
    message: "This round's stored record is damaged, so it is set aside until the server's operator repairs it. Nothing was saved; other rounds are not affected.",
  };
}

export class RateLimited extends Error {
  constructor(
    readonly retryAfterMs: number,
    message = `Too many attempts. Please wait ${Math.ceil(retryAfterMs / 1000)} s and try again.`,
  ) {
    super(message);
  }
}
