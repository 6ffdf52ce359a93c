/**
 * The entry, kept tiny so that the page's language catalogue is asked for while the app itself is still on
 * its way (the page links the app chunk for preloading: client/build/preload-app.ts), not after it runs.
 */
import { loadMessages } from './i18n/load.js';
import { initialLocale } from './i18n/locales.js';
import { pageOf } from './page.js';
import './styles.css';

const page = pageOf(window.location.pathname);
// Fills the module cache; the app asks again for the same modules and finds them there.
void loadMessages(initialLocale(page.scope, window.location.search, navigator.languages ?? [navigator.language]), page.parts).catch(() => undefined);

// Keeps the app shell for reloads without a network (client/public/sw.js); the outbox does the rest.
if (import.meta.env.PROD && 'serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js').catch(() => undefined);

void import('./app.js').then(({ renderPage }) => renderPage(page));
