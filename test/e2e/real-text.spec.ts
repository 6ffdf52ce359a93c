import { expect, test } from '@playwright/test';
import { createRoundAsFacilitator, createSession, joinAsParticipant, openFirstQuestion, post } from './fixtures.js';

test('a phone posts Persian with a zero-width non-joiner and emoji with zero-width joiners, counted as the person sees them', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Regional consultation', 'Tehran');
  await openFirstQuestion(facilitator.page);
  const phone = await joinAsParticipant(browser, code);

  // 7 + 1 + 1 + 1 + 1 characters on screen; 8 + 1 + 5 + 1 + 11 UTF-16 code units.
  const text = 'می‌خواهم 👩‍🌾 👨‍👩‍👧‍👦';
  await phone.page.getByLabel('Your contribution').fill(text);
  await expect(phone.page.locator('.counter')).toHaveText('989 characters left of 1,000');
  await phone.page.getByLabel('Your contribution').fill('');
  await post(phone.page, text);
  await expect(phone.page.getByRole('button', { name: 'Dismiss' })).toHaveCount(0);
  await expect(facilitator.page.locator('.live-contributions .contribution', { hasText: text })).toBeVisible();
  await phone.context.close();
  await facilitator.context.close();
});
