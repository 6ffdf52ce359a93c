/**
 * `GET /api/rounds/:roundId/exports/:format[?session=ID][&lang=fr]`: the round's synthesis (or
 * one session's) as a document to download, opened with the facilitator or observer key. It is written in
 * `lang` where asked, else in the session's language (a round's: its first session's).
 */
import type { Request, Response, Router } from 'express';
import express from 'express';
import { EXPORT_FORMATS, isExportFormat } from '../../shared/exports.js';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../shared/languages.js';
import type { Round } from '../domain/state.js';
import { renderExport } from '../documents/exports.js';
import { PdfUnavailableError } from '../documents/pdf.js';
import type { RoundRegistry } from '../rounds/registry.js';
import type { Store } from '../store/types.js';
import { documentSource, type DocumentSynthesis } from '../use-cases/export-document.js';
import { consoleRound } from './facilitator-auth.js';

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ ok: false, error: { code, message } });
}

/** The session's language, or for a round its first session's. */
function languageOf(round: Round, sessionId: string | null): Language {
  const session = round.sessions.get(sessionId ?? round.sessionOrder[0] ?? '');
  return session?.language ?? DEFAULT_LANGUAGE;
}

export function exportsRouter(registry: RoundRegistry, store: Store, synthesize: DocumentSynthesis): Router {
  const router = express.Router();
  router.get('/api/rounds/:roundId/exports/:format', async (req: Request, res: Response) => {
    const format = String(req.params.format);
    if (!isExportFormat(format)) {
      fail(res, 400, 'invalid-payload', `Unknown export format "${format.slice(0, 20)}"; known formats: ${EXPORT_FORMATS.map((f) => f.id).join(', ')}.`);
      return;
    }
    const service = await consoleRound(req, res, registry, store.secret);
    if (!service) return;
    const round = service.round;
    const sessionId = typeof req.query.session === 'string' ? req.query.session : null;
    if (sessionId !== null && !round.sessions.has(sessionId)) {
      fail(res, 404, 'session-not-found', 'This round has no such session.');
      return;
    }
    const lang = req.query.lang;
    if (lang !== undefined && !isLanguage(lang)) {
      fail(res, 400, 'invalid-payload', `Unknown language; known languages: ${LANGUAGES.join(', ')}.`);
      return;
    }
    const covered = sessionId === null ? round.sessionOrder : [sessionId];
    const rosters = await Promise.all(covered.map((id) => store.roster.counts(id)));
    const title = sessionId === null ? round.title : round.sessions.get(sessionId)!.title;
    try {
      const source = { ...(await documentSource(round, sessionId, rosters, synthesize)), language: lang ?? languageOf(round, sessionId) };
      const out = await renderExport(format, source, title);
      res
        .status(200)
        .type(out.contentType)
        .set('Content-Disposition', `attachment; filename="${out.fileName}"`)
        .set('Cache-Control', 'no-store')
        .send(out.body);
    } catch (err) {
      if (err instanceof PdfUnavailableError) fail(res, 503, 'pdf-unavailable', err.message);
      else throw err;
    }
  });
  return router;
}
