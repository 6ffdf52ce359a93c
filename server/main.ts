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
