/**
 * Keyed hashes of a phone's secret token. Each purpose has its own derivation, so nothing derived for
 * one purpose can be joined to what is derived for another, and two contributions of one phone carry
 * nothing in common:
 * - the author seed and the operation seed stay in the socket's memory; what is stored is, per
 *   contribution, an author tag (the seed's hash of the contribution id) and, per operation, an
 *   operation key (the seed's hash of the opId). Without the token nobody, the holder of the server's
 *   secret included, can tell whether two tags or two operation keys come from the same phone;
 * - the voter key is the phone's row of the vote matrix (the synthesis needs it), one per session, so
 *   that a round's matrix does not say who attended which sessions (a rare pattern names a person);
 * - the roster key counts the phone once per session.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface PhoneKeys {
  authorSeed: Buffer;
  opSeed: Buffer;
  voterKey: string;
  rosterKey: string;
  /** The single author key contributions stored before author tags carry: compared with them, never stored. */
  legacyAuthorKey: string;
}

const TAG_LENGTH = 22; // 132 bits of base64url

function keyed(key: Buffer, ...parts: string[]): Buffer {
  return createHmac('sha256', key).update(parts.join('\u0000')).digest();
}

/**
 * `votersPerRound`: the round's log holds votes stored when voter keys spanned the round; its phones keep
 * that key, so that their earlier votes stay theirs.
 */
export function derivePhoneKeys(secret: Buffer, roundId: string, sessionId: string, token: string, votersPerRound = false): PhoneKeys {
  const text = (purpose: string, scope: string) => keyed(secret, purpose, scope, token).toString('base64url').slice(0, 32);
  return {
    authorSeed: keyed(secret, 'author-seed', roundId, token),
    opSeed: keyed(secret, 'op-seed', roundId, token),
    voterKey: votersPerRound ? text('voter', roundId) : text('session-voter', sessionId),
    rosterKey: text('roster', sessionId),
    legacyAuthorKey: text('author', roundId),
  };
}

/** What a contribution stores of its author: only the phone holding the seed can recompute it. */
export function authorTag(authorSeed: Buffer, contributionId: string): string {
  return createHmac('sha256', authorSeed).update(contributionId).digest('base64url').slice(0, TAG_LENGTH);
}

/** What an event stores of the opId that made it: scoped to the phone, unlinkable to its other operations. */
export function operationKey(opSeed: Buffer, opId: string): string {
  return createHmac('sha256', opSeed).update(opId).digest('base64url').slice(0, TAG_LENGTH);
}

export function newId(): string {
  return randomBytes(12).toString('base64url');
}

export function newFacilitatorKey(): string {
  return randomBytes(32).toString('base64url');
}

export function hashFacilitatorKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('base64url');
}

/** Compares a presented key with the stored hash in constant time. */
export function facilitatorKeyMatches(presented: string, storedHash: string): boolean {
  return sameText(hashFacilitatorKey(presented), storedHash);
}

/**
 * A key the server derives from its secret for one purpose and one subject: nobody without the
 * secret can make it, and the server need not store it.
 */
export function derivedKey(secret: Buffer, purpose: string, subject: string, length: number): string {
  return createHmac('sha256', secret).update(`${purpose}\u0000${subject}`).digest('base64url').slice(0, length);
}

/** Whether `presented` is the derived key, compared in constant time. */
export function derivedKeyMatches(secret: Buffer, purpose: string, subject: string, length: number, presented: string): boolean {
  return sameText(derivedKey(secret, purpose, subject, length), presented);
}

function sameText(expected: string, presented: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(presented, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** An observer key has a facilitator key's 256 bits, so its link looks and holds like one. */
const OBSERVER_KEY_LENGTH = 43;

/** A round's read-only key, for a co-facilitator or rapporteur: derived, so it is never stored. */
export function observerKeyFor(secret: Buffer, roundId: string): string {
  return derivedKey(secret, 'observer-key', roundId, OBSERVER_KEY_LENGTH);
}

/** What a key opens of a round's console: everything, a read-only view, or nothing. */
export type ConsoleAccess = 'facilitator' | 'observer';

export function consoleAccess(secret: Buffer, round: { id: string; keyHash: string }, presented: string): ConsoleAccess | null {
  if (facilitatorKeyMatches(presented, round.keyHash)) return 'facilitator';
  if (derivedKeyMatches(secret, 'observer-key', round.id, OBSERVER_KEY_LENGTH, presented)) return 'observer';
  return null;
}

/** What rate limiters store for a client address: a keyed hash, so no address is kept anywhere. */
export function addressKey(secret: Buffer, address: string): string {
  return createHmac('sha256', secret).update(`address\u0000${address}`).digest('base64url').slice(0, 22);
}
