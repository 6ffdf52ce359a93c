import { loadConfig } from './config.js';
import { startNode } from './server.js';

const config = loadConfig();
const node = await startNode(config);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    node.logger.info({ signal }, 'shutting down');
    node.close().finally(() => process.exit(0));
  });
}

// A promise nobody awaited failed: log it and keep serving the others rather than drop every connection.
process.on('unhandledRejection', (reason) => {
  node.logger.error({ err: reason instanceof Error ? `${reason.name}: ${reason.message}` : 'unknown' }, 'unhandled rejection');
});
