/**
 * Refusals are shown from their code, never from the server's English message. The most precise
 * explanation wins: one written for what the person was doing (`errors.post.question-closed`), else
 * the code's general one (`errors.codes.question-closed`), else a general one naming the code. More
 * precise codes from the server need only a line in each catalogue.
 */
import { useTranslations } from 'use-intl';
import type { ErrorCode } from '../../shared/protocol/result.js';
import type { RoomMessages } from './messages.js';

/** The protocol's codes, and two the browser meets over HTTP or on its own. */
export type RefusalCode = ErrorCode | 'pdf-unavailable' | 'network';
export type RefusalContext = Exclude<keyof RoomMessages['errors'], 'unknown' | 'codes'>;

// Every code has a general explanation: a new code in the protocol fails the type check until it is translated.
type Untranslated = Exclude<RefusalCode, keyof RoomMessages['errors']['codes']>;
export const everyCodeTranslated: [Untranslated] extends [never] ? true : Untranslated = true;

export interface Refusal {
  code: string;
}

/** The message key that explains a refusal, given which keys the catalogue has. */
export function refusalKey(code: string, context: RefusalContext | undefined, has: (key: string) => boolean): string {
  if (context && has(`errors.${context}.${code}`)) return `errors.${context}.${code}`;
  if (has(`errors.codes.${code}`)) return `errors.codes.${code}`;
  return 'errors.unknown';
}

export function useRefusal(): (refusal: Refusal, context?: RefusalContext) => string {
  const t = useTranslations();
  const has = (key: string) => t.has(key as never);
  return (refusal, context) => {
    const key = refusalKey(refusal.code, context, has);
    return t(key as 'errors.unknown', { code: refusal.code.slice(0, 40) });
  };
}
