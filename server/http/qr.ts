/**
 * `GET /api/qr/:code.svg[?k=KEY]`: the QR code of a session's join link, for the facilitator's and
 * the projector's screens. With the session's join key the link carries it, so a phone that scans
 * it gets in at once; only a key that matches the code is encoded (this endpoint hands out no key).
 *
 * The link's base is PUBLIC_URL when set; otherwise the address the browser used (its Host header),
 * and then the answer says it varies with Host. Only the browser keeps it: a shared cache has no
 * reason to hold a session's join link, nor one made for another Host.
 */
import type { Request, Response, Router } from 'express';
import express from 'express';
import QRCode from 'qrcode';
import { isWellFormedJoinCode, joinPath, normaliseJoinCode } from '../../shared/protocol/limits.js';
import { joinKeyMatches } from '../socket/join-keys.js';

const CACHE_CONTROL = 'private, max-age=3600';
/** A host name or address with an optional port: nothing that could bend the link into another path. */
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

function invalid(res: Response, message: string): void {
  res.status(400).json({ ok: false, error: { code: 'invalid-payload', message } });
}

export function qrRouter(secret: Buffer, publicUrl: string | undefined): Router {
  const router = express.Router();
  const fixedBase = publicUrl?.replace(/\/+$/, '');
  router.get('/api/qr/:code.svg', async (req: Request, res: Response) => {
    const code = normaliseJoinCode(String(req.params.code));
    if (!isWellFormedJoinCode(code)) {
      invalid(res, 'Not a join code.');
      return;
    }
    const key = typeof req.query.k === 'string' ? req.query.k : null;
    if (key !== null && !joinKeyMatches(secret, code, key)) {
      invalid(res, 'This is not the join key of this code.');
      return;
    }
    let base = fixedBase;
    if (base === undefined) {
      const host = req.get('host') ?? '';
      if (!HOST.test(host)) {
        invalid(res, 'The Host header is not a host name; set PUBLIC_URL to print QR codes for a fixed address.');
        return;
      }
      base = `${req.protocol}://${host}`;
      res.vary('Host');
    }
    const svg = await QRCode.toString(`${base}${joinPath(code, key)}`, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    res.type('image/svg+xml').set('Cache-Control', CACHE_CONTROL).send(svg);
  });
  return router;
}
