/**
 * Keyed hashes of a phone's secret token. Each purpose has its own derivation, so the key that
 * marks a phone's own contributions cannot be joined to the key that holds its votes, nor to the roster.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface PhoneKeys {
  authorKey: string;
  voterKey: string;
  rosterKey: string;
}

export function derivePhoneKeys(secret: Buffer, roundId: string, sessionId: string, token: string): PhoneKeys {
  const keyed = (purpose: string, scope: string) =>
    createHmac('sha256', secret).update(`${purpose}\u0000${scope}\u0000${token}`).digest('base64url').slice(0, 32);
  return {
    authorKey: keyed('author', roundId),
    voterKey: keyed('voter', roundId),
    rosterKey: keyed('roster', sessionId),
  };
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
  const a = Buffer.from(hashFacilitatorKey(presented), 'utf8');
  const b = Buffer.from(storedHash, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What rate limiters store for a client address: a keyed hash, so no address is kept anywhere. */
export function addressKey(secret: Buffer, address: string): string {
  return createHmac('sha256', secret).update(`address\u0000${address}`).digest('base64url').slice(0, 22);
}
