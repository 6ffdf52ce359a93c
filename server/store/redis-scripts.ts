/**
 * Lua scripts: Redis runs each one atomically, so a check and the writes it guards cannot be
 * interleaved with another node's writes.
 */
import { createHash } from 'node:crypto';
import type { RedisConnection } from './redis-connection.js';

export interface Script {
  source: string;
  sha: string;
}

export function script(source: string): Script {
  return { source, sha: createHash('sha1').update(source).digest('hex') };
}

/**
 * KEYS: round stream, rounds set. ARGV: expected version, writer node id, round id, event JSON…
 * Appends only if the stream holds exactly `expected` entries; returns the new version, or -1.
 */
export const APPEND_EVENTS = script(`
local length = redis.call('XLEN', KEYS[1])
if length ~= tonumber(ARGV[1]) then return -1 end
for i = 4, #ARGV do
  redis.call('XADD', KEYS[1], string.format('%d-1', length + i - 3), 'n', ARGV[2], 'e', ARGV[i])
end
if length == 0 then redis.call('SADD', KEYS[2], ARGV[3]) end
return length + #ARGV - 3
`);

/** KEYS: roster key set, category counts. ARGV: roster key, category. Counts a phone once. */
export const JOIN_ROSTER = script(`
if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
end
return 0
`);

/** EVALSHA, falling back to EVAL when Redis has not seen the script (e.g. after a restart). */
export async function runScript(client: RedisConnection, { source, sha }: Script, keys: string[], args: string[]): Promise<unknown> {
  try {
    return await client.evalSha(sha, { keys, arguments: args });
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
    return client.eval(source, { keys, arguments: args });
  }
}
