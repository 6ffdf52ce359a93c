/**
 * vitest globalSetup: makes sure the Redis tests have a Redis. Uses REDIS_URL (default
 * redis://127.0.0.1:6379) when it answers; otherwise starts a throwaway redis-server for the run;
 * otherwise fails the run with instructions. Tests read the URL with `inject('redisUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { DEFAULT_REDIS_URL, INSTALL_HINT, redisAnswers, redisServerInstalled, startThrowawayRedis } from './redis-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const url = process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  if (await redisAnswers(url)) {
    project.provide('redisUrl', url);
    return undefined;
  }
  if (!redisServerInstalled()) {
    throw new Error(`No Redis answers at ${url}, and no redis-server is installed to start one for the tests. ${INSTALL_HINT}`);
  }
  const redis = await startThrowawayRedis();
  console.log(`No Redis at ${url}: started a throwaway redis-server at ${redis.url} for this run.`);
  project.provide('redisUrl', redis.url);
  return () => redis.stop();
}
