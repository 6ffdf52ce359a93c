/** Field limits shared by the server's validation and the client's counters. */
export const PROTOCOL_VERSION = 1;

export const LIMITS = {
  contributionText: 1000,
  questionText: 1000,
  title: 200,
  place: 80,
  reason: 300,
  token: 128,
  opId: 64,
  id: 64,
  joinCode: 12,
  facilitatorKey: 128,
  questionsPerSession: 200,
  mergeSources: 50,
  countdownSeconds: 4 * 60 * 60,
  maxPayloadBytes: 64 * 1024,
} as const;

/** Join codes use characters that are hard to confuse when read aloud or typed (no 0/O, 1/I/L, U/V). */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const JOIN_CODE_LENGTH = 6;

export function normaliseJoinCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
