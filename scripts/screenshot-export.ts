/**
 * `npx tsx scripts/screenshot-export.ts`: the README's picture of an HTML export, taken from the
 * fixed three-session round the golden-file tests use, on an A4-wide page and on a phone. The page
 * itself has no script; this one only scrolls it.
 */
import { chromium } from 'playwright-core';
import { buildReport } from '../server/documents/build-report.js';
import { renderHtml } from '../server/documents/html.js';
import { threePlaceRound } from '../test/documents/round-fixture.js';

const html = renderHtml(buildReport(threePlaceRound()));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, viewport, scroll] of [
    ['export-html.png', { width: 900, height: 1250 }, null],
    ['export-html-findings.png', { width: 900, height: 1250 }, 'Thematic consolidation'],
    ['export-html-phone.png', { width: 390, height: 844 }, null],
  ] as const) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1, javaScriptEnabled: true });
    await page.setContent(html, { waitUntil: 'load' });
    if (scroll) await page.evaluate((name) => window.scrollTo(0, [...document.querySelectorAll('h2')].find((h) => h.textContent === name)!.offsetTop - 20), scroll);
    await page.screenshot({ path: `docs/images/${name}` });
    await page.close();
  }
} finally {
  await browser.close();
}
