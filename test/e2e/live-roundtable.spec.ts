import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createRoundAsFacilitator, createSession, joinAsParticipant, openFirstQuestion, post } from './fixtures.js';

test('a facilitator opens a session, three phones join by code and post, everyone sees it live', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Roundtable on migration governance', 'Brussels');
  await expect(facilitator.page.getByRole('img', { name: /QR code to join/ })).toBeVisible();
  await openFirstQuestion(facilitator.page);

  const phones = await Promise.all([1, 2, 3].map(() => joinAsParticipant(browser, code)));
  await expect(facilitator.page.getByTestId('connected')).toContainText('3');
  const question = 'Is migration sufficiently perceived as a universal phenomenon';
  for (const phone of phones) await expect(phone.page.locator('#question-text')).toContainText(question);

  const texts = ['Good policy needs tools.', 'Migration without integration is a mistake.', 'The GFMD must move to an active mode.'];
  for (let i = 0; i < phones.length; i++) await post(phones[i].page, texts[i]);

  for (let i = 0; i < phones.length; i++) {
    for (let j = 0; j < texts.length; j++) {
      const card = phones[i].page.locator('.contribution', { hasText: texts[j] });
      await expect(card).toBeVisible();
      if (i === j) await expect(card).toContainText('Yours');
      else await expect(card).not.toContainText('Yours');
    }
  }
  for (const text of texts) await expect(facilitator.page.locator('.live-contributions .contribution', { hasText: text })).toBeVisible();
  await expect(facilitator.page.locator('.live-contributions')).not.toContainText('Yours');

  // A reload keeps the phone's own contributions marked as its own.
  await phones[1].page.reload();
  await expect(phones[1].page.locator('.contribution', { hasText: texts[1] })).toContainText('Yours');
  await expect(phones[1].page.locator('.contribution', { hasText: texts[0] })).not.toContainText('Yours');

  for (const page of [phones[0].page, facilitator.page]) {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
  for (const c of [facilitator, ...phones]) await c.context.close();
});

test('a phone that loses the network says so and does not pretend a post was sent', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Working lunch', 'New York');
  await openFirstQuestion(facilitator.page);
  const phone = await joinAsParticipant(browser, code);

  await phone.context.setOffline(true);
  await expect(phone.page.getByText('Offline', { exact: true })).toBeVisible({ timeout: 30_000 });
  await phone.page.getByLabel('Your contribution').fill('Written while offline');
  await phone.page.getByRole('button', { name: /Post/ }).click();
  await expect(phone.page.locator('.contribution', { hasText: 'Written while offline' })).toContainText('Pending');
  await expect(facilitator.page.locator('.live-contributions')).not.toContainText('Written while offline');

  await phone.context.setOffline(false);
  await expect(phone.page.locator('.contribution', { hasText: 'Written while offline' })).toContainText('Yours', { timeout: 30_000 });
  await expect(facilitator.page.locator('.live-contributions .contribution', { hasText: 'Written while offline' })).toHaveCount(1);
  await phone.context.close();
  await facilitator.context.close();
});
