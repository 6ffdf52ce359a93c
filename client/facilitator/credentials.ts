/** The facilitator link carries `#roundId.key` in its fragment, which never reaches a server or its logs. */
const STORAGE_KEY = 'concert:facilitator';

export interface Credentials {
  roundId: string;
  key: string;
}

export function readCredentials(): Credentials | null {
  const fromHash = parse(window.location.hash.slice(1));
  if (fromHash) {
    sessionStorage.setItem(STORAGE_KEY, `${fromHash.roundId}.${fromHash.key}`);
    return fromHash;
  }
  return parse(sessionStorage.getItem(STORAGE_KEY) ?? '');
}

function parse(raw: string): Credentials | null {
  const dot = raw.indexOf('.');
  if (dot <= 0) return null;
  return { roundId: raw.slice(0, dot), key: raw.slice(dot + 1) };
}

export function facilitatorLink(c: Credentials): string {
  return `${window.location.origin}/facilitate#${c.roundId}.${c.key}`;
}
