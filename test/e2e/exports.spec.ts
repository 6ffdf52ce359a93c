import { expect, test, type Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { io, type Socket } from 'socket.io-client';
import { pdfText } from '../support/pdf-text.js';
import { createRoundAsFacilitator } from './fixtures.js';

type Ack = { ok: true; [key: string]: unknown } | { ok: false; error: { message: string } };

async function connect(baseURL: string): Promise<Socket> {
  const socket = io(baseURL, { transports: ['websocket'], forceNew: true });
  await new Promise<void>((resolve, reject) => socket.once('connect', () => resolve()).once('connect_error', reject));
  return socket;
}

async function ok<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  const ack = (await socket.timeout(10_000).emitWithAck(event, payload)) as Ack;
  if (!ack.ok) throw new Error(`${event} refused: ${ack.error.message}`);
  return ack as unknown as T;
}

let ops = 0;
const opId = () => `e2e-export-${++ops}-abcdefgh`;
const token = (n: number) => `export-phone-${String(n).padStart(4, '0')}-${'y'.repeat(32)}`;

const SESSIONS = [
  { title: 'Brussels roundtable', place: 'Brussels', date: '2026-10-02', format: 'roundtable', texts: ['Refugee protection under the 1951 Convention is common ground for every government.', 'The Global Forum on Migration and Development must move from talking to acting.'] },
  { title: 'Nairobi working lunch', place: 'Nairobi', date: '2026-10-09', format: 'working-meal', texts: ['Asylum and refugee protection remain shared ground.', 'The GFMD needs outcomes, not only dialogue.'] },
  { title: 'Washington roundtable', place: 'Washington', date: '2026-10-16', format: 'roundtable', texts: ['Protecting refugees is where States already cooperate.', 'Parliamentarians can hold governments to their migration commitments.'] },
];

/** Three sessions in three places, three phones each, everyone voting on their session's contributions. */
async function populate(page: Page, baseURL: string): Promise<void> {
  const link = await page.getByLabel('Private facilitator link').inputValue();
  const [roundId, key] = new URL(link).hash.slice(1).split('.');
  const sockets: Socket[] = [];
  const facilitator = await connect(baseURL);
  sockets.push(facilitator);
  await ok(facilitator, 'facilitator:auth', { roundId, key });
  let phone = 0;
  for (const s of SESSIONS) {
    const { sessionId, joinCode } = await ok<{ sessionId: string; joinCode: string }>(facilitator, 'session:create', { title: s.title, place: s.place, date: s.date, format: s.format });
    const { snapshot } = await ok<{ snapshot: { questions: { id: string }[] } }>(facilitator, 'session:watch', { sessionId });
    const questionId = snapshot.questions[0].id;
    await ok(facilitator, 'question:open', { sessionId, questionId });
    const phones = await Promise.all([0, 1, 2].map(() => connect(baseURL)));
    sockets.push(...phones);
    for (const p of phones) await ok(p, 'participant:join', { joinCode, token: token(phone++), category: 'government' });
    const ids: string[] = [];
    for (const [i, text] of s.texts.entries()) {
      const { contribution } = await ok<{ contribution: { id: string } }>(phones[i], 'contribution:add', { questionId, text, quotable: i === 0, opId: opId() });
      ids.push(contribution.id);
    }
    for (const p of phones) for (const id of ids) await ok(p, 'vote:cast', { contributionId: id, vote: 'agree', opId: opId() });
  }
  for (const s of sockets) s.disconnect();
}

async function download(page: Page, format: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`.export-buttons button[data-format="${format}"]`).click()]);
  return readFileSync((await file.path())!);
}

function xmlText(xml: string): string {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return [...Array.from(doc.getElementsByTagName('w:t'))].map((t) => t.textContent).join(' ');
}

test('the facilitator downloads the round synthesis in every format', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const facilitator = await createRoundAsFacilitator(browser);
  const page = facilitator.page;
  await populate(page, baseURL!);
  await expect(page.locator('.sessions li')).toHaveCount(3);
  await page.getByRole('tab', { name: 'Exports' }).click();
  const title = 'Conversations on the Global Governance of Migration — Phase III';

  const docx = await JSZip.loadAsync(await download(page, 'docx'));
  const word = xmlText(await docx.file('word/document.xml')!.async('string'));
  expect(word).toContain(title);
  expect(word).toContain('Key convergence');
  expect(word).toContain('Washington roundtable participant, government sector');

  const pdf = await pdfText(await download(page, 'pdf'));
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  expect(pdf.text.join(' ')).toMatch(/thematic consolidation/i);
  expect(pdf.text[0]).toContain('Page 1 of');

  const html = (await download(page, 'html')).toString('utf8');
  expect(html).toContain('<h2>Thematic consolidation</h2>');
  expect(html).not.toMatch(/<script/i);

  const md = (await download(page, 'md')).toString('utf8');
  expect(md).toMatch(/^# Conversations on the Global Governance of Migration — Phase III/);
  expect(md).toContain('| Nairobi working lunch | Nairobi | 9 October 2026 | Working lunch or dinner |');

  const csv = (await download(page, 'csv')).toString('utf8');
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 6);
  expect(csv).toContain('Parliamentarians can hold governments to their migration commitments.');

  const polis = await JSZip.loadAsync(await download(page, 'polis'));
  expect(Object.keys(polis.files).sort()).toEqual(['comments.csv', 'participants-votes.csv', 'summary.csv', 'votes.csv']);

  const json = JSON.parse((await download(page, 'json')).toString('utf8')) as { findings: unknown[]; sessions: unknown[] };
  expect(json.sessions).toHaveLength(3);
  expect(json.findings.length).toBeGreaterThan(0);

  await page.getByLabel('Cover').selectOption({ label: 'Nairobi working lunch — Nairobi' });
  const session = (await download(page, 'md')).toString('utf8');
  expect(session).toMatch(/^# Nairobi working lunch/);
  expect(session).not.toContain('Parliamentarians can hold governments');
  await facilitator.context.close();
});
