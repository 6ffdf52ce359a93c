/** Every Redis key Concert uses, under one prefix (REDIS_PREFIX, `concert:` by default). */
export function redisKeys(prefix: string) {
  return {
    /** One stream per round: entry `<seq>-1` holds the event at position seq. */
    round: (roundId: string) => `${prefix}round:${roundId}`,
    rounds: `${prefix}rounds`,
    joinCodes: `${prefix}joincodes`,
    /** A sorted set whose scores are all 0: its members come out in byte order, never in order of arrival. */
    rosterPhones: (sessionId: string) => `${prefix}roster:${sessionId}:phones`,
    /** Written before the roster moved to a sorted set (a set, whose order can follow arrival): read, and moved over on the next join. */
    legacyRosterKeys: (sessionId: string) => `${prefix}roster:${sessionId}:keys`,
    /** A hash with every category created at 0, in one fixed order, on first use. */
    rosterCategories: (sessionId: string) => `${prefix}roster:${sessionId}:categories`,
    secret: `${prefix}secret`,
    presenceChannel: `${prefix}presence`,
    countdownChannel: `${prefix}countdowns`,
    rateLimit: (name: string) => `${prefix}rl:${name}`,
    socketIoStream: `${prefix}socket.io`,
    socketIoChannel: `${prefix}socket.io`,
    socketIoSession: `${prefix}sio:session:`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;

export function entryId(seq: number): string {
  return `${seq}-1`;
}

export function seqOf(entryId: string): number {
  return Number(entryId.slice(0, entryId.indexOf('-')));
}
