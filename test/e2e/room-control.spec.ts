/**
 * On phone-sized pages, in the phone's language: withdrawing one's own contribution, the notice of a merge,
 * a vote refused on a closed question, and a session locked, then ended. The words are the catalogues' own.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import en from '../../client/i18n/catalogues/en/room.js';
import es from '../../client/i18n/catalogues/es/room.js';
import fr from '../../client/i18n/catalogues/fr/room.js';
import { createRoundAsFacilitator, createSession, openFirstQuestion, phoneIn } from './fixtures.js';

const CATALOGUES = { en, fr, es } as const;
type Locale = keyof typeof CATALOGUES;

/** A catalogue message with its plain `{name}` arguments filled in. */
function fill(message: string, args: Record<string, string> = {}): string {
  return message.replace(/\{(\w+)\}/g, (_, name: string) => args[name] ?? `{${name}}`);
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function phone(browser: Browser, code: string, locale: Locale) {
  const context = await browser.newContext(phoneIn(locale));
  const page = await context.newPage();
  await page.goto(`/join/${code.replace('-', '')}`);
  await page.locator('form.card button[type="submit"]').click();
  await expect(page.locator('#question-text')).toBeVisible();
  return { context, page };
}

async function post(page: Page, text: string): Promise<void> {
  await page.locator('#contribution').fill(text);
  await page.locator('.composer button[type="submit"]').click();
  await expect(page.locator('.contribution.mine', { hasText: text })).toBeVisible();
}

for (const locale of ['en', 'fr', 'es'] as const) {
  const t = CATALOGUES[locale];

  test(`(${locale}) a participant withdraws their own contribution, is told where a merged one went, and sees a vote on a closed question refused`, async ({ browser }) => {
    const facilitator = await createRoundAsFacilitator(browser);
    const console = facilitator.page;
    const code = await createSession(console, 'Withdrawals and merges', 'Geneva');
    await openFirstQuestion(console);
    const alice = await phone(browser, code, locale);
    const bob = await phone(browser, code, locale);

    // Withdrawn: gone from the author's phone, the other phone and the console.
    await post(alice.page, 'A sentence I regret');
    await expect(bob.page.locator('.contribution', { hasText: 'A sentence I regret' })).toBeVisible();
    const mine = alice.page.locator('.contribution.mine', { hasText: 'A sentence I regret' });
    await mine.getByRole('button', { name: t.contribution.withdraw, exact: true }).click();
    await expect(mine.getByText(t.contribution.withdrawConfirm)).toBeVisible();
    expect(await axe(alice.page)).toEqual([]);
    await mine.getByRole('button', { name: t.contribution.withdrawYes }).click();
    await expect(alice.page.locator('.contribution', { hasText: 'A sentence I regret' })).toHaveCount(0);
    await expect(bob.page.locator('.contribution', { hasText: 'A sentence I regret' })).toHaveCount(0);
    await expect(console.locator('.contribution', { hasText: 'A sentence I regret' })).toHaveCount(0);

    // Merged: the author's phone says into what.
    await post(alice.page, 'Labour mobility needs data');
    await post(bob.page, 'We need data on labour mobility');
    await console.locator('.contribution', { hasText: 'We need data on labour mobility' }).getByLabel('Duplicate').check();
    await console.locator('.contribution', { hasText: 'Labour mobility needs data' }).getByRole('button', { name: 'Merge selected here' }).click();
    const merged = bob.page.locator('.contribution.mine', { hasText: 'We need data on labour mobility' });
    await expect(merged.locator('.merged-note')).toHaveText(fill(t.contribution.mergedInto, { text: 'Labour mobility needs data' }));
    await expect(merged.getByRole('button', { name: t.contribution.agree })).toHaveCount(0);
    await expect(alice.page.locator('.contribution', { hasText: 'We need data on labour mobility' })).toHaveCount(0);
    expect(await axe(bob.page)).toEqual([]);

    // A vote sent from offline after the question closed: refused, and said so.
    await bob.context.setOffline(true);
    await bob.page.locator('.contribution', { hasText: 'Labour mobility needs data' }).getByRole('button', { name: t.contribution.agree, exact: true }).click();
    await console.getByRole('button', { name: 'Close', exact: true }).first().click();
    await expect(alice.page.locator('.composer')).toHaveCount(0);
    await bob.context.setOffline(false);
    const refusal = fill(t.contribution.voteFailed, { reason: t.errors.vote['question-closed'] });
    await expect(bob.page.getByRole('alert').filter({ hasText: refusal })).toBeVisible({ timeout: 20_000 });
    expect(await axe(bob.page)).toEqual([]);
    for (const c of [alice.context, bob.context, facilitator.context]) await c.close();
  });
}

for (const locale of ['en', 'fr'] as const) {
  const t = CATALOGUES[locale];

  test(`(${locale}) a session locked with votes allowed, then ended: phones, projector and a latecomer are told`, async ({ browser }) => {
    const facilitator = await createRoundAsFacilitator(browser);
    const console = facilitator.page;
    const code = await createSession(console, 'Locking and ending', 'Brussels');
    await openFirstQuestion(console);
    const alice = await phone(browser, code, locale);
    await post(alice.page, 'Said while open');
    const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const projector = await projectorContext.newPage();
    await projector.goto(`/projector/${code.replace('-', '')}?lang=${locale}`);
    await expect(projector.getByTestId('join-code')).toBeVisible();

    await console.getByRole('tab', { name: 'Run' }).click();
    await console.getByRole('button', { name: 'Lock contributions' }).click();
    await expect(console.getByTestId('bar-status')).toHaveText('Locked');
    await expect(alice.page.getByTestId('session-status')).toHaveText(t.session.locked);
    await expect(alice.page.locator('.composer')).toHaveCount(0);
    await expect(alice.page.locator('.contribution', { hasText: 'Said while open' }).getByRole('button', { name: t.contribution.agree, exact: true })).toBeVisible();
    await expect(projector.getByTestId('projector-status')).toHaveText(t.projector.locked);
    expect(await axe(alice.page)).toEqual([]);

    await console.getByRole('button', { name: 'End the session' }).click();
    const dialog = console.getByRole('dialog', { name: 'End this session?' });
    await expect(dialog).toBeVisible();
    expect(await axe(console)).toEqual([]);
    await dialog.getByRole('button', { name: 'End the session' }).click();
    await expect(console.getByTestId('bar-status')).toHaveText('Ended');
    await expect(alice.page.getByTestId('session-status')).toContainText(t.session.ended);
    await expect(alice.page.locator('.contribution', { hasText: 'Said while open' }).getByRole('button', { name: t.contribution.agree, exact: true })).toHaveCount(0);
    await expect(projector.getByTestId('projector-status')).toHaveText(t.projector.ended);
    await expect(projector.getByTestId('join-code')).toHaveCount(0);
    expect(await axe(alice.page)).toEqual([]);
    expect(await axe(projector)).toEqual([]);

    // The join code is retired: a latecomer is told the session has ended.
    const latecomer = await browser.newContext(phoneIn(locale));
    const late = await latecomer.newPage();
    await late.goto(`/join/${code.replace('-', '')}`);
    await late.locator('form.card button[type="submit"]').click();
    await expect(late.getByRole('alert')).toHaveText(t.errors.codes['session-ended']);

    // A reload of a phone that was in the room keeps its copy to look back at, marked as ended.
    await alice.page.reload();
    await expect(alice.page.getByTestId('session-status')).toContainText(t.session.ended);
    await expect(alice.page.locator('.contribution', { hasText: 'Said while open' })).toBeVisible();

    // Exports still work.
    await console.getByRole('tab', { name: 'Exports' }).click();
    const [file] = await Promise.all([console.waitForEvent('download'), console.locator('.export-buttons button[data-format="md"]').first().click()]);
    expect(readFileSync(await file.path(), 'utf8')).toContain('Said while open');
    for (const c of [alice.context, latecomer, projectorContext, facilitator.context]) await c.close();
  });
}
