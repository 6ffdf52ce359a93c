/** Concert nodes in Redis mode for the tests: each test run works under its own key prefix and removes it after. */
import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import { inject } from 'vitest';
import type { NodeOptions } from '../../server/server.js';
import type { RedisConnection } from '../../server/store/redis-connection.js';
import { removeDir, startTestNode, tempDir, type TestNode } from './harness.js';

export function redisUrl(): string {
  return inject('redisUrl');
}

/** A prefix no other run (or other test file) uses, so runs on one Redis never see each other. */
export function uniquePrefix(name: string): string {
  return `concert-test:${name}:${process.pid}-${randomBytes(4).toString('hex')}:`;
}

export async function startRedisNode(prefix: string, url = redisUrl(), options: NodeOptions = {}, env: Record<string, string> = {}): Promise<TestNode> {
  const dataDir = tempDir();
  const node = await startTestNode(dataDir, { ...env, REDIS_URL: url, REDIS_PREFIX: prefix }, options);
  const close = node.close;
  node.close = async () => {
    await close();
    removeDir(dataDir);
  };
  return node;
}

async function withClient<T>(url: string, use: (client: RedisConnection) => Promise<T>): Promise<T> {
  const client = createClient({ url }) as RedisConnection;
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.close();
  }
}

export function listKeys(prefix: string, url = redisUrl()): Promise<string[]> {
  return withClient(url, async (client) => {
    const found: string[] = [];
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) found.push(...keys);
    return found;
  });
}

/** Deletes every key under the prefix. */
export async function deleteKeys(prefix: string, url = redisUrl()): Promise<void> {
  const doomed = await listKeys(prefix, url);
  await withClient(url, async (client) => {
    for (let i = 0; i < doomed.length; i += 500) await client.unlink(doomed.slice(i, i + 500));
  });
}

/** A key's content as text, whatever its type (strings are base64-decoded too, for msgpack sessions). */
export function readValue(key: string, url = redisUrl()): Promise<string> {
  return withClient(url, async (client) => {
    const type = await client.type(key);
    if (type === 'string') {
      const raw = (await client.get(key)) ?? '';
      return `${raw}\n${Buffer.from(raw, 'base64').toString('latin1')}`;
    }
    if (type === 'hash') return JSON.stringify(await client.hGetAll(key));
    if (type === 'set') return JSON.stringify(await client.sMembers(key));
    if (type === 'stream') return JSON.stringify(await client.xRange(key, '-', '+'));
    return '';
  });
}
