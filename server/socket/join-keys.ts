/**
 * A session's join key: a keyed hash of its join code, long enough (132 bits) that it cannot be
 * guessed, so a code presented with its key is opened without touching the wrong-guess budgets.
 * It is the same for every phone of the session and says nothing about any of them; links and QR
 * codes carry it, and every phone that got in is given it for its reconnects.
 */
import { derivedKey, derivedKeyMatches } from '../keys.js';

const JOIN_KEY_LENGTH = 22;

export function joinKeyFor(secret: Buffer, code: string): string {
  return derivedKey(secret, 'join-key', code, JOIN_KEY_LENGTH);
}

/** Whether `presented` is the key of `code`, compared in constant time. */
export function joinKeyMatches(secret: Buffer, code: string, presented: string): boolean {
  return derivedKeyMatches(secret, 'join-key', code, JOIN_KEY_LENGTH, presented);
}
