/** Field limits shared by the server's validation and the client's counters. */
export const PROTOCOL_VERSION = 1;

export const LIMITS = {
  contributionText: 1000,
  questionText: 1000,
  title: 200,
  place: 80,
  reason: 300,
  token: 128,
  opId: 64,
  id: 64,
  joinCode: 12,
  joinKey: 64,
  facilitatorKey: 128,
  questionsPerSession: 200,
  mergeSources: 50,
  countdownSeconds: 4 * 60 * 60,
  maxPayloadBytes: 64 * 1024,
} as const;

/**
 * Socket.IO's heartbeat: the server pings every `pingIntervalMs` and drops a socket that has not answered
 * `pingTimeoutMs` later; a phone that hears no ping for a while takes its network as gone (client/socket/heartbeat.ts).
 * Shorter than Socket.IO's defaults (25 s and 20 s), so a silent network shows as offline within about 15 s, not 45.
 */
export const HEARTBEAT = { pingIntervalMs: 10_000, pingTimeoutMs: 5_000 } as const;

/** Join codes use characters that are hard to confuse when read aloud or typed (no 0/O, 1/I/L, U/V). */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const JOIN_CODE_LENGTH = 6;

export function normaliseJoinCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** Six characters of the alphabet, once normalised: anything else cannot be a code and is refused unlooked-up. */
export function isWellFormedJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((ch) => JOIN_CODE_ALPHABET.includes(ch));
}

/**
 * A session's links for phones and for the projector. The join key rides in the fragment, which
 * browsers never send to a server, so it stays out of request logs.
 */
export function joinPath(code: string, joinKey?: string | null): string {
  return `/join/${code}${joinKey ? `#k=${joinKey}` : ''}`;
}

/** The projector's link; `lang` names the language its page opens in. */
export function projectorPath(code: string, joinKey?: string | null, lang?: string): string {
  return `/projector/${code}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}${joinKey ? `#k=${joinKey}` : ''}`;
}

/** The QR code of a session's join link; with the join key, the link in it carries the key. */
export function qrCodePath(code: string, joinKey?: string | null): string {
  return `/api/qr/${code}.svg${joinKey ? `?k=${encodeURIComponent(joinKey)}` : ''}`;
}

/** The join key in a link's fragment (`#k=…`), if there is one. */
export function joinKeyInFragment(hash: string): string | null {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('k');
  return key && key.length <= LIMITS.joinKey ? key : null;
}
