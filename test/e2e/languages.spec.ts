import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createRoundAsFacilitator, createSession, openFirstQuestion, phoneIn } from './fixtures.js';

const ARABIC = 'الهجرة ظاهرة عالمية تتطلب استجابة عالمية.';

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('(fr) a phone follows the browser’s French, shows the rule and refusals in French, and remembers another choice', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Table ronde', 'Bruxelles');
  await openFirstQuestion(facilitator.page);
  const context = await browser.newContext(phoneIn('fr-FR'));
  const page = await context.newPage();

  await page.goto('/join/ZZZZZZ');
  await expect(page.getByRole('heading', { name: 'La règle de Chatham House s’applique' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.rule')).toHaveText(
    'Quand une réunion, ou l’une de ses parties, se déroule sous la règle de Chatham House, les participants sont libres d’utiliser les informations collectées à cette occasion, mais ils ne doivent révéler ni l’identité, ni l’affiliation des personnes à l’origine de ces informations, de même qu’ils ne doivent pas révéler l’identité des autres participants.',
  );
  await page.getByRole('button', { name: 'Participer' }).click();
  // The refusal comes from its code, in French; the server's English message is never shown.
  await expect(page.getByRole('alert')).toHaveText('Aucune séance ne correspond à ce code. Vérifiez-le auprès de l’animateur.');

  await page.getByLabel('Code de participation').fill(code);
  await page.getByRole('button', { name: 'Participer' }).click();
  await expect(page.getByText('En ligne', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Contributions' })).toBeVisible();
  await page.getByLabel('Langue').selectOption('es');
  await expect(page.getByRole('button', { name: 'Contribuciones' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Contribuciones' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  // The console has its own choice: French here does not change the phone's Spanish.
  await facilitator.page.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(facilitator.page.getByRole('tab', { name: 'Séance', exact: true })).toBeVisible();
  await expect(facilitator.page.getByRole('heading', { name: 'Questions', exact: true })).toBeVisible();
  await facilitator.page.reload();
  await expect(facilitator.page.getByRole('tab', { name: 'Séances et réglages' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Contribuciones' })).toBeVisible();
  await context.close();
  await facilitator.context.close();
});

test('right-to-left contributions read correctly on the phone, the console and the projector', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'RTL', 'Geneva');
  await openFirstQuestion(facilitator.page);
  await facilitator.page.getByRole('button', { name: 'Reveal tallies to everyone' }).click();
  const context = await browser.newContext(phoneIn('en'));
  const page = await context.newPage();
  await page.goto(`/join/${code.replace('-', '')}`);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByLabel('Your contribution').fill(ARABIC);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.locator('.contribution.mine', { hasText: ARABIC })).toContainText('Yours');
  const mine = page.locator('.contribution.mine p', { hasText: ARABIC });
  await expect(mine).toHaveAttribute('dir', 'auto');
  expect(await mine.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await expect(page.getByLabel('Your contribution')).toHaveAttribute('dir', 'auto');

  const inConsole = facilitator.page.locator('.live-contributions .contribution p', { hasText: ARABIC });
  await expect(inConsole).toBeVisible();
  expect(await inConsole.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

  const other = await browser.newContext(phoneIn('en'));
  const voter = await other.newPage();
  await voter.goto(`/join/${code.replace('-', '')}`);
  await voter.getByRole('button', { name: 'Join' }).click();
  await voter.getByRole('button', { name: /Vote \(1 left\)/ }).click();
  const card = voter.locator('.deck-text');
  expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await voter.getByRole('button', { name: 'Agree', exact: true }).click();

  const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const projector = await projectorContext.newPage();
  await projector.goto(`/projector/${code.replace('-', '')}`);
  const onScreen = projector.locator('.top li p', { hasText: ARABIC });
  await expect(onScreen).toBeVisible();
  expect(await onScreen.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  for (const c of [context, other, projectorContext, facilitator.context]) await c.close();
});

test('(es) a whole round in Spanish: console, phone, deck and projector', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const console = facilitator.page;
  const code = await createSession(console, 'Mesa redonda', 'Madrid');
  // The session speaks Spanish (its projector too); the console is switched to Spanish apart.
  await console.getByRole('tab', { name: 'Sessions and settings' }).click();
  await console.locator('#details-language').selectOption('es');
  await console.getByRole('button', { name: 'Save details' }).click();
  await console.getByRole('tab', { name: 'Run' }).click();
  await console.getByLabel('Language', { exact: true }).selectOption('es');
  await console.getByRole('button', { name: 'Abrir', exact: true }).first().click();
  await expect(console.locator('.question-row.current')).toHaveCount(1);
  await console.getByLabel('Un punto planteado de viva voz (parafraseado, sin atribución)').fill('La migración laboral requiere a los empleadores.');
  await console.getByRole('button', { name: 'Añadir desde el debate' }).click();

  const context = await browser.newContext(phoneIn('es-ES'));
  const page = await context.newPage();
  await page.goto(`/join/${code.replace('-', '')}`);
  await expect(page.getByRole('heading', { name: 'Se aplica la Regla de Chatham House' })).toBeVisible();
  await page.getByLabel('¿Cómo se describiría? (opcional)').selectOption('academia');
  await page.getByRole('button', { name: 'Participar' }).click();
  await expect(page.getByText('Citada en inglés, tal como figura en el informe')).toBeVisible();
  await page.getByLabel('Su contribución').fill('Hace falta más investigación.');
  await page.getByRole('button', { name: 'Publicar', exact: true }).click();
  await expect(page.locator('.contribution.mine')).toContainText('Suya (solo usted lo ve)');
  // The deck holds the phone's own contribution too, beside the point made aloud.
  await page.getByRole('button', { name: /Votar \(2 pendientes\)/ }).click();
  await expect(page.getByText('Quedan 2 por votar')).toBeVisible();
  await page.getByRole('button', { name: 'De acuerdo', exact: true }).click();
  await expect(page.getByText('Queda 1 por votar')).toBeVisible();
  await page.getByRole('button', { name: 'De acuerdo', exact: true }).click();
  await expect(page.getByText('Ha reaccionado a todas las contribuciones')).toBeVisible();
  await expect(console.locator('.question-row.current')).toContainText('2 contribuciones · 2 votos · 1 votante');

  const [projector] = await Promise.all([console.context().waitForEvent('page'), console.getByRole('link', { name: 'Vista para proyector' }).first().click()]);
  // Tallies are not public in this session, so the room's screen counts no votes.
  await expect(projector.getByTestId('projector-counts')).toHaveText('1 conectado · 2 contribuciones');
  await expect(projector.getByText('Regla de Chatham House', { exact: false })).toBeVisible();
  await context.close();
  await facilitator.context.close();
});

for (const locale of ['en', 'fr', 'es'] as const) {
  test(`(${locale}) axe finds no violation on the phone, the console and the projector`, async ({ browser }) => {
    // Eleven full axe analyses take over 20 s on an idle machine: the default minute is too tight under load.
    test.setTimeout(120_000);
    const facilitator = await createRoundAsFacilitator(browser);
    const console = facilitator.page;
    const code = await createSession(console, 'Accessibility', 'Geneva');
    await openFirstQuestion(console);
    await console.getByRole('button', { name: 'Reveal tallies to everyone' }).click();
    await console.getByLabel('Minutes').fill('3');
    await console.getByRole('button', { name: 'Start countdown' }).click();
    await console.getByLabel('Language', { exact: true }).selectOption(locale);

    const context = await browser.newContext(phoneIn(locale));
    const page = await context.newPage();
    await page.goto(`/join/${code.replace('-', '')}`);
    await expect(page.locator('#join-code')).toBeVisible();
    const violations: string[] = [];
    violations.push(...(await axe(page)).map((v) => `join: ${v}`));
    await page.locator('form.card button[type="submit"]').click();
    await page.locator('#contribution').fill('Accessible by design.');
    await page.locator('.composer button[type="submit"]').click();
    await expect(page.locator('.contribution.mine')).toBeVisible();
    await page.locator('.contribution.mine summary').click();
    violations.push(...(await axe(page)).map((v) => `session: ${v}`));
    await page.locator('nav.tabs button').nth(1).click();
    violations.push(...(await axe(page)).map((v) => `deck: ${v}`));
    await page.locator('nav.tabs button').nth(2).click();
    violations.push(...(await axe(page)).map((v) => `earlier: ${v}`));

    for (const tab of [0, 1, 2, 3]) {
      await console.getByRole('tab').nth(tab).click();
      violations.push(...(await axe(console)).map((v) => `console tab ${tab}: ${v}`));
    }
    await console.getByRole('tab').nth(0).click();
    await console.locator('.question-row .icon-button').first().click();
    violations.push(...(await axe(console)).map((v) => `console dialog: ${v}`));
    await console.keyboard.press('Escape');

    const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const projector = await projectorContext.newPage();
    await projector.goto(`/projector/${code.replace('-', '')}?lang=${locale}`);
    await expect(projector.locator('.top li')).toHaveCount(0);
    await expect(projector.getByTestId('countdown')).toBeVisible();
    violations.push(...(await axe(projector)).map((v) => `projector: ${v}`));
    const start = await projectorContext.newPage();
    await start.goto(`/facilitate?lang=${locale}#not-a-whole-link`);
    await expect(start.getByRole('alert')).toBeVisible();
    violations.push(...(await axe(start)).map((v) => `start: ${v}`));
    expect(violations).toEqual([]);
    for (const c of [context, projectorContext, facilitator.context]) await c.close();
  });
}
