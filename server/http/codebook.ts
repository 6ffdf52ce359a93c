/** The round's curated codebook as a JSON download, for the facilitator to carry to the next round. */
import type { Request, Response, Router } from 'express';
import express from 'express';
import { facilitatorKeyMatches } from '../keys.js';
import type { RoundRegistry } from '../rounds/registry.js';
import { exportCodebook } from '../synthesis/codebook.js';
import { initialCuration } from '../synthesis/curation.js';

/** The facilitator key travels in the Authorization header, never in a URL that could be logged. */
export function bearerKey(req: Request): string | null {
  const header = req.get('authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

export function codebookRouter(registry: RoundRegistry): Router {
  const router = express.Router();
  router.get('/api/rounds/:roundId/codebook', async (req: Request, res: Response) => {
    const key = bearerKey(req);
    const service = /^[A-Za-z0-9_-]{1,64}$/.test(String(req.params.roundId)) ? await registry.get(String(req.params.roundId)) : null;
    if (!key || !service || !facilitatorKeyMatches(key, service.round.keyHash)) {
      res.status(403).json({ ok: false, error: { code: 'wrong-facilitator-key', message: 'This facilitator key does not open this round.' } });
      return;
    }
    const codebook = (service.round.curation ?? initialCuration()).codebook;
    res.type('application/json').set('Content-Disposition', 'attachment; filename="codebook.json"').send(exportCodebook(codebook));
  });
  return router;
}
