/**
 * A phone on a conference network: Chromium throttled through the DevTools protocol to 1.6 Mbit/s down,
 * 750 kbit/s up and 150 ms of round trip, against a node in its own process on 127.0.0.1.
 * - cold: a first visit (empty cache) to `/join/CODE`, until the join form can be used;
 * - returning: the same phone, joined before (cache warm, session saved), opening its link again, until its
 *   question shows, and until the server's own copy of the session has replaced the saved one.
 * Service workers are blocked, so their requests cannot slip past the throttling: the HTTP cache alone
 * carries the returning phone.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import room from '../client/i18n/catalogues/en/room.js';
import { roomWithOpenQuestion } from '../test/integration/harness.js';
import { startNodeProcess } from './node-process.js';
import { verdict } from './stats.js';

export const COLD_TARGET_MS = 1200;
export const RETURNING_TARGET_MS = 1200;

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CONFERENCE_NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'en-GB', serviceWorkers: 'block' } as const;

/**
 * Runs in the page before its own scripts: notes when each milestone is first reached, in ms since navigation.
 * Kept as text: tsx would wrap a function's inner names in a helper the page does not have.
 */
const milestoneWatch = (savedCopyText: string) => `
  const marks = (window.__marks = {});
  const savedCopyText = ${JSON.stringify(savedCopyText)};
  const check = () => {
    const now = performance.now();
    const button = document.querySelector('form button[type=submit]');
    if (marks.joinForm === undefined && document.querySelector('#join-code') && button && !button.disabled) marks.joinForm = now;
    const question = document.querySelector('#question-text');
    if (question && marks.question === undefined) marks.question = now;
    const live = question && document.querySelector('.status-online') && !document.body.textContent.includes(savedCopyText);
    if (live && marks.live === undefined) marks.live = now;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
`;

async function throttled(context: BrowserContext): Promise<{ page: Page; transferred: () => number; urls: string[] }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', CONFERENCE_NETWORK);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  const urls: string[] = [];
  page.on('request', (request) => urls.push(new URL(request.url()).pathname));
  return { page, transferred: () => bytes, urls };
}

async function milestone(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => (window as unknown as { __marks: Record<string, number> }).__marks[n] !== undefined, name, { timeout: 30_000 });
  return page.evaluate((n) => (window as unknown as { __marks: Record<string, number> }).__marks[n], name);
}

interface Visit {
  coldMs: number;
  coldKb: number;
  catalogues: number;
  returningQuestionMs: number;
  returningLiveMs: number;
  returningKb: number;
}

async function visit(browser: Browser, url: string, joinCode: string): Promise<Visit> {
  const context = await browser.newContext(PHONE);
  try {
    await context.addInitScript({ content: milestoneWatch(room.session.savedCopy) });
    const cold = await throttled(context);
    await cold.page.goto(`${url}/join/${joinCode}`);
    const coldMs = await milestone(cold.page, 'joinForm');
    const coldKb = cold.transferred() / 1024;
    const catalogues = cold.urls.filter((path) => /\/assets\/(room|console)-/.test(path)).length;
    await cold.page.getByRole('button', { name: room.join.join }).click();
    await milestone(cold.page, 'live');
    await cold.page.close();

    const returning = await throttled(context);
    await returning.page.goto(`${url}/join/${joinCode}`);
    const returningQuestionMs = await milestone(returning.page, 'question');
    const returningLiveMs = await milestone(returning.page, 'live');
    return { coldMs, coldKb, catalogues, returningQuestionMs, returningLiveMs, returningKb: returning.transferred() / 1024 };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchPageLoad(runs = 5): Promise<Record<string, number>> {
  const node = await startNodeProcess();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const { joinCode, facilitator } = await roomWithOpenQuestion(node);
    await visit(browser, node.url, joinCode); // the node's and the browser's first time: not counted
    const visits: Visit[] = [];
    for (let run = 0; run < runs; run++) visits.push(await visit(browser, node.url, joinCode));
    facilitator.disconnect();
    const pick = (key: keyof Visit) => median(visits.map((v) => v[key]));
    const result = {
      coldJoinFormMs: pick('coldMs'),
      coldTransferredKb: pick('coldKb'),
      coldCataloguesFetched: Math.max(...visits.map((v) => v.catalogues)),
      returningQuestionMs: pick('returningQuestionMs'),
      returningLiveMs: pick('returningLiveMs'),
      returningTransferredKb: pick('returningKb'),
    };
    const ms = (key: keyof Visit) => visits.map((v) => v[key].toFixed(0)).join(', ');
    console.log(`network: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (Chromium, DevTools protocol); median of ${runs} phones`);
    console.log(`cold load → usable join form: ${result.coldJoinFormMs.toFixed(0)} ms — ${verdict(result.coldJoinFormMs, COLD_TARGET_MS)} [runs: ${ms('coldMs')}]`);
    console.log(`  transferred ${result.coldTransferredKb.toFixed(1)} KB; language catalogues fetched: ${result.coldCataloguesFetched}`);
    console.log(`returning phone → its question (saved copy): ${result.returningQuestionMs.toFixed(0)} ms [runs: ${ms('returningQuestionMs')}]`);
    console.log(`returning phone → its question, live from the server: ${result.returningLiveMs.toFixed(0)} ms — ${verdict(result.returningLiveMs, RETURNING_TARGET_MS)} [runs: ${ms('returningLiveMs')}]`);
    console.log(`  transferred ${result.returningTransferredKb.toFixed(1)} KB`);
    return result;
  } finally {
    await browser.close();
    await node.stop();
  }
}
