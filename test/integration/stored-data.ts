/**
 * Everything a store holds, read the way an operator with the data at rest would read it: every file
 * under DATA_DIR, or every key under the Redis prefix with its type, expiry, and contents in the
 * order Redis keeps them (stream entry ids and fields, hash field order, sorted-set scores).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createClient, RESP_TYPES } from 'redis';
import type { StoredEvent } from '../../server/domain/events.js';
import type { RedisConnection } from '../../server/store/redis-connection.js';

export interface RedisKeyDump {
  /** The key without the prefix. */
  name: string;
  type: string;
  /** Milliseconds to expiry, -1 without one. */
  pttl: number;
  /** Stream entries, with their fields in stored order. */
  entries?: { id: string; fields: [string, string][] }[];
  /** Hash fields in the order Redis keeps them. */
  fields?: [string, string][];
  /** Set members, or sorted-set members with their scores, in the order Redis returns them. */
  members?: [string, string][];
  value?: string;
}

export interface StoredData {
  /** The round logs' events, in log order. */
  events: StoredEvent[];
  /** Roster contents: the keys (one per phone) and the category counts, as stored. */
  rosters: { keys: string[]; categoryOrder: string[]; categories: Record<string, number> }[];
  /** All of it as text, for scanning (the embedded secret file, binary, left out). */
  text: string;
  redis?: RedisKeyDump[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function readDataDir(dataDir: string): StoredData {
  const files = filesUnder(dataDir).filter((f) => relative(dataDir, f) !== 'secret');
  const text = files.map((f) => `${relative(dataDir, f)}\n${readFileSync(f, 'utf8')}`).join('\n');
  const events = files
    .filter((f) => f.endsWith('.log'))
    .flatMap((f) => readFileSync(f, 'utf8').trim().split('\n'))
    .map((line) => JSON.parse(line.slice(9)) as StoredEvent);
  const rosters = files
    .filter((f) => relative(dataDir, f).startsWith('rosters'))
    .map((f) => JSON.parse(readFileSync(f, 'utf8')) as { keys: string[]; categories: Record<string, number> })
    .map((r) => ({ ...r, categoryOrder: Object.keys(r.categories) }));
  return { events, rosters, text };
}

const pairs = (flat: string[]): [string, string][] => Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]]);

export async function readRedis(prefix: string, url: string): Promise<StoredData> {
  const connection = createClient({ url }) as RedisConnection;
  connection.on('error', () => undefined);
  await connection.connect();
  // Replies as Redis sends them: a hash's fields as a list, in the order Redis keeps them.
  const client = connection.withTypeMapping({ [RESP_TYPES.MAP]: Array });
  try {
    const names: string[] = [];
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) names.push(...keys);
    const dumps: RedisKeyDump[] = [];
    for (const key of names.sort()) {
      const raw = (args: string[]) => client.sendCommand(args) as Promise<unknown>;
      const type = String(await raw(['TYPE', key]));
      const dump: RedisKeyDump = { name: key.slice(prefix.length), type, pttl: Number(await raw(['PTTL', key])) };
      if (type === 'stream') {
        const entries = (await raw(['XRANGE', key, '-', '+'])) as [string, string[]][];
        dump.entries = entries.map(([id, fields]) => ({ id, fields: pairs(fields) }));
      } else if (type === 'hash') dump.fields = pairs((await raw(['HGETALL', key])) as string[]);
      else if (type === 'set') dump.members = ((await raw(['SMEMBERS', key])) as string[]).map((m) => [m, '']);
      else if (type === 'zset') dump.members = ((await raw(['ZRANGE', key, '0', '-1', 'WITHSCORES'])) as [string, number][]).map(([m, score]) => [m, String(score)]);
      else if (type === 'string') dump.value = String(await raw(['GET', key]));
      dumps.push(dump);
    }
    const events = dumps
      .filter((d) => d.type === 'stream' && d.name.startsWith('round:'))
      .flatMap((d) => d.entries!.map((e) => ({ seq: Number(e.id.split('-')[0]), event: JSON.parse(e.fields.find(([f]) => f === 'e')![1]) }) as StoredEvent));
    const rosters = dumps
      .filter((d) => d.name.startsWith('roster:') && d.name.endsWith(':categories'))
      .map((d) => {
        const session = d.name.split(':')[1];
        const phones = dumps.find((p) => p.name === `roster:${session}:phones` || p.name === `roster:${session}:keys`);
        return {
          keys: (phones?.members ?? []).map(([m]) => m),
          categoryOrder: d.fields!.map(([f]) => f),
          categories: Object.fromEntries(d.fields!.map(([f, v]) => [f, Number(v)])),
        };
      });
    return { events, rosters, text: JSON.stringify(dumps), redis: dumps };
  } finally {
    await connection.close();
  }
}

/**
 * Numbers in the text that read as a wall-clock time between `from` and `to` (ms since the epoch), in
 * milliseconds or in seconds: what would date something stored.
 */
export function wallClockTimes(text: string, from: number, to: number): string[] {
  const found = new Set<string>();
  for (const [digits] of text.matchAll(/\d{10,13}/g)) {
    const n = Number(digits);
    if ((n >= from && n <= to) || (n >= Math.floor(from / 1000) && n <= Math.ceil(to / 1000))) found.add(digits);
  }
  return [...found];
}

/** Every string and number inside a value, as strings. */
export function leaves(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).flatMap(leaves);
  return [String(value)];
}
