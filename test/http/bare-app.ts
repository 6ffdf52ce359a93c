/** The HTTP app alone, over an embedded store in a temporary folder, for tests that attach it themselves. */
import { createHttpApp } from '../../server/http/app.js';
import { RoundRegistry } from '../../server/rounds/registry.js';
import { memoryLimiters } from '../../server/socket/limits.js';
import { openEmbeddedStore } from '../../server/store/embedded.js';
import { synthesize } from '../../server/synthesis/engine.js';
import { removeDir, tempDir } from '../integration/harness.js';

/** `clientDir`: the built client it serves (by default the store's own temporary folder). */
export async function bareApp(publicUrl?: string, clientDir?: string) {
  const dir = tempDir();
  const store = await openEmbeddedStore(dir);
  const limiters = memoryLimiters();
  const rounds = { perAddress: limiters.roundsPerAddress, overall: limiters.roundsOverall, addressOf: () => 'test' };
  const app = createHttpApp({ registry: new RoundRegistry(store), store, clientDir: clientDir ?? dir, publicUrl, rounds, synthesize: async (input) => synthesize(input) });
  const close = async () => {
    await store.close();
    removeDir(dir);
  };
  return { app, close, secret: store.secret };
}
