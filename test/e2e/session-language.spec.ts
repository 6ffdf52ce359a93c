import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRoundAsFacilitator, createSession, joinAsParticipant, openFirstQuestion, post } from './fixtures.js';

const PERSIAN = 'مهاجرت پدیده‌ای جهانی است و پاسخی جهانی می‌خواهد.';

test('(fr) a facilitator sets the session to French: the projector speaks French and the web page export is written in French', async ({ browser }) => {
  test.setTimeout(90_000);
  const facilitator = await createRoundAsFacilitator(browser);
  const page = facilitator.page;
  const code = await createSession(page, 'Table ronde de Genève', 'Genève');
  await openFirstQuestion(page);
  const phone = await joinAsParticipant(browser, code);
  await post(phone.page, 'La protection des réfugiés reste un terrain d’entente.');
  await post(phone.page, PERSIAN);

  const projectorContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const projector = await projectorContext.newPage();
  await projector.goto(`/projector/${code.replace('-', '')}`);
  await expect(projector.getByText('Chatham House rule')).toBeVisible();

  await page.getByRole('tab', { name: 'Sessions and settings' }).click();
  await page.locator('#details-language').selectOption('fr');
  await page.getByRole('button', { name: 'Save details' }).click();

  // The projector follows the session's language as soon as it changes, without a reload.
  await expect(projector.getByText('Règle de Chatham House')).toBeVisible();
  await expect(projector.locator('html')).toHaveAttribute('lang', 'fr');

  await page.getByRole('tab', { name: 'Exports' }).click();
  await expect(page.locator('#export-language')).toHaveValue('fr');
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('.export-buttons button[data-format="html"]').click()]);
  const html = readFileSync((await file.path())!, 'utf8');
  expect(html).toContain('<html lang="fr">');
  expect(html).toContain('<h2>Déroulement des conversations</h2>');
  expect(html).toContain('<h2>Les questions posées aux participants</h2>');
  expect(html).toMatch(/Les questions tirées de l’annexe II du rapport sont citées en anglais/);
  expect(html).toContain(`<li dir="auto">${PERSIAN} (aucun vote)`);

  // Another language for one download, chosen next to the buttons.
  await page.locator('#export-language').selectOption('es');
  const [spanish] = await Promise.all([page.waitForEvent('download'), page.locator('.export-buttons button[data-format="md"]').click()]);
  expect(readFileSync((await spanish.path())!, 'utf8')).toContain('## Cómo se desarrollaron las conversaciones');

  for (const c of [projectorContext, phone.context, facilitator.context]) await c.close();
});
