import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { closePdfRenderer, pdfAvailability, PdfUnavailableError, renderPdf } from '../../server/documents/pdf.js';
import { pdfText } from '../support/pdf-text.js';

const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><style>@page { size: A4; margin: 20mm 18mm 24mm; } .next { break-before: page; }</style></head><body>${body}</body></html>`;

afterAll(() => closePdfRenderer());

describe('PDF rendering', { timeout: 60_000 }, () => {
  it('prints A4 pages with their numbers in the footer', async () => {
    const pdf = await renderPdf(page('<h1>First part</h1><h1 class="next">Second part</h1><h1 class="next">Third part</h1>'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBe(3);
    expect(text[0]).toContain('First part');
    expect(text[1]).toContain('Second part');
    expect(text[2]).toContain('Third part');
    expect(text[0]).toContain('Page 1 of 3');
    expect(text[2]).toContain('Page 3 of 3');
  });

  it('runs no script and fetches nothing', async () => {
    let requests = 0;
    const server: Server = createServer((_req, res) => {
      requests++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const pdf = await renderPdf(
        page(`<p id="t">Original text</p><script>document.getElementById('t').textContent = 'PWNED'</script>
          <img src="http://127.0.0.1:${port}/tracker.png"><link rel="stylesheet" href="http://127.0.0.1:${port}/x.css">`),
      );
      const { text } = await pdfText(pdf);
      expect(text.join(' ')).toContain('Original text');
      expect(text.join(' ')).not.toContain('PWNED');
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('renders concurrent first requests side by side on one browser, each its own document', async () => {
    await closePdfRenderer();
    const launch = vi.spyOn(chromium, 'launch');
    try {
      const [a, b] = await Promise.all([renderPdf(page('<p>Alpha</p>')), renderPdf(page('<p>Beta</p>'))]);
      expect(launch).toHaveBeenCalledTimes(1);
      expect((await pdfText(a)).text[0]).toContain('Alpha');
      expect((await pdfText(b)).text[0]).toContain('Beta');
    } finally {
      launch.mockRestore();
    }
  });

  it('launches a new browser when the last one went away', async () => {
    await closePdfRenderer();
    const launch = vi.spyOn(chromium, 'launch');
    try {
      await renderPdf(page('<p>Before</p>'));
      await (await launch.mock.results[0].value).close();
      const { text } = await pdfText(await renderPdf(page('<p>After</p>')));
      expect(text[0]).toContain('After');
      expect(launch).toHaveBeenCalledTimes(2);
    } finally {
      launch.mockRestore();
    }
  });

  it('says what to install where there is no Chromium', async () => {
    const saved = process.env.CHROMIUM_PATH;
    await closePdfRenderer();
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const availability = pdfAvailability();
      expect(availability.available).toBe(false);
      const error = await renderPdf(page('<p>x</p>')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfUnavailableError);
      expect((error as PdfUnavailableError).code).toBe('pdf-unavailable');
      expect((error as Error).message).toMatch(/needs Chromium.*\/nonexistent\/chromium.*apt-get install -y chromium.*CHROMIUM_PATH/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
      await closePdfRenderer();
    }
  });
});
