/*
 * Concert's service worker keeps the app shell, so that a phone reloading the page without a network
 * still opens Concert, finds its outbox (kept in localStorage) and sends it once the network returns.
 * Live data never passes through here: service workers do not see the websocket, and the long-polling
 * fallback's requests are neither pages nor assets, so they go to the network untouched.
 */
const CACHE = 'concert-shell-v2';
const SHELL = '/';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch(SHELL, { cache: 'no-cache' });
      const html = await response.clone().text();
      await cache.put(SHELL, response);
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
      await cache.addAll(assets);
      // The chunks the entry loads on demand (each language's catalogue, the console, the projector): kept too,
      // so a phone reloaded offline finds its language whichever it had, or switches to another.
      const lazy = new Set();
      for (const script of assets.filter((a) => a.endsWith('.js'))) {
        const text = await (await cache.match(script)).text();
        for (const m of text.matchAll(/["'`](?:\.\/|\/?assets\/)([\w.-]+\.js)["'`]/g)) lazy.add(`/assets/${m[1]}`);
      }
      await Promise.all([...lazy].filter((a) => !assets.includes(a)).map((a) => cache.add(a).catch(() => undefined)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

/** Pages: the network first (always the latest app), the kept shell when there is none. */
async function page(request) {
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) {
      const cache = await caches.open(CACHE);
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch (error) {
    const shell = await caches.match(SHELL);
    if (shell) return shell;
    throw error;
  }
}

/** Built assets never change under the same name: the kept copy first. */
async function asset(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
});
