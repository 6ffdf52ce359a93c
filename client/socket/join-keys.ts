/**
 * A session's join key: read from the link or QR code the page was opened with, or given by the
 * server on the first join, and kept on this device so that every reconnect and reload gets in at
 * once, without going through the paced check of typed codes. The store holds the keys this page
 * knows, for the links and QR codes it shows.
 */
import { joinKeyInFragment } from '../../shared/protocol/limits.js';
import { useStore } from '../store/index.js';

const storageKey = (code: string) => `concert:join-key:${code}`;

/** The key for this code: the one in the page's link if it was opened with one, or the one kept from an earlier join. */
export function joinKeyFor(code: string): string | undefined {
  const [, , linkCode] = window.location.pathname.split('/');
  const fromLink = linkCode === code ? joinKeyInFragment(window.location.hash) : null;
  return fromLink ?? localStorage.getItem(storageKey(code)) ?? undefined;
}

export function keepJoinKey(code: string, key: string): void {
  localStorage.setItem(storageKey(code), key);
  useStore.setState((s) => (s.joinKeys[code] === key ? {} : { joinKeys: { ...s.joinKeys, [code]: key } }));
}
