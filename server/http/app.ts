/** HTTP: health, round creation, QR codes, the facilitator's downloads, and the built client. */
import express, { type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRoundSchema } from '../../shared/protocol/commands.js';
import type { RoundRegistry } from '../rounds/registry.js';
import type { DocumentSynthesis } from '../use-cases/export-document.js';
import { clientFiles, REVALIDATE, sendClientFile } from './client-files.js';
import { codebookRouter } from './codebook.js';
import { exportsRouter } from './exports.js';
import { qrRouter } from './qr.js';
import { RoundDamaged, type Store } from '../store/types.js';
import { payloadRefusal, roundDamagedError } from '../socket/errors.js';
import { limitRequests, type RequestBudgets } from './rate-limit.js';
import { securityHeaders } from './security.js';

export interface HttpDeps {
  registry: RoundRegistry;
  store: Store;
  clientDir: string;
  publicUrl?: string;
  rounds: RequestBudgets;
  /** A document's synthesis, computed off the event loop (the node's synthesis thread). */
  synthesize: DocumentSynthesis;
}

/** Where engine.io (Socket.IO's transport) answers; the prefix it intercepts, trailing slash included. */
export const SOCKET_IO_PATH = '/socket.io/';

const CLIENT_ROUTES = ['/', '/join', '/join/:code', '/facilitate', '/projector/:code'];

export function createHttpApp(deps: HttpDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Requests under Socket.IO's path belong to engine.io, which takes them before they reach this app
  // (server.ts). Were the app ever attached beside engine.io, it must stay silent there: a second
  // answer to one request throws ERR_HTTP_HEADERS_SENT inside engine.io and stops the process.
  app.use((req, _res, next) => {
    if (!req.originalUrl.startsWith(SOCKET_IO_PATH)) next();
  });
  app.use(securityHeaders());
  app.use(express.json({ limit: '16kb' }));

  app.get('/healthz', (_req, res) => {
    // A damaged round is set aside and the node serves every other one: still healthy, but say so.
    res.json({ ok: true, store: deps.store.kind, damagedRounds: deps.store.damagedRounds?.() ?? 0 });
  });

  app.post('/api/rounds', limitRequests(deps.rounds, 'rounds have been created from here'), async (req: Request, res: Response) => {
    const parsed = createRoundSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ ok: false, error: payloadRefusal(parsed.error) });
      return;
    }
    const { roundId, facilitatorKey } = await deps.registry.createRound(parsed.data.title);
    // The key travels in the URL fragment, which browsers never send to a server or put in its logs.
    res.status(201).json({ ok: true, roundId, facilitatorKey, facilitatorPath: `/facilitate#${roundId}.${facilitatorKey}` });
  });

  app.use(qrRouter(deps.store.secret, deps.publicUrl));
  app.use(codebookRouter(deps.registry, deps.store.secret));
  app.use(exportsRouter(deps.registry, deps.store, deps.synthesize));

  app.use('/api', (_req, res) => {
    res.status(404).json({ ok: false, error: { code: 'not-found', message: 'No such endpoint.' } });
  });

  const clientDir = resolve(deps.clientDir);
  const index = join(clientDir, 'index.html');
  app.use(clientFiles(clientDir));
  app.get(CLIENT_ROUTES, (req, res) => {
    if (existsSync(index)) sendClientFile(req, res, index, REVALIDATE);
    else res.status(503).type('text/plain').send('The client is not built. Run `npm run build` (npm start does it for you).');
  });

  app.use((error: unknown, _req: Request, res: Response, _next: express.NextFunction) => {
    if (error instanceof RoundDamaged) {
      res.status(503).json({ ok: false, error: roundDamagedError() });
      return;
    }
    const status = (error as { status?: number }).status ?? 500;
    res.status(status).json({ ok: false, error: { code: status === 500 ? 'internal' : 'invalid-payload', message: status === 500 ? 'Something went wrong.' : 'The request is not valid.' } });
  });
  return app;
}
