import { expect, test, type Page } from '@playwright/test';
import { io } from 'socket.io-client';
import type { FacilitatorContributionView, FacilitatorSnapshot, RoundView } from '../../shared/views.js';
import { createRoundAsFacilitator, createSession, joinAsParticipant, openFirstQuestion, post } from './fixtures.js';

/** Content security policy violations the page reported (there must be none). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

/** What the server stored for the session with this join code, seen through a facilitator's own connection. */
async function storedContributions(baseURL: string, facilitatorUrl: string, joinCode: string): Promise<FacilitatorContributionView[]> {
  const [roundId, key] = new URL(facilitatorUrl).hash.slice(1).split('.');
  const socket = io(baseURL, { transports: ['websocket'], forceNew: true });
  try {
    const auth = (await socket.timeout(10_000).emitWithAck('facilitator:auth', { roundId, key })) as { ok: true; round: RoundView };
    const sessionId = auth.round.sessions.find((s) => s.joinCode === joinCode.replace('-', ''))!.id;
    const watched = (await socket.timeout(10_000).emitWithAck('session:watch', { sessionId })) as { ok: true; snapshot: FacilitatorSnapshot };
    return watched.snapshot.contributions;
  } finally {
    socket.disconnect();
  }
}

test('a phone posts and votes offline, reloads still offline, and each item arrives once when the network returns', async ({ browser, baseURL }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Plenary on labour mobility', 'Addis Ababa');
  await openFirstQuestion(facilitator.page);
  const other = await joinAsParticipant(browser, code);
  const theirs = 'Skills partnerships need employers at the table.';
  await post(other.page, theirs);

  const phone = await joinAsParticipant(browser, code);
  const csp = await watchCsp(phone.page);
  const card = (text: string) => phone.page.locator('.contribution', { hasText: text });
  await expect(card(theirs)).toBeVisible();
  // The service worker keeps the app shell once it controls the page.
  await phone.page.waitForFunction(() => navigator.serviceWorker?.controller != null);

  await phone.context.setOffline(true);
  await expect(phone.page.getByText('Offline', { exact: true })).toBeVisible({ timeout: 30_000 });
  const mine = 'Written offline, to be sent exactly once.';
  await phone.page.getByLabel('Your contribution').fill(mine);
  await phone.page.getByRole('button', { name: /Post/ }).click();
  await expect(card(mine)).toContainText('Pending');
  await card(theirs).getByRole('button', { name: 'Agree', exact: true }).click();
  await expect(card(theirs)).toContainText('Pending');

  // Reloaded without a network: the shell comes from the service worker, the outbox and the session's last copy from
  // localStorage, so the phone shows its session and its pending items, not a join screen waiting for the server.
  await phone.page.reload();
  await expect(phone.page.getByText('Shown from the copy kept on this phone')).toBeVisible();
  await expect(phone.page.locator('#question-text')).toContainText('Is migration sufficiently perceived');
  await expect(card(mine)).toContainText('Pending');
  await expect(card(theirs)).toContainText('Pending');
  await expect(phone.page.getByText('Offline', { exact: true })).toBeVisible();
  const kept = await phone.page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('concert:outbox:'))
      .flatMap((k) => JSON.parse(localStorage.getItem(k)!) as { kind: string }[])
      .map((i) => i.kind)
      .sort(),
  );
  expect(kept).toEqual(['post', 'vote']);

  await phone.context.setOffline(false);
  await expect(card(mine)).toContainText('Yours', { timeout: 30_000 });
  await expect(card(theirs).getByRole('button', { name: 'Agree', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(card(theirs)).not.toContainText('Pending');
  await expect(facilitator.page.locator('.live-contributions .contribution', { hasText: mine })).toHaveCount(1);

  const outboxLeft = await phone.page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('concert:outbox:'))
      .flatMap((k) => JSON.parse(localStorage.getItem(k)!) as unknown[]).length,
  );
  expect(outboxLeft).toBe(0);
  const stored = await storedContributions(baseURL!, facilitator.page.url(), code);
  expect(stored.filter((c) => c.text === mine)).toHaveLength(1);
  expect(stored.find((c) => c.text === theirs)!.tally).toEqual({ agree: 1, disagree: 0, pass: 0 });
  expect(csp).toEqual([]);
  for (const c of [facilitator, other, phone]) await c.context.close();
});
