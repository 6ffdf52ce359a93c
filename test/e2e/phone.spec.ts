import { expect, test, type Browser, type Page } from '@playwright/test';
import { createRoundAsFacilitator, createSession, openFirstQuestion, phoneIn } from './fixtures.js';

const JOIN = { en: 'Join', fr: 'Participer', es: 'Participar' } as const;
const LONG_QUESTION = 'Is migration sufficiently perceived as a universal phenomenon';

async function phone(browser: Browser, code: string, locale: keyof typeof JOIN = 'en', permissions: string[] = []) {
  const context = await browser.newContext({ ...phoneIn(locale), permissions });
  const page = await context.newPage();
  await page.goto(`/join/${code.replace('-', '')}`);
  await page.getByRole('button', { name: JOIN[locale], exact: true }).click();
  await expect(page.locator('#question-text, .waiting')).toBeVisible();
  return { context, page };
}

async function bottomOf(page: Page, selector: string): Promise<number> {
  const box = (await page.locator(selector).boundingBox())!;
  return box.y + box.height;
}

for (const locale of ['en', 'fr'] as const) {
  test(`(${locale}) on a 390×844 phone the composer is in view under the longest question, which opens with a “more”`, async ({ browser }) => {
    const facilitator = await createRoundAsFacilitator(browser);
    const code = await createSession(facilitator.page, 'A session with a rather long title for a small phone screen', 'Geneva');
    await openFirstQuestion(facilitator.page);
    const { context, page } = await phone(browser, code, locale);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await bottomOf(page, '#contribution')).toBeLessThanOrEqual(844);
    expect(await bottomOf(page, '.composer button[type="submit"]')).toBeLessThanOrEqual(844);
    const question = page.locator('#question-text');
    expect((await question.boundingBox())!.height).toBeLessThan(2.2 * parseFloat(await question.evaluate((el) => getComputedStyle(el).lineHeight)));
    await page.getByRole('button', { name: locale === 'en' ? 'More' : 'Lire la suite' }).click();
    await expect(page.getByRole('button', { name: locale === 'en' ? 'Less' : 'Réduire' })).toHaveAttribute('aria-expanded', 'true');
    expect((await question.boundingBox())!.height).toBeGreaterThan(4 * parseFloat(await question.evaluate((el) => getComputedStyle(el).lineHeight)));
    // The Annex II questions stay in English, and a French reader is told why.
    await expect(question).toHaveAttribute('lang', 'en');
    if (locale === 'fr') await expect(page.getByText('Citée en anglais, telle qu’elle figure dans le rapport')).toBeVisible();
    else await expect(page.locator('.annex-note')).toHaveCount(0);
    await context.close();
    await facilitator.context.close();
  });
}

test('a half-written contribution survives a reload and an offline reload, and is cleared once posted', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Drafts', 'Brussels');
  await openFirstQuestion(facilitator.page);
  const { context, page } = await phone(browser, code);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null);
  await page.getByLabel('Your contribution').fill('Half a thought about labour');
  await page.reload();
  await expect(page.getByLabel('Your contribution')).toHaveValue('Half a thought about labour');

  await context.setOffline(true);
  await page.getByLabel('Your contribution').fill('Half a thought about labour mobility, written offline');
  await page.reload();
  await expect(page.getByLabel('Your contribution')).toHaveValue('Half a thought about labour mobility, written offline');
  await context.setOffline(false);
  await expect(page.getByText('Online', { exact: true })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.locator('.contribution.mine', { hasText: 'written offline' })).toContainText('Yours');
  await expect(page.getByLabel('Your contribution')).toHaveValue('');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('concert:draft:')))).toEqual([]);
  await context.close();
  await facilitator.context.close();
});

test('pasting beyond the limit says so and cuts nothing', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Limits', 'Vienna');
  await openFirstQuestion(facilitator.page);
  const { context, page } = await phone(browser, code, 'en', ['clipboard-read', 'clipboard-write']);
  const long = 'x'.repeat(1200);
  await page.evaluate((text) => navigator.clipboard.writeText(text), long);
  await page.getByLabel('Your contribution').focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByRole('alert')).toHaveText('What you pasted makes the text 200 characters too long. Nothing was cut: shorten it before posting.');
  await expect(page.getByLabel('Your contribution')).toHaveValue(long);
  await expect(page.getByText('200 characters too many: shorten it before posting.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Post', exact: true })).toBeDisabled();
  await context.close();
  await facilitator.context.close();
});

test('offline shows at once, on one line, in English and French', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Network', 'New York');
  await openFirstQuestion(facilitator.page);
  for (const [locale, word] of [
    ['en', 'Offline'],
    ['fr', 'Hors ligne'],
  ] as const) {
    const { context, page } = await phone(browser, code, locale);
    const started = Date.now();
    await context.setOffline(true);
    const badge = page.locator('.status');
    await expect(badge).toHaveText(word, { timeout: 3000 });
    expect(Date.now() - started).toBeLessThan(3000);
    const lineHeight = parseFloat(await badge.evaluate((el) => getComputedStyle(el).lineHeight));
    expect((await badge.boundingBox())!.height).toBeLessThan(2 * lineHeight);
    await context.close();
  }
  await facilitator.context.close();
});

