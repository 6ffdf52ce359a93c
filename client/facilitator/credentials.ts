/** The facilitator link carries `#roundId.key` in its fragment, which never reaches a server or its logs. */
const STORAGE_KEY = 'concert:facilitator';
const PART = /^[A-Za-z0-9_-]+$/;
/** Keys are 32 random bytes in base64url (43 characters): anything much shorter was cut when copied. */
const MIN_KEY_LENGTH = 32;

export interface Credentials {
  roundId: string;
  key: string;
}

export type LinkReading = { kind: 'none' } | { kind: 'incomplete' } | { kind: 'ok'; credentials: Credentials };

/** What a fragment (or a whole pasted link) says: no key, a key cut short or mangled, or a key to try. */
export function readLink(raw: string): LinkReading {
  const hash = raw.includes('#') ? raw.slice(raw.indexOf('#') + 1) : raw;
  const text = hash.trim();
  if (text === '') return { kind: 'none' };
  const dot = text.indexOf('.');
  if (dot <= 0) return { kind: 'incomplete' };
  const roundId = text.slice(0, dot);
  const key = text.slice(dot + 1);
  if (!PART.test(roundId) || !PART.test(key) || key.length < MIN_KEY_LENGTH) return { kind: 'incomplete' };
  return { kind: 'ok', credentials: { roundId, key } };
}

/** The link in the address bar, else the one this tab used last (a reload after the fragment was lost). */
export function readCredentials(): LinkReading {
  const fromHash = readLink(window.location.hash);
  if (fromHash.kind === 'ok') {
    sessionStorage.setItem(STORAGE_KEY, `${fromHash.credentials.roundId}.${fromHash.credentials.key}`);
    return fromHash;
  }
  if (fromHash.kind === 'incomplete') return fromHash;
  const kept = readLink(sessionStorage.getItem(STORAGE_KEY) ?? '');
  return kept.kind === 'ok' ? kept : { kind: 'none' };
}

export function forgetCredentials(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** The console's link for a key: the facilitator's, or the round's read-only observer link. */
export function consoleLink(c: Credentials): string {
  return `${window.location.origin}/facilitate#${c.roundId}.${c.key}`;
}

/** Which session of a round this browser was watching, so reopening the link returns to it. */
export function rememberedSession(roundId: string): string | null {
  return localStorage.getItem(`concert:watching:${roundId}`);
}

export function rememberSession(roundId: string, sessionId: string): void {
  localStorage.setItem(`concert:watching:${roundId}`, sessionId);
}
