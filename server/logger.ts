/**
 * Structured logs. Nothing here may name a person: no contribution text, no keys or tokens,
 * no socket ids, no addresses. Redaction is a second line of defence behind not logging them at all.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export const REDACTED_PATHS = [
  'key',
  'token',
  'text',
  'authorKey',
  'authorTag',
  'authorSeed',
  'opSeed',
  'opKey',
  'opId',
  'voterKey',
  'rosterKey',
  'facilitatorKey',
  'reason',
  'address',
  'ip',
  'contribution',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-forwarded-for"]',
  'req.headers["user-agent"]',
  'req.remoteAddress',
  '*.key',
  '*.token',
  '*.text',
  '*.reason',
  '*.address',
  '*.ip',
  '*.authorKey',
  '*.authorTag',
  '*.authorSeed',
  '*.opSeed',
  '*.opKey',
  '*.opId',
  '*.voterKey',
  '*.rosterKey',
  '*.contribution',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}

export type { Logger };
