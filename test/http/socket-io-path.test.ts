/**
 * The HTTP app never answers under Socket.IO's path, even attached beside engine.io in the order
 * that once let both answer one poll (Express's 404, then engine.io's write to a finished response,
 * which threw ERR_HTTP_HEADERS_SENT out of the process).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterAll, describe, expect, it } from 'vitest';
import { SOCKET_IO_PATH } from '../../server/http/app.js';
import { bareApp } from './bare-app.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

describe('the HTTP app and Socket.IO on one server', () => {
  it('leaves Socket.IO its path even when the app is attached after it', async () => {
    const { app, close } = await bareApp();
    cleanup.push(close);
    const http = createServer();
    const io = new Server(http, { path: SOCKET_IO_PATH });
    http.on('request', app);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise<void>((resolve) => io.close(() => resolve())));
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

    const open = await (await fetch(`${base}${SOCKET_IO_PATH}?EIO=4&transport=polling`)).text();
    const sid = /"sid":"([^"]+)"/.exec(open)![1];
    // A poll with nothing to deliver yet waits: that is when the app used to answer it first.
    const polling = fetch(`${base}${SOCKET_IO_PATH}?EIO=4&transport=polling&sid=${sid}`);
    await new Promise((r) => setTimeout(r, 100));
    const connect = await fetch(`${base}${SOCKET_IO_PATH}?EIO=4&transport=polling&sid=${sid}`, { method: 'POST', body: '40' });
    expect(connect.status).toBe(200);
    const poll = await polling;
    expect(poll.status).toBe(200);
    expect(await poll.text()).toMatch(/^40\{"sid":/);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
