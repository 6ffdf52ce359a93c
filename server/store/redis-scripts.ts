/**
 * Lua scripts: Redis runs each one atomically, so a check and the writes it guards cannot be
 * interleaved with another node's writes. They are node-redis script definitions: every connection
 * the store opens is configured with STORE_SCRIPTS and gets a method per script (`appendEvents`,
 * `joinRoster`, and the rate limiter's `bucketMsUntil` and `bucketSpend`), which sends EVALSHA and, to
 * a Redis that has not seen the script (after a restart), EVAL once.
 */
import { defineScript, type CommandParser } from 'redis';

/** A script called with its keys and its arguments, answering a number. */
export function script(source: string) {
  return defineScript({
    SCRIPT: source,
    parseCommand(parser: CommandParser, keys: string[], args: string[]) {
      parser.push(String(keys.length));
      for (const key of keys) parser.pushKey(key);
      parser.push(...args);
    },
    transformReply: (reply: unknown) => Number(reply),
  });
}

export type Script = ReturnType<typeof script>;

/**
 * KEYS: round stream, rounds set. ARGV: expected version, round id, event JSON…
 * Appends only if the stream holds exactly `expected` entries; returns the new version, or -1.
 * An entry is its event and nothing else: its id is its position, not a time, and it names no writer.
 */
export const APPEND_EVENTS = script(`
local length = redis.call('XLEN', KEYS[1])
if length ~= tonumber(ARGV[1]) then return -1 end
for i = 3, #ARGV do
  redis.call('XADD', KEYS[1], string.format('%d-1', length + i - 2), 'e', ARGV[i])
end
if length == 0 then redis.call('SADD', KEYS[2], ARGV[2]) end
return length + #ARGV - 2
`);

/**
 * KEYS: roster phones (sorted set), category counts (hash), roster set written before the sorted set.
 * ARGV: how many categories, every category in the one fixed order, then pairs of roster key and
 * category, the keys in byte order. Counts each phone once.
 *
 * Nothing kept says who came first or which phone gave which category: the phones' scores are all 0
 * (a sorted set then orders them by their bytes); the counts hash holds every category from its first
 * use, in the fixed order, where a small hash would keep its fields in order of first arrival; and the
 * writes go out as one ZADD of every new phone, then one HINCRBY per category, so that even Redis's
 * append-only file, which records each write in order, does not pair a phone with its category.
 */
export const JOIN_ROSTER = script(`
if redis.call('EXISTS', KEYS[3]) == 1 then
  local moved = redis.call('SMEMBERS', KEYS[3])
  table.sort(moved)
  for _, phone in ipairs(moved) do redis.call('ZADD', KEYS[1], 0, phone) end
  redis.call('DEL', KEYS[3])
end
local n = tonumber(ARGV[1])
local fields = redis.call('HKEYS', KEYS[2])
local ordered = #fields == n
for i = 1, #fields do
  if fields[i] ~= ARGV[i + 1] then ordered = false end
end
if not ordered then
  local counts = {}
  for i = 2, n + 1 do counts[i] = redis.call('HGET', KEYS[2], ARGV[i]) or '0' end
  redis.call('DEL', KEYS[2])
  for i = 2, n + 1 do redis.call('HSET', KEYS[2], ARGV[i], counts[i]) end
end
local added = {}
local phones = {}
for i = n + 2, #ARGV, 2 do
  if not redis.call('ZSCORE', KEYS[1], ARGV[i]) then
    table.insert(phones, 0)
    table.insert(phones, ARGV[i])
    added[ARGV[i + 1]] = (added[ARGV[i + 1]] or 0) + 1
  end
end
for i = 1, #phones, 400 do
  redis.call('ZADD', KEYS[1], unpack(phones, i, math.min(i + 399, #phones)))
end
for i = 2, n + 1 do
  if added[ARGV[i]] then redis.call('HINCRBY', KEYS[2], ARGV[i], added[ARGV[i]]) end
end
return #phones / 2
`);

/** The refill of the rate limiter's token buckets (server/socket/token-bucket.ts), in Lua: sets `now` and `tokens` from KEYS[1] and ARGV[1] (capacity), ARGV[2] (per ms). */
const REFILL = `
local capacity = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = capacity
if state[1] then tokens = math.min(capacity, tonumber(state[1]) + (now - tonumber(state[2])) * perMs) end
`;

/** KEYS: the bucket. ARGV: capacity, tokens per millisecond, tokens needed. Returns the milliseconds until they are there. */
export const BUCKET_MS_UNTIL = script(`#!lua flags=no-writes
${REFILL}
local needed = tonumber(ARGV[3])
if tokens >= needed then return 0 end
return math.ceil((needed - tokens) / perMs)
`);

/** KEYS: the bucket. ARGV: capacity, tokens per millisecond. Takes one token; the key expires once the bucket is full again. */
export const BUCKET_SPEND = script(`${REFILL}
tokens = tokens - 1
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / perMs) + 1000)
return 0
`);

/** The scripts every store connection is configured with, by the name of the method that runs each. */
export const STORE_SCRIPTS = { appendEvents: APPEND_EVENTS, joinRoster: JOIN_ROSTER, bucketMsUntil: BUCKET_MS_UNTIL, bucketSpend: BUCKET_SPEND };
