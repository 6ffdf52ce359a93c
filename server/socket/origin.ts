/**
 * Which web pages may open a Socket.IO connection. A browser names the page's origin in every
 * request; a page on another origin (any site a phone on the venue's Wi-Fi happens to open) is
 * refused, so it cannot guess join codes on the venue's address. The app's own origin is
 * PUBLIC_URL when set, otherwise whatever host the request was sent to; ALLOWED_ORIGINS adds others.
 * A request without an Origin header is not from a page (a script, the tests, the load generator)
 * and is allowed: a script can write any Origin it likes, so refusing it would protect nothing.
 */
import type { IncomingMessage } from 'node:http';

export interface OriginPolicy {
  publicUrl?: string;
  allowedOrigins: readonly string[];
}

export function originAllowed(policy: OriginPolicy, origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (policy.publicUrl !== undefined && new URL(policy.publicUrl).origin === origin) return true;
  if (policy.allowedOrigins.includes(origin)) return true;
  if (policy.publicUrl !== undefined || host === undefined || !URL.canParse(origin)) return false;
  return new URL(origin).host === host.toLowerCase();
}

/** engine.io's `allowRequest`: runs on every handshake and upgrade, before a connection exists. */
export function allowRequestFrom(policy: OriginPolicy) {
  return (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => {
    const allowed = originAllowed(policy, req.headers.origin, req.headers.host);
    callback(allowed ? null : 'This page may not connect to Concert (its origin is not allowed).', allowed);
  };
}
