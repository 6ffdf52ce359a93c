/**
 * Turns off the `debug` package's output, whatever DEBUG says. Socket.IO, engine.io and their parsers
 * print every packet there (phone tokens, join codes, facilitator keys, contribution text), Express
 * prints request paths, and Playwright prints the pages it renders (the exports' text). Concert's own
 * logs go through pino (LOG_LEVEL) and carry none of that.
 *
 * Importing this module does it, before anything that uses `debug` is loaded after it; calling
 * `silenceDebugOutput` again also turns off copies of `debug` that were already loaded.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Where copies of `debug` are installed: the shared one, and the one the Redis adapter bundles. */
const DEBUG_USERS = [import.meta.url, '@socket.io/redis-streams-adapter'];

export function silenceDebugOutput(): void {
  delete process.env.DEBUG;
  for (const user of DEBUG_USERS) {
    try {
      const from = user.startsWith('file:') ? user : require.resolve(user);
      (createRequire(from)('debug') as { disable(): string }).disable();
    } catch {
      // Not installed here: nothing of it to silence.
    }
  }
}

silenceDebugOutput();
