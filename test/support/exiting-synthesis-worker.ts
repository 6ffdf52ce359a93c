/** A synthesis thread that dies on the first computation it is asked for, as one that ran out of memory would. */
import { parentPort } from 'node:worker_threads';

parentPort!.on('message', () => process.exit(1));
