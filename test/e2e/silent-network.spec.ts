/**
 * A phone notices its network is gone without being told: when nothing gets through any more (no `offline` event,
 * the browser still believes it is online), the missing heartbeat shows "Offline" within 15 s, not 45. And when the
 * browser does say so, the badge shows at once. Either way, what was written meanwhile is sent when the network returns.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createRoundAsFacilitator, createSession, joinAsParticipant, openFirstQuestion } from './fixtures.js';

/** Lets the page's Socket.IO traffic through, or swallows it both ways (WebSocket frames and long-polling requests alike). */
async function switchableNetwork(context: BrowserContext): Promise<{ silence(on: boolean): void }> {
  let silent = false;
  await context.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) => {
      if (!silent) ws.send(message);
    });
    ws.onMessage((message) => {
      if (!silent) server.send(message);
    });
  });
  await context.route(/\/socket\.io\//, (route) => (silent ? route.abort() : route.continue()));
  return { silence: (on) => (silent = on) };
}

async function postPending(page: Page, text: string): Promise<void> {
  await page.getByLabel('Your contribution').fill(text);
  await page.getByRole('button', { name: /Post/ }).click();
  await expect(page.locator('.contribution', { hasText: text })).toContainText('Pending');
}

test('a network gone silent shows "Offline" within 15 s from the missing heartbeat, and what was written goes once it returns', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Roundtable on labour mobility', 'Brussels');
  await openFirstQuestion(facilitator.page);
  let network: { silence(on: boolean): void } | undefined;
  const phone = await joinAsParticipant(browser, code, undefined, async (context) => {
    network = await switchableNetwork(context);
  });
  const badge = phone.page.locator('.status');
  await expect(badge).toHaveText('Online');

  const silentSince = Date.now();
  network!.silence(true);
  await expect(badge).toHaveText('Offline', { timeout: 15_000 });
  expect(Date.now() - silentSince).toBeLessThan(15_000);
  expect(await phone.page.evaluate(() => navigator.onLine)).toBe(true);
  const lineHeight = parseFloat(await badge.evaluate((el) => getComputedStyle(el).lineHeight));
  expect((await badge.boundingBox())!.height).toBeLessThan(2 * lineHeight);

  const text = 'Written while nothing got through.';
  await postPending(phone.page, text);
  network!.silence(false);
  await expect(badge).toHaveText('Online', { timeout: 40_000 });
  await expect(phone.page.locator('.contribution.mine', { hasText: text })).toContainText('Yours');
  await expect(facilitator.page.locator('.live-contributions .contribution', { hasText: text })).toHaveCount(1);
  await phone.context.close();
  await facilitator.context.close();
});

test('the browser going offline shows the badge at once; coming back removes it and sends what waited', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Plenary on return and reintegration', 'New York');
  await openFirstQuestion(facilitator.page);
  const phone = await joinAsParticipant(browser, code);
  const badge = phone.page.locator('.status');

  const offlineAt = Date.now();
  await phone.context.setOffline(true);
  await expect(badge).toHaveText('Offline', { timeout: 3_000 });
  expect(Date.now() - offlineAt).toBeLessThan(3_000);
  const text = 'Written on the train between two sessions.';
  await postPending(phone.page, text);

  await phone.context.setOffline(false);
  await expect(badge).toHaveText('Online', { timeout: 15_000 });
  await expect(phone.page.locator('.contribution.mine', { hasText: text })).toContainText('Yours');
  await expect(facilitator.page.locator('.live-contributions .contribution', { hasText: text })).toHaveCount(1);
  await phone.context.close();
  await facilitator.context.close();
});
