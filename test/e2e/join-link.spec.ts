import { expect, test } from '@playwright/test';
import { PHONE, createRoundAsFacilitator, createSession } from './fixtures.js';

test('the console hands out links with the join key; a phone and a projector get in through them and keep the key', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = (await createSession(facilitator.page, 'Roundtable on labour migration', 'Rabat')).replace('-', '');
  const joinLink = facilitator.page.locator('.join-url a');
  await expect(joinLink).toHaveAttribute('href', new RegExp(`/join/${code}#k=[A-Za-z0-9_-]{22}$`));
  const href = (await joinLink.getAttribute('href'))!;
  const key = href.split('#k=')[1];
  await expect(facilitator.page.getByRole('img', { name: /QR code to join/ })).toHaveAttribute('src', `/api/qr/${code}.svg?k=${key}`);
  // Both projector links (the console's bar and the run tab's join panel) carry the key.
  const projectorLinks = facilitator.page.getByRole('link', { name: 'Projector view' });
  await expect(projectorLinks).toHaveCount(2);
  for (const link of await projectorLinks.all()) await expect(link).toHaveAttribute('href', `/projector/${code}#k=${key}`);

  // A phone that scanned the QR code opens the link with the key, and keeps it for its reconnects and reloads.
  const phone = await browser.newContext(PHONE);
  const page = await phone.newPage();
  await page.goto(new URL(href).pathname + new URL(href).hash);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText('Online')).toBeVisible();
  expect(await page.evaluate((c) => localStorage.getItem(`concert:join-key:${c}`), code)).toBe(key);
  await page.reload();
  await expect(page.getByText('Online')).toBeVisible();

  // The projector opened from the console shows a QR code that carries the key.
  const projector = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const screen = await projector.newPage();
  await screen.goto(`/projector/${code}#k=${key}`);
  await expect(screen.getByTestId('join-code')).toHaveText(`${code.slice(0, 3)}-${code.slice(3)}`);
  const qr = screen.getByRole('img', { name: /QR code to join/ });
  await expect(qr).toHaveAttribute('src', `/api/qr/${code}.svg?k=${key}`);
  const svg = await screen.request.get(`/api/qr/${code}.svg?k=${key}`);
  expect(svg.status()).toBe(200);

  for (const c of [facilitator.context, phone, projector]) await c.close();
});
