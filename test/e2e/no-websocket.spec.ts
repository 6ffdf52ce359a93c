import { expect, test } from '@playwright/test';
import { createRoundAsFacilitator, createSession, joinAsParticipant, openFirstQuestion, post } from './fixtures.js';

/** In the page: every WebSocket fails its handshake, as behind a venue's proxy that refuses the upgrade. */
function refuseWebSockets() {
  const state = window as unknown as { refusedWebSockets: number };
  state.refusedWebSockets = 0;
  class RefusedWebSocket extends EventTarget {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    readyState = 0;
    binaryType = 'blob';
    onopen: ((e: Event) => void) | null = null;
    onerror: ((e: Event) => void) | null = null;
    onclose: ((e: CloseEvent) => void) | null = null;
    onmessage: ((e: MessageEvent) => void) | null = null;
    constructor(readonly url: string) {
      super();
      state.refusedWebSockets++;
      setTimeout(() => {
        this.readyState = 3;
        const error = new Event('error');
        this.onerror?.(error);
        this.dispatchEvent(error);
        const closed = new CloseEvent('close', { code: 1006, wasClean: false });
        this.onclose?.(closed);
        this.dispatchEvent(closed);
      }, 10);
    }
    send(): void {}
    close(): void {}
  }
  Object.defineProperty(window, 'WebSocket', { value: RefusedWebSocket, configurable: true, writable: true });
}

test('a phone on a network that refuses WebSockets joins and posts over long-polling', async ({ browser }) => {
  const facilitator = await createRoundAsFacilitator(browser);
  const code = await createSession(facilitator.page, 'Plenary', 'Geneva');
  await openFirstQuestion(facilitator.page);

  const phone = await joinAsParticipant(browser, code, undefined, async (context) => {
    await context.addInitScript(refuseWebSockets);
  });
  await post(phone.page, 'Sent without a WebSocket.');
  await expect(facilitator.page.locator('.live-contributions .contribution', { hasText: 'Sent without a WebSocket.' })).toBeVisible();
  expect(await phone.page.evaluate(() => (window as unknown as { refusedWebSockets: number }).refusedWebSockets)).toBeGreaterThan(0);
  await phone.context.close();
  await facilitator.context.close();
});
