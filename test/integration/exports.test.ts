import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../shared/exports.js';
import { closePdfRenderer } from '../../server/documents/pdf.js';
import { pdfText } from '../support/pdf-text.js';
import { cleanupAfter, ok, opId, participant, roomWithOpenQuestion, token, testNodeIn } from './harness.js';

const cleanup = cleanupAfter(afterEach);

/** What a person could read in an export: zipped parts unpacked, PDF text extracted. */
async function readable(format: string, body: Buffer): Promise<string[]> {
  if (format === 'polis' || format === 'docx') return Promise.all(Object.values((await JSZip.loadAsync(body)).files).map((f) => f.async('string')));
  if (format === 'pdf') return (await pdfText(body)).text;
  return [body.toString('utf8')];
}

describe('exports over HTTP', () => {
  it('answer a PDF request on a server without Chromium with what to install', { timeout: 30_000 }, async () => {
    const node = await testNodeIn(cleanup);
    const room = await roomWithOpenQuestion(node);
    cleanup.push(() => room.facilitator.disconnect());
    await closePdfRenderer();
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    cleanup.push(() => (saved === undefined ? delete process.env.CHROMIUM_PATH : (process.env.CHROMIUM_PATH = saved)));
    const res = await fetch(`${node.url}/api/rounds/${room.round.roundId}/exports/pdf`, { headers: { authorization: `Bearer ${room.round.facilitatorKey}` } });
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('pdf-unavailable');
    expect(body.error.message).toMatch(/apt-get install -y chromium/);
  });

  it('open with the facilitator key only, cover a round or a session, and carry no identifier', { timeout: 90_000 }, async () => {
    const node = await testNodeIn(cleanup);
    const room = await roomWithOpenQuestion(node, 'Brussels');
    cleanup.push(() => room.facilitator.disconnect());
    const second = await ok(room.facilitator, 'session:create', { title: 'Nairobi working lunch', place: 'Nairobi', date: '2026-11-30', format: 'working-meal' });

    const phones = await Promise.all([0, 1, 2, 3].map((n) => participant(node, room.joinCode, n, n < 3 ? 'business' : null)));
    cleanup.push(() => phones.forEach((p) => p.socket.disconnect()));
    const posted = [];
    for (const [i, text] of ['Refugee protection is common ground for every government.', 'Labour migration needs employers at the table.'].entries()) {
      posted.push(await ok(phones[i].socket, 'contribution:add', { questionId: room.questionId, text, quotable: i === 0, opId: opId() }));
    }
    for (const p of phones) for (const c of posted) await ok(p.socket, 'vote:cast', { contributionId: c.contribution.id, vote: 'agree', opId: opId() });

    const base = `${node.url}/api/rounds/${room.round.roundId}/exports`;
    const auth = { headers: { authorization: `Bearer ${room.round.facilitatorKey}` } };
    expect((await fetch(`${base}/md`)).status).toBe(403);
    expect((await fetch(`${base}/md`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(403);
    const unknown = await fetch(`${base}/odt`, auth);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('known formats: docx, pdf');
    expect((await fetch(`${base}/md?session=nope`, auth)).status).toBe(404);

    const secrets = [room.joinCode, second.joinCode, room.round.facilitatorKey, ...[0, 1, 2, 3].map(token), ...phones.map((p) => p.socket.id!)];
    for (const format of EXPORT_FORMATS) {
      const res = await fetch(`${base}/${format.id}`, auth);
      expect(res.status, format.id).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(new RegExp(`attachment; filename="conversations-on-the-global-governance-of-migration-phase-iii\\.${format.extension}"`));
      const body = Buffer.from(await res.arrayBuffer());
      const texts = await readable(format.id, body);
      for (const text of texts) for (const secret of secrets) expect(text.includes(secret), `${format.id} holds ${secret}`).toBe(false);
    }

    const word = (await readable('docx', Buffer.from(await (await fetch(`${base}/docx`, auth)).arrayBuffer()))).join('');
    expect(word).toContain('Refugee protection is common ground for every government.');
    const round = await (await fetch(`${base}/md`, auth)).text();
    expect(round).toContain('Refugee protection is common ground for every government');
    expect(round).toContain('Brussels roundtable participant, business sector');
    expect(round).toMatch(/\| Nairobi working lunch \| Nairobi \| 30 November 2026 \| Working lunch or dinner \|/);
    const session = await (await fetch(`${base}/md?session=${second.sessionId}`, auth)).text();
    expect(session).toContain('# Nairobi working lunch');
    expect(session).not.toContain('Refugee protection');
  });

  it('are written in the session’s language, a round’s in its first session’s, unless the request asks for another', { timeout: 60_000 }, async () => {
    const node = await testNodeIn(cleanup);
    const room = await roomWithOpenQuestion(node, 'Genève');
    cleanup.push(() => room.facilitator.disconnect());
    const phone = await participant(node, room.joinCode, 0);
    cleanup.push(() => phone.socket.disconnect());
    await ok(phone.socket, 'contribution:add', { questionId: room.questionId, text: 'La protection des réfugiés est un terrain d’entente.', quotable: false, opId: opId() });
    const base = `${node.url}/api/rounds/${room.round.roundId}/exports`;
    const auth = { headers: { authorization: `Bearer ${room.round.facilitatorKey}` } };

    expect(await (await fetch(`${base}/md`, auth)).text()).toContain('## How the conversations were run');
    await ok(room.facilitator, 'session:update', { sessionId: room.sessionId, details: { language: 'fr' } });
    const round = await (await fetch(`${base}/md`, auth)).text();
    expect(round).toContain('## Déroulement des conversations');
    expect(round).toContain('28 novembre 2026');
    const html = await (await fetch(`${base}/html?session=${room.sessionId}`, auth)).text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<li dir="auto">La protection des réfugiés est un terrain d’entente. (aucun vote)');
    const spanish = await (await fetch(`${base}/md?lang=es`, auth)).text();
    expect(spanish).toContain('## Cómo se desarrollaron las conversaciones');
    const csv = await (await fetch(`${base}/csv?lang=es`, auth)).text();
    expect(csv.split('\n')[0]).toMatch(/^\uFEFF?número,sesión,lugar,pregunta,contribución/);
    const wrong = await fetch(`${base}/md?lang=de`, auth);
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toContain('en, fr, es');
  });
});
