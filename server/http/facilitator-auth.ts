/**
 * The console's HTTP downloads (codebook, exports) open a round with its facilitator key or its
 * read-only observer key (both only read), sent in the Authorization header and never in a URL,
 * where it could end up in a log.
 */
import type { Request, Response } from 'express';
import { consoleAccess } from '../keys.js';
import type { RoundRegistry } from '../rounds/registry.js';
import type { RoundService } from '../rounds/round-service.js';

const ROUND_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function bearerKey(req: Request): string | null {
  const header = req.get('authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

/** The round named in the path if the key opens its console; otherwise answers 403 and returns null. */
export async function consoleRound(req: Request, res: Response, registry: RoundRegistry, secret: Buffer): Promise<RoundService | null> {
  const key = bearerKey(req);
  const roundId = String(req.params.roundId);
  const service = ROUND_ID.test(roundId) ? await registry.get(roundId) : null;
  if (!key || !service || !consoleAccess(secret, service.round, key)) {
    res.status(403).json({ ok: false, error: { code: 'wrong-facilitator-key', message: 'This facilitator key does not open this round.' } });
    return null;
  }
  return service;
}