test('(fr) a post refused because the question closed meanwhile says why in French and can be edited into the next question', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Refus', 'Genève');
  await openFirstQuestion(facilitator.page);
  const { context, page } = await phone(browser, code, 'fr');
  await context.setOffline(true);
  await expect(page.getByText('Hors ligne', { exact: true })).toBeVisible();
  await page.getByLabel('Votre contribution').fill('Les partenariats pour les compétences doivent inclure les employeurs.');
  await page.getByRole('button', { name: 'Publier au retour de la connexion' }).click();
  await expect(page.getByText('En attente : pas encore envoyée')).toBeVisible();
  await facilitator.page.keyboard.press('n');
  await expect(facilitator.page.locator('.question-row.current')).toContainText('2.');

  await context.setOffline(false);
  const refused = page.locator('.refused');
  await expect(refused).toContainText('Non publiée : La question a été close avant l’arrivée de votre contribution.', { timeout: 20_000 });
  await expect(refused).not.toContainText('This question is not open');
  await expect(refused.getByRole('button', { name: 'Réessayer' })).toBeVisible();
  await refused.getByRole('button', { name: 'Modifier et republier' }).click();
  await expect(page.getByLabel('Votre contribution')).toHaveValue('Les partenariats pour les compétences doivent inclure les employeurs.');
  await expect(page.getByLabel('Votre contribution')).toBeFocused();
  await expect(refused).toHaveCount(0);
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await expect(page.locator('.contribution.mine', { hasText: 'partenariats' })).toContainText('La vôtre');
  await context.close();
  await facilitator.context.close();
});

test('a participant looks back at earlier questions and their own contributions', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Looking back', 'Washington');
  await openFirstQuestion(facilitator.page);
  const { context, page } = await phone(browser, code);
  await page.getByLabel('Your contribution').fill('Universal problems need universal answers.');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.locator('.contribution.mine')).toContainText('Yours');
  await facilitator.page.keyboard.press('n');
  await expect(page.locator('#question-text')).toContainText('What would a more universal response');

  await page.getByRole('button', { name: 'Earlier questions' }).click();
  const earlier = page.locator('details.earlier', { hasText: LONG_QUESTION });
  await expect(earlier).toContainText('1 contribution · 1 of yours');
  await earlier.locator('summary').click();
  await expect(earlier.locator('.contribution', { hasText: 'Universal problems' })).toContainText('Yours');
  await expect(earlier.locator('.contribution p[dir="auto"]')).toHaveCount(1);
  await context.close();
  await facilitator.context.close();
});

test('focus follows the person: the question after joining, the composer after posting, the next card in the deck, which two Enters cannot both vote on', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Focus', 'Geneva');
  await openFirstQuestion(facilitator.page);
  for (const point of ['First point.', 'Second point.', 'Third point.']) {
    await facilitator.page.getByLabel('A point made aloud (paraphrased, unattributed)').fill(point);
    await facilitator.page.getByRole('button', { name: 'Add from the discussion' }).click();
    await expect(facilitator.page.locator('.live-contributions .contribution', { hasText: point })).toBeVisible();
  }
  const { context, page } = await phone(browser, code);
  await expect(page.locator('#question-text')).toBeFocused();

  await page.getByLabel('Your contribution').fill('Mine.');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByLabel('Your contribution')).toBeFocused();

  // "Tag" is a control that opens.
  const tag = page.locator('.contribution', { hasText: 'First point.' }).locator('summary.tag-toggle');
  expect(await tag.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
  await tag.click();
  await expect(page.locator('.contribution', { hasText: 'First point.' }).getByRole('button', { name: 'Common ground' })).toBeVisible();

  // The deck holds the phone's own contribution too: three points made aloud and "Mine.".
  await page.getByRole('button', { name: /Vote \(4 left\)/ }).click();
  await page.getByRole('button', { name: 'Agree', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByText('3 left to vote on')).toBeVisible();
  await expect(page.locator('.deck-text')).toBeFocused();
  await page.waitForTimeout(1000);
  await expect(page.getByText('3 left to vote on')).toBeVisible();
  await expect(facilitator.page.locator('.question-row.current')).toContainText(/· 1 vote ·/);
  await context.close();
  await facilitator.context.close();
});

test('a phone offline still switches language: the app shell keeps every catalogue', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Offline languages', 'Geneva');
  await openFirstQuestion(facilitator.page);
  const { context, page } = await phone(browser, code);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null);
  await context.setOffline(true);
  await expect(page.getByText('Offline', { exact: true })).toBeVisible();
  await page.getByLabel('Language', { exact: true }).selectOption('es');
  await expect(page.getByText('Sin conexión', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Su contribución')).toBeVisible();
  await context.close();
  await facilitator.context.close();
});
