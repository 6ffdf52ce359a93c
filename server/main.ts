import { loadConfig } from './config.js';
import { exitOnFatalErrors } from './fatal.js';
import { createLogger } from './logger.js';
import { startNode } from './server.js';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
exitOnFatalErrors(logger);
const node = await startNode(config, { logger });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    node.logger.info({ signal }, 'shutting down');
    node.close().finally(() => process.exit(0));
  });
}
