/**
 * How a phone or a projector gets into a session. A code that comes with its join key (from a link,
 * a QR code or an earlier join) is opened at once: the key cannot be guessed. A code typed alone is
 * evaluated only as fast as the wrong-guess budgets allow (guess-pacer.ts). Either way the answer
 * carries the session's join key, which the client uses from then on.
 */
import { isWellFormedJoinCode, normaliseJoinCode } from '../../shared/protocol/limits.js';
import { refuse } from '../domain/errors.js';
import type { SessionRef, Store } from '../store/types.js';
import { addressKeyOf } from './address.js';
import type { GuessPacer } from './guess-pacer.js';
import { joinKeyFor, joinKeyMatches } from './join-keys.js';

export interface JoinGate {
  /** The session the code opens, and its join key; refuses with `wrong-join-code` or `rate-limited`. */
  open(socket: { connected: boolean }, joinCode: string, joinKey?: string): Promise<SessionRef & { joinKey: string }>;
}

const WRONG_CODE = 'No session has this code. Check it with the facilitator.';

export function createJoinGate(store: Pick<Store, 'joinCodes' | 'secret'>, pacer: GuessPacer): JoinGate {
  return {
    async open(socket, joinCode, presentedKey) {
      const code = normaliseJoinCode(joinCode);
      // Not a code at all: nothing is looked up, so nothing is learnt and no budget is spent.
      if (!isWellFormedJoinCode(code)) refuse('wrong-join-code', `${WRONG_CODE} A join code has six letters and digits, like ABC-234.`);
      const withKey = presentedKey !== undefined && joinKeyMatches(store.secret, code, presentedKey);
      // A wrong or outdated key is no worse than none: the code is then evaluated as if typed.
      const ref = (withKey && (await store.joinCodes.resolve(code))) || (await pacer.evaluate(socket, addressKeyOf(socket), () => store.joinCodes.resolve(code)));
      if (!ref) refuse('wrong-join-code', WRONG_CODE);
      return { ...ref, joinKey: joinKeyFor(store.secret, code) };
    },
  };
}
