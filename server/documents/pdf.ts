/**
 * PDF: the HTML export printed by headless Chromium, A4, with "Page N of M" in the footer.
 * One browser serves every render and closes itself after a minute without work. Pages run
 * no script and fetch nothing: the HTML is self-contained, and a hostile contribution that
 * slipped past the escaping still could not act.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const IDLE_MS = 60_000;

const FOOTER = `<div style="width:100%;font:8pt Helvetica,Arial,sans-serif;color:#5f6368;text-align:center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

export class PdfUnavailableError extends Error {
  readonly code = 'pdf-unavailable';
}

function executablePath(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function unavailableMessage(): string {
  const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH (${process.env.CHROMIUM_PATH})` : CANDIDATES.join(', ');
  return (
    `PDF export needs Chromium, which this server does not have (looked at ${where}). ` +
    'Install it (Debian or Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH to a Chrome or Chromium binary. ' +
    'Meanwhile, the web page export prints to PDF from any browser.'
  );
}

export function pdfAvailability(): { available: true } | { available: false; message: string } {
  return executablePath() ? { available: true } : { available: false, message: unavailableMessage() };
}

let browser: Promise<Browser> | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let rendersInFlight = 0;

function launch(): Promise<Browser> {
  if (browser) return browser;
  const path = executablePath();
  if (!path) return Promise.reject(new PdfUnavailableError(unavailableMessage()));
  // Loaded on the first PDF only: playwright-core is large, and most nodes never render one.
  const launching = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: path, args: ARGS })).then(
    (b) => {
      b.on('disconnected', () => {
        if (browser === launching) browser = null;
      });
      return b;
    },
    (err: Error) => {
      browser = null;
      throw new PdfUnavailableError(`${unavailableMessage()} (Chromium at ${path} did not start: ${err.message.split('\n')[0]})`);
    },
  );
  browser = launching;
  return launching;
}

/** The idle countdown runs only while nothing renders, so a long render is never cut short. */
function restartIdleCountdown(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (rendersInFlight > 0) return;
  idleTimer = setTimeout(() => void closePdfRenderer(), IDLE_MS);
  idleTimer.unref();
}

export async function renderPdf(html: string): Promise<Buffer> {
  rendersInFlight++;
  restartIdleCountdown();
  try {
    return await print(await launch(), html);
  } finally {
    rendersInFlight--;
    restartIdleCountdown();
  }
}

async function print(launched: Browser, html: string): Promise<Buffer> {
  const context = await launched.newContext({ javaScriptEnabled: false, offline: true });
  try {
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
      margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
    });
  } finally {
    await context.close();
  }
}

export async function closePdfRenderer(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const current = browser;
  browser = null;
  if (current) await (await current.catch(() => null))?.close();
}
