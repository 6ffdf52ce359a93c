import { expect, test, type Page } from '@playwright/test';
import { PHONE, createRoundAsFacilitator, createSession, joinAsParticipant, openFirstQuestion, post } from './fixtures.js';

async function addPoints(facilitator: Page, points: string[]) {
  for (const point of points) {
    await facilitator.getByLabel('A point made aloud (paraphrased, unattributed)').fill(point);
    await facilitator.getByRole('button', { name: 'Add from the discussion' }).click();
    await expect(facilitator.locator('.live-contributions .contribution', { hasText: point })).toBeVisible();
  }
}

function seconds(text: string | null): number {
  const [m, s] = text!.trim().split(':').map(Number);
  return m * 60 + s;
}

test('a participant works through the voting deck on a phone', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Deck session', 'Geneva');
  await openFirstQuestion(facilitator.page);
  const points = ['Security is the elephant in the room.', 'The GMG needs reform.', 'Data and research are essential.'];
  await addPoints(facilitator.page, points);

  const phone = await joinAsParticipant(browser, code);
  await phone.page.getByRole('button', { name: /Vote \(3 left\)/ }).click();
  await expect(phone.page.getByText('3 left to vote on')).toBeVisible();
  await expect(phone.page.locator('.deck-text')).toBeVisible();
  await phone.page.getByRole('button', { name: 'Agree', exact: true }).click();
  await expect(phone.page.getByText('2 left to vote on')).toBeVisible();
  await phone.page.getByRole('button', { name: 'Disagree', exact: true }).click();
  // The next card must be showing before the next answer, or the click can land on the card just answered.
  await expect(phone.page.getByText('1 left to vote on')).toBeVisible();
  await phone.page.getByRole('button', { name: 'Pass / unsure' }).click();
  await expect(phone.page.getByText('You have reacted to every contribution so far')).toBeVisible();

  // The facilitator sees the three votes counted.
  await expect(facilitator.page.locator('.question-row.current')).toContainText('3 votes');
  await expect(facilitator.page.locator('.question-row.current')).toContainText(/\b1 voter(?!s)/);
  await phone.context.close();
  await facilitator.context.close();
});

test('a hidden contribution disappears from every phone and the projector', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Moderation session', 'Washington');
  await openFirstQuestion(facilitator.page);
  await facilitator.page.getByRole('button', { name: 'Reveal tallies to everyone' }).click();

  const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const projector = await projectorContext.newPage();
  await projector.goto(`/projector/${code.replace('-', '')}`);
  await expect(projector.getByTestId('join-code')).toHaveText(code);

  const phones = await Promise.all([1, 2].map(() => joinAsParticipant(browser, code)));
  await post(phones[0].page, 'Off-topic remark to be hidden.');
  await phones[1].page.locator('.contribution', { hasText: 'Off-topic remark' }).getByRole('button', { name: 'Agree', exact: true }).click();
  await expect(projector.locator('.top')).toContainText('Off-topic remark');

  await facilitator.page.locator('.live-contributions .contribution', { hasText: 'Off-topic remark' }).getByRole('button', { name: 'Hide' }).click();
  const dialog = facilitator.page.getByRole('dialog', { name: 'Hide this contribution' });
  await dialog.getByLabel(/Why hide it/).fill('Off topic');
  await dialog.getByRole('button', { name: 'Hide' }).click();
  await expect(dialog).toBeHidden();
  await expect(facilitator.page.locator('.live-contributions .contribution', { hasText: 'Off-topic remark' })).toContainText('Hidden: Off topic');
  for (const phone of phones) await expect(phone.page.locator('.contribution', { hasText: 'Off-topic remark' })).toHaveCount(0);
  await expect(projector.locator('main')).not.toContainText('Off-topic remark');

  // Undo brings it back.
  await facilitator.page.getByRole('button', { name: 'Undo hide' }).click();
  await expect(phones[1].page.locator('.contribution', { hasText: 'Off-topic remark' })).toHaveCount(1);
  for (const c of [...phones.map((p) => p.context), projectorContext, facilitator.context]) await c.close();
});

test('the countdown shows the same remaining time on two devices', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Timed session', 'Brussels');
  await openFirstQuestion(facilitator.page);
  const a = await joinAsParticipant(browser, code);
  const bContext = await browser.newContext(PHONE);
  const b = await bContext.newPage();
  await b.goto(`/projector/${code.replace('-', '')}`);

  await facilitator.page.getByLabel('Minutes').fill('2');
  await facilitator.page.getByRole('button', { name: 'Start countdown' }).click();
  await expect(a.page.getByTestId('countdown')).toBeVisible();
  await expect(b.getByTestId('countdown')).toBeVisible();
  const [ta, tb] = await Promise.all([a.page.getByTestId('countdown').textContent(), b.getByTestId('countdown').textContent()]);
  expect(Math.abs(seconds(ta) - seconds(tb))).toBeLessThanOrEqual(1);
  expect(seconds(ta)).toBeGreaterThan(100);
  await a.context.close();
  await bContext.close();
  await facilitator.context.close();
});

test('a participant can describe themselves and post a quotable contribution labelled by role and place only', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Business roundtable', 'Brussels');
  await openFirstQuestion(facilitator.page);
  const phone = await joinAsParticipant(browser, code, 'business');
  await phone.page.getByLabel('Your contribution').fill('We cannot address labour phenomena by labour migration policies alone.');
  await phone.page.getByLabel(/Quotable with attribution/).check();
  await phone.page.getByRole('button', { name: 'Post' }).click();
  await expect(facilitator.page.locator('.live-contributions .contribution', { hasText: 'labour migration policies alone' })).toContainText(
    'Quotable: Brussels roundtable participant, business sector',
  );
  await phone.context.close();
  await facilitator.context.close();
});
