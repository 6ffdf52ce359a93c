import { expect, test } from '@playwright/test';
import { createRoundAsFacilitator, createSession, joinAsParticipant, openFirstQuestion, post } from './fixtures.js';

test('the facilitator reads a live draft synthesis and rewords a finding', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'GFMD roundtable', 'Geneva');
  await openFirstQuestion(facilitator.page);
  const phones = await Promise.all([1, 2, 3].map(() => joinAsParticipant(browser, code)));
  await post(phones[0].page, 'The Global Forum on Migration and Development must move from talking to an active mode.');
  await post(phones[1].page, 'The GFMD is regarded more positively than the GMG, despite its limits.');
  await post(phones[2].page, 'Outcomes of the GFMD should feed the High Level Dialogue.');
  for (const phone of phones) {
    await phone.page.getByRole('button', { name: /Vote \(\d+ left\)/ }).click();
    for (let i = 0; i < 2; i++) {
      await phone.page.getByRole('button', { name: 'Agree', exact: true }).click();
    }
  }

  await facilitator.page.getByRole('tab', { name: 'Synthesis' }).click();
  await expect(facilitator.page.getByTestId('finding').first()).toBeVisible();
  const themeId = await facilitator.page.getByTestId('finding').first().getAttribute('data-theme');
  const finding = facilitator.page.locator(`[data-theme="${themeId}"]`);
  await expect(finding).toContainText(/agree/);
  await finding.getByRole('button', { name: 'Edit wording' }).click();
  await finding.getByRole('textbox').fill('Participants were of one mind that the GFMD should act.');
  await finding.getByRole('button', { name: 'Save wording' }).click();
  await expect(finding).toContainText('Participants were of one mind that the GFMD should act.');
  await expect(finding).toContainText('your wording');
  const theme = facilitator.page.getByTestId('theme').first();
  await expect(theme).toBeVisible();
  await theme.getByText('Contributions, merge and split').click();
  await theme.getByRole('button', { name: 'Pin as quote' }).first().click();
  await expect(theme.getByRole('button', { name: 'Unpin quote' }).first()).toBeVisible();

  // Renaming asks in the page, never with window.prompt.
  const native: string[] = [];
  facilitator.page.on('dialog', (d) => {
    native.push(d.type());
    void d.dismiss();
  });
  await theme.getByRole('button', { name: 'Rename' }).click();
  const dialog = facilitator.page.getByRole('dialog', { name: /Rename the theme/ });
  await dialog.getByLabel('New name').fill('Forums that act');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog).toBeHidden();
  await expect(facilitator.page.getByTestId('theme').locator('> strong', { hasText: 'Forums that act' })).toBeVisible();
  expect(native).toEqual([]);
  for (const c of [facilitator, ...phones]) await c.context.close();
});
