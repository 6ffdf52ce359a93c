/** The round's curated codebook as a JSON download, for the facilitator to carry to the next round. */
import type { Request, Response, Router } from 'express';
import express from 'express';
import type { RoundRegistry } from '../rounds/registry.js';
import { exportCodebook } from '../synthesis/codebook.js';
import { initialCuration } from '../synthesis/curation.js';
import { facilitatorRound } from './facilitator-auth.js';

export function codebookRouter(registry: RoundRegistry): Router {
  const router = express.Router();
  router.get('/api/rounds/:roundId/codebook', async (req: Request, res: Response) => {
    const service = await facilitatorRound(req, res, registry);
    if (!service) return;
    const codebook = (service.round.curation ?? initialCuration()).codebook;
    res.type('application/json').set('Content-Disposition', 'attachment; filename="codebook.json"').send(exportCodebook(codebook));
  });
  return router;
}
