/** Browser fixtures: a facilitator on a laptop, participants on phone-sized screens. */
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
/** A current phone (390×844), in a browser set to a language. */
export const phoneIn = (locale: string) => ({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale });

/** The facilitator link of the round open in this page. */
export async function facilitatorLinkOf(page: Page): Promise<string> {
  return page.evaluate(() => window.location.href);
}

export async function createRoundAsFacilitator(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/facilitate');
  await page.getByLabel('Round title').fill('Conversations on the Global Governance of Migration — Phase III');
  await page.getByRole('button', { name: 'Create round' }).click();
  // The link is the only key: the console shows it once, in a dialog, before anything else.
  await expect(page.getByRole('dialog', { name: 'Keep your facilitator link' })).toBeVisible();
  await page.getByRole('button', { name: 'I have kept it' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  return { context, page };
}

export async function createSession(page: Page, title: string, place: string): Promise<string> {
  await page.getByRole('tab', { name: 'Sessions and settings' }).click();
  await page.locator('#session-title').fill(title);
  await page.locator('#session-place').fill(place);
  await page.getByRole('button', { name: 'Create session' }).click();
  const code = (await page.getByTestId('join-code').first().textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
  return code;
}

export async function openFirstQuestion(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open', exact: true }).first().click();
  await expect(page.locator('.question-row.current')).toHaveCount(1);
}

export async function joinAsParticipant(
  browser: Browser,
  code: string,
  category?: string,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(PHONE);
  await prepare?.(context);
  const page = await context.newPage();
  await page.goto(`/join/${code.replace('-', '')}`);
  await expect(page.getByRole('heading', { name: 'The Chatham House rule applies' })).toBeVisible();
  if (category) await page.getByLabel('How would you describe yourself? (optional)').selectOption(category);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText('Online')).toBeVisible();
  return { context, page };
}

export async function post(page: Page, text: string): Promise<void> {
  await page.getByLabel('Your contribution').fill(text);
  await page.getByRole('button', { name: 'Post' }).click();
  await expect(page.locator('.contribution.mine', { hasText: text })).toContainText('Yours');
}
