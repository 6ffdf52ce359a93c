import { expect, test, type Browser, type Page } from '@playwright/test';
import { createRoundAsFacilitator, createSession, joinAsParticipant, openFirstQuestion, post } from './fixtures.js';

/** What a read-only console shows, in the reader's language. */
const WORDS = {
  en: {
    notice: /Read-only link/,
    contributions: 'Contributions (1)',
    exports: 'Exports',
    markdown: 'Markdown',
    notes: 'Your notes',
    settings: 'Sessions and settings',
    link: 'Read-only link for a co-facilitator or rapporteur',
    open: 'Open',
    synthesis: 'Synthesis',
  },
  fr: {
    notice: /Lien en lecture seule/,
    contributions: 'Contributions (1)',
    exports: 'Exports',
    markdown: 'Markdown',
    notes: 'Vos notes',
    settings: 'Séances et réglages',
    link: 'Lien en lecture seule pour une co-animatrice, un co-animateur ou un rapporteur',
    open: 'Ouvrir',
    synthesis: 'Synthèse',
  },
} as const;

/** A round with one open question and a contribution, and the read-only link the facilitator copies from the settings. */
async function roundWithObserverLink(browser: Browser) {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Roundtable on migration governance', 'Geneva');
  await facilitator.page.getByRole('tab', { name: 'Run' }).click();
  await openFirstQuestion(facilitator.page);
  await facilitator.page.getByRole('tab', { name: 'Sessions and settings' }).click();
  const field = facilitator.page.getByLabel('Read-only link for a co-facilitator or rapporteur');
  await expect(field).toHaveValue(/\/facilitate#/);
  const link = await field.inputValue();
  expect(link).not.toBe(facilitator.page.url());
  await expect(facilitator.page.getByRole('button', { name: 'Copy' }).nth(1)).toBeVisible();
  return { facilitator, code, link };
}

async function expectNoControls(page: Page, open: string) {
  await expect(page.locator('.question-row').first()).toBeVisible();
  await expect(page.locator('.question-row .row-actions')).toHaveCount(0);
  await expect(page.locator('.drag-handle')).toHaveCount(0);
  await expect(page.getByRole('button', { name: open, exact: true })).toHaveCount(0);
  await expect(page.locator('#new-question')).toHaveCount(0);
  await expect(page.locator('#discussion-point')).toHaveCount(0);
  await expect(page.locator('#countdown-minutes')).toHaveCount(0);
  await expect(page.locator('#visibility')).toHaveCount(0);
}

for (const locale of ['en', 'fr'] as const) {
  test(`(${locale}) the read-only link follows the session live, exports and keeps notes, with no control that changes the round`, async ({ browser }) => {
    const w = WORDS[locale];
    const { facilitator, code, link } = await roundWithObserverLink(browser);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
    const page = await context.newPage();
    await page.goto(link.replace('#', `?lang=${locale}#`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByTestId('read-only-notice')).toContainText(w.notice);
    await expectNoControls(page, w.open);

    // Live: a phone's contribution arrives without a reload, and shows no moderation buttons.
    const phone = await joinAsParticipant(browser, code);
    await post(phone.page, 'Regional agreements move faster than global ones.');
    const live = page.locator('.live-contributions');
    await expect(live.getByRole('heading', { name: w.contributions })).toBeVisible();
    await expect(live.locator('.contribution', { hasText: 'Regional agreements' })).toBeVisible();
    await expect(live.locator('.contribution .row-actions')).toHaveCount(0);
    // The facilitator's agenda change reaches the observer too.
    await facilitator.page.getByRole('tab', { name: 'Run' }).click();
    await facilitator.page.getByRole('button', { name: 'Close', exact: true }).first().click();
    await expect(page.getByTestId('current-question')).toBeVisible();
    await expect(page.locator('.question-row .status-closed')).toHaveCount(1);

    // Notes stay in this browser, through a reload.
    await page.getByLabel(w.notes).fill('Geneva: employers asked to be at the table.');
    await page.reload();
    await expect(page.getByLabel(w.notes)).toHaveValue('Geneva: employers asked to be at the table.');
    await expectNoControls(page, w.open);

    // The synthesis reads, without curation; the exports download.
    await page.getByRole('tab', { name: w.synthesis }).click();
    await expect(page.locator('.synthesis')).toBeVisible();
    await expect(page.locator('.themes')).toHaveCount(0);
    await page.getByRole('tab', { name: w.exports }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('.export-buttons button[data-format="md"]').click()]);
    expect(file.suggestedFilename()).toMatch(/\.md$/);

    // Settings: the sessions to watch and the read-only link; no form that changes the round.
    await page.getByRole('tab', { name: w.settings }).click();
    await expect(page.getByLabel(w.link)).toHaveValue(link);
    await expect(page.locator('#session-title')).toHaveCount(0);
    await expect(page.locator('#details-title')).toHaveCount(0);

    for (const c of [context, phone.context, facilitator.context]) await c.close();
  });
}
