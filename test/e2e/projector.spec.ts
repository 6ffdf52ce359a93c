import { expect, test, type Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { createRoundAsFacilitator, createSession, openFirstQuestion } from './fixtures.js';

const LONG = 'Regional consultative processes should share evidence before they negotiate, because States trust figures they helped to gather far more than figures handed to them; '.repeat(6).slice(0, 1000);

async function connect(baseURL: string): Promise<Socket> {
  const socket = io(baseURL, { transports: ['websocket'], forceNew: true });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return socket;
}

/** Five long contributions, each agreed with, so the projector lists its broadest agreement. */
async function populate(baseURL: string, code: string, questionId: string): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < 5; i++) {
    const s = await connect(baseURL);
    sockets.push(s);
    await s.timeout(10_000).emitWithAck('participant:join', { joinCode: code, token: `projector-phone-${i}-${'z'.repeat(40)}` });
    const ack = (await s.timeout(10_000).emitWithAck('contribution:add', { questionId, text: `${i + 1}. ${LONG}`.slice(0, 1000), opId: `proj-${i}-abcdefgh` })) as { contribution: { id: string } };
    for (const other of sockets) await other.timeout(10_000).emitWithAck('vote:cast', { contributionId: ack.contribution.id, vote: 'agree', opId: `v-${i}-${sockets.indexOf(other)}-abcdefgh` });
  }
  return sockets;
}

async function measure(page: Page) {
  return page.evaluate(() => {
    const px = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
    const qr = document.querySelector('.projector-join img')!.getBoundingClientRect();
    const outside = [...document.querySelectorAll('main *')].filter((el) => {
      const r = el.getBoundingClientRect();
      const shown = r.width > 0 && r.height > 0 && !(el as HTMLElement).closest('[hidden]');
      return shown && (r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5 || r.left < -0.5 || r.top < -0.5);
    });
    return {
      question: px('.projector-question'),
      countdown: px('.countdown-time'),
      contribution: px('.top li p'),
      qr: Math.min(qr.width, qr.height),
      contributionsShown: [...document.querySelectorAll('.top li')].filter((li) => !(li as HTMLElement).hidden).length,
      scroll: { height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth },
      outside: outside.length,
    };
  });
}

test('the projector is readable from the back of the room and nothing overflows at 1920×1080 or 1280×720', async ({ browser, baseURL }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const page = facilitator.page;
  const code = await createSession(page, 'A roundtable of ambassadors and senior officials on labour mobility and skills partnerships', 'Geneva');
  // The longest question: at most 1,000 characters, on the agenda and opened.
  await page.getByLabel('Add a question').fill(LONG);
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.getByRole('button', { name: 'Question 21: more actions' }).click();
  await page.getByLabel('Move to position').selectOption('1');
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  await openFirstQuestion(page);
  await page.getByRole('button', { name: 'Reveal tallies to everyone' }).click();
  await page.getByLabel('Minutes').fill('10');
  await page.getByRole('button', { name: 'Start countdown' }).click();
  const sessionQuestion = await page.locator('.question-row.current').getAttribute('data-question');
  const phones = await populate(baseURL!, code.replace('-', ''), sessionQuestion!);

  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const projector = await context.newPage();
  await projector.goto(`/projector/${code.replace('-', '')}`);
  await expect(projector.locator('.top li').first()).toBeVisible();
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    await projector.setViewportSize(viewport);
    await projector.waitForTimeout(300);
    const m = await measure(projector);
    expect(m.question).toBeGreaterThanOrEqual(56);
    expect(m.countdown).toBeGreaterThanOrEqual(64);
    expect(m.contribution).toBeGreaterThanOrEqual(32);
    expect(m.qr).toBeGreaterThanOrEqual(320);
    expect(m.contributionsShown).toBeGreaterThanOrEqual(1);
    expect(m.scroll).toEqual({ height: viewport.height, width: viewport.width });
    expect(m.outside).toBe(0);
    console.log(`projector ${viewport.width}×${viewport.height}: ${JSON.stringify(m)}`);
  }
  for (const s of phones) s.disconnect();
  await context.close();
  await facilitator.context.close();
});
