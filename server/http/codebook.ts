/**
 * The round's curated codebook as a JSON download, for the facilitator to carry to the next round,
 * with the contributions they placed by hand written in as the themes' learned examples.
 */
import type { Request, Response, Router } from 'express';
import express from 'express';
import type { RoundRegistry } from '../rounds/registry.js';
import { exportCodebook } from '../synthesis/codebook.js';
import { initialCuration } from '../domain/curation.js';
import { codebookWithLearned } from '../synthesis/learning.js';
import { roundSynthesisInput } from '../use-cases/synthesis-input.js';
import { consoleRound } from './facilitator-auth.js';

export function codebookRouter(registry: RoundRegistry, secret: Buffer): Router {
  const router = express.Router();
  router.get('/api/rounds/:roundId/codebook', async (req: Request, res: Response) => {
    const service = await consoleRound(req, res, registry, secret);
    if (!service) return;
    const codebook = codebookWithLearned(service.round.curation ?? initialCuration(), roundSynthesisInput(service.round).contributions);
    res.type('application/json').set('Content-Disposition', 'attachment; filename="codebook.json"').send(exportCodebook(codebook));
  });
  return router;
}
