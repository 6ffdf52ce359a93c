/** Every Redis key Concert uses, under one prefix (REDIS_PREFIX, `concert:` by default). */
export function redisKeys(prefix: string) {
  return {
    /** One stream per round: entry `<seq>-1` holds the event at position seq. */
    round: (roundId: string) => `${prefix}round:${roundId}`,
    rounds: `${prefix}rounds`,
    joinCodes: `${prefix}joincodes`,
    rosterKeys: (sessionId: string) => `${prefix}roster:${sessionId}:keys`,
    rosterCategories: (sessionId: string) => `${prefix}roster:${sessionId}:categories`,
    secret: `${prefix}secret`,
    /** A node writes here to wake its own blocked stream reader when it starts following a round. */
    wake: (nodeId: string) => `${prefix}wake:${nodeId}`,
    presenceChannel: `${prefix}presence`,
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
