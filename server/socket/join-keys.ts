/**
 * A session's join key: a keyed hash of its join code, long enough (132 bits) that it cannot be
 * guessed, so a code presented with its key is opened without touching the wrong-guess budgets.
 * It is the same for every phone of the session and says nothing about any of them; links and QR
 * codes carry it, and every phone that got in is given it for its reconnects.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function joinKeyFor(secret: Buffer, code: string): string {
  return createHmac('sha256', secret).update(`join-key\u0000${code}`).digest('base64url').slice(0, 22);
}

/** Whether `presented` is the key of `code`, compared in constant time. */
export function joinKeyMatches(secret: Buffer, code: string, presented: string): boolean {
  const expected = Buffer.from(joinKeyFor(secret, code), 'utf8');
  const given = Buffer.from(presented, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
