import { expect, test, type Page } from '@playwright/test';
import { createRoundAsFacilitator, createSession, joinAsParticipant, openFirstQuestion } from './fixtures.js';

async function pageScroll(page: Page): Promise<{ height: number; width: number; viewport: { height: number; width: number } }> {
  return page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
    viewport: { height: window.innerHeight, width: window.innerWidth },
  }));
}

async function expectNoPageScroll(page: Page) {
  const { height, width, viewport } = await pageScroll(page);
  expect(height).toBeLessThanOrEqual(viewport.height);
  expect(width).toBeLessThanOrEqual(viewport.width);
}

async function expectInView(page: Page, selector: string) {
  const box = (await page.locator(selector).first().boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

const rowTexts = (page: Page) => page.locator('.question-row .question-text').allTextContents();

test('the console runs a room from one screen at 1366×768 and 1920×1080: no page scroll, everything one click away', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const page = facilitator.page;
  await createSession(page, 'Ambassadors’ working lunch', 'New York');
  await openFirstQuestion(page);
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(viewport);
    for (const [tab, heading] of [
      ['Run', 'Questions'],
      ['Synthesis', 'Draft synthesis of the round'],
      ['Exports', 'Export the synthesis'],
      ['Sessions and settings', 'Sessions'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
      await expectNoPageScroll(page);
      // The join code, the counts and the current question stay in view whatever the tab.
      for (const selector of ['[data-testid="join-code"]', '[data-testid="connected"]', '[data-testid="current-question"]']) await expectInView(page, selector);
      await expect(page.getByTestId('current-question')).toContainText('Is migration sufficiently perceived');
    }
  }
  await facilitator.context.close();
});

test('questions move by dragging, by the arrow keys on a handle, and straight to a position in an in-page dialog', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const page = facilitator.page;
  await createSession(page, 'Reorder', 'Geneva');
  const before = await rowTexts(page);

  await page.locator('.question-row').nth(2).dragTo(page.locator('.question-row').nth(0));
  await expect.poll(() => rowTexts(page)).toEqual([before[2], before[0], before[1], ...before.slice(3)].map((t, i) => t.replace(/^\d+\./, `${i + 1}.`)));

  const afterDrag = await rowTexts(page);
  await page.getByRole('button', { name: 'Drag question 1 to reorder it, or use the arrow keys' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('status').filter({ hasText: 'Question moved to position 2 of 20.' })).toBeAttached();
  await expect.poll(async () => (await rowTexts(page))[1].replace(/^\d+\.\s*/, '')).toBe(afterDrag[0].replace(/^\d+\.\s*/, ''));

  const fifth = (await rowTexts(page))[4].replace(/^\d+\.\s*/, '');
  const more = page.getByRole('button', { name: 'Question 5: more actions' });
  await more.click();
  const dialog = page.getByRole('dialog', { name: 'Question 5' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Wording of the question')).toBeFocused();
  // Focus stays inside the dialog, and Escape closes it and gives focus back.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(more).toBeFocused();

  await more.click();
  await dialog.getByLabel('Move to position').selectOption('1');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await rowTexts(page))[0].replace(/^\d+\.\s*/, '')).toBe(fifth);
  await facilitator.context.close();
});

test('keyboard shortcuts open and close questions and run the countdown, which never carries into the next question', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const page = facilitator.page;
  const code = await createSession(page, 'Shortcuts', 'Brussels');
  const phone = await joinAsParticipant(browser, code);
  await page.locator('body').click({ position: { x: 5, y: 300 } });

  await page.keyboard.press('n');
  await expect(page.locator('.question-row.current')).toContainText('1.');
  await expect(phone.page.locator('#question-text')).toContainText('Is migration sufficiently perceived');
  await page.keyboard.press('t');
  await expect(page.getByTestId('countdown')).toHaveText(/^[23]:\d\d$/);
  await expect(phone.page.getByTestId('countdown')).toBeVisible();

  await page.keyboard.press('n');
  await expect(page.locator('.question-row.current')).toContainText('2.');
  await expect(phone.page.locator('#question-text')).toContainText('What would a more universal response actually govern?');
  await expect(page.getByTestId('countdown')).toHaveCount(0);
  await expect(phone.page.getByTestId('countdown')).toHaveCount(0);

  await page.keyboard.press('t');
  await expect(page.getByTestId('countdown')).toBeVisible();
  await page.keyboard.press('s');
  await expect(page.getByTestId('countdown')).toHaveCount(0);
  await page.keyboard.press('c');
  await expect(page.locator('.question-row.current .badge.status-closed')).toBeVisible();
  await expect(phone.page.getByText('This question is closed')).toBeVisible();

  // Shortcuts are documented in the console and stay out of the way while typing.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Open the next question');
  await page.keyboard.press('Escape');
  await page.getByLabel('A point made aloud (paraphrased, unattributed)').fill('no');
  await expect(page.locator('.question-row.current .badge.status-closed')).toBeVisible();
  await phone.context.close();
  await facilitator.context.close();
});

test('a countdown that reaches zero says so on every screen and stays at zero', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const page = facilitator.page;
  const code = await createSession(page, 'Timed', 'Vienna');
  await openFirstQuestion(page);
  const phone = await joinAsParticipant(browser, code);
  const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const projector = await projectorContext.newPage();
  await projector.goto(`/projector/${code.replace('-', '')}`);
  await projector.getByLabel('Sound when time is up').check();

  await page.getByLabel('Minutes').fill('0.05');
  await page.getByRole('button', { name: 'Start countdown' }).click();
  for (const screen of [page, phone.page, projector]) {
    await expect(screen.locator('.countdown')).toHaveAttribute('data-done', 'true', { timeout: 10_000 });
    await expect(screen.locator('.countdown')).toContainText('Time is up');
    await expect(screen.getByTestId('countdown')).toHaveText('0:00');
  }
  await page.waitForTimeout(1500);
  for (const screen of [page, phone.page, projector]) await expect(screen.getByTestId('countdown')).toHaveText('0:00');
  for (const c of [phone.context, projectorContext, facilitator.context]) await c.close();
});

test('a session’s details and the round’s convergence tags are edited in the console and reach the phones', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const page = facilitator.page;
  const code = await createSession(page, 'Civil society roundtable', 'Genva');
  await openFirstQuestion(page);
  const phone = await joinAsParticipant(browser, code);
  await expect(phone.page.locator('.session-header')).toContainText('Genva');

  await page.getByRole('tab', { name: 'Sessions and settings' }).click();
  await page.locator('#details-place').fill('Geneva');
  await page.locator('#details-format').selectOption('working-meal');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(phone.page.locator('.session-header')).toContainText('Working lunch or dinner · Geneva');

  await page.getByLabel('Label of tag 1').fill('Shared ground');
  await page.getByRole('button', { name: 'Remove tag 5' }).click();
  await page.getByRole('button', { name: 'Save tags' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.getByRole('tab', { name: 'Run' }).click();
  await page.getByLabel('A point made aloud (paraphrased, unattributed)').fill('Data are scarce.');
  await page.getByRole('button', { name: 'Add from the discussion' }).click();
  const card = phone.page.locator('.contribution', { hasText: 'Data are scarce.' });
  await card.getByText('Tag', { exact: true }).click();
  await expect(card.getByRole('button', { name: 'Shared ground' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Question for further reflection' })).toHaveCount(0);
  await phone.context.close();
  await facilitator.context.close();
});

test('the facilitator link is the only key: kept at creation, asked for without it, refused when cut or wrong, taken when pasted, and it returns to the session in progress', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const page = facilitator.page;
  const link = page.url();
  const [roundId] = new URL(link).hash.slice(1).split('.');
  await createSession(page, 'First session', 'Nairobi');
  await createSession(page, 'Second session', 'Addis Ababa');
  await page.getByRole('tab', { name: 'Sessions and settings' }).click();
  await page.getByRole('button', { name: /^First session/ }).click();
  await expect(page.locator('#bar-session option:checked')).toHaveText('First session — Nairobi');

  // Reopened in the same browser, the link comes back to the session that was being watched.
  const again = await facilitator.context.newPage();
  await again.goto(link);
  await expect(again.locator('#bar-session option:checked')).toHaveText('First session — Nairobi');
  await again.close();

  const stranger = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await stranger.newPage();
  await tab.goto('/facilitate');
  await expect(tab.getByText('Open your facilitator link: it is the only key to your round.')).toBeVisible();
  await tab.goto(`/facilitate#${roundId}.${link.split('.').at(-1)!.slice(0, 12)}`);
  await expect(tab.getByRole('alert')).toContainText('This facilitator link is incomplete');
  await tab.goto(`/facilitate#${roundId}.${'x'.repeat(43)}`);
  await expect(tab.getByRole('alert')).toContainText('This facilitator link is wrong or out of date');

  // The whole link pasted into the address bar of this open tab: only the fragment changes.
  await tab.goto('/facilitate');
  await tab.evaluate((hash) => (window.location.hash = hash), new URL(link).hash);
  await expect(tab.locator('#bar-session')).toBeVisible();
  await expect(tab.getByText('Conversations on the Global Governance of Migration — Phase III')).toBeVisible();
  await stranger.close();
  await facilitator.context.close();
});

test('the keep-your-link dialog shows the whole link with a copy button', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/facilitate');
  await page.getByRole('button', { name: 'Create round' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keep your facilitator link' });
  await expect(dialog).toContainText('This link is the only key to the round.');
  const shown = await dialog.getByLabel('Private facilitator link').inputValue();
  expect(shown).toBe(page.url());
  await dialog.getByRole('button', { name: 'Copy the link' }).click();
  await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  await context.close();
});

