import { z } from 'zod';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  REDIS_URL: z.string().url().optional(),
  /** Namespaces every Redis key and channel, so several deployments (or test runs) can share one Redis. */
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/).default('concert:'),
  PUBLIC_URL: z.string().url().optional(),
  /**
   * Other web origins whose pages may open a Socket.IO connection, comma-separated
   * (`https://a.example,https://b.example`); the app's own origin is always allowed.
   */
  ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((list, ctx) => {
      const origins: string[] = [];
      for (const entry of (list ?? '').split(',').map((o) => o.trim()).filter(Boolean)) {
        const origin = URL.canParse(entry) ? new URL(entry).origin : 'null';
        if (origin === 'null') ctx.addIssue({ code: 'custom', message: `"${entry.slice(0, 80)}" is not an origin like https://concert.example.org` });
        else origins.push(origin);
      }
      return origins;
    }),
  /** How many reverse proxies in front of the node append to X-Forwarded-For (0: use the TCP peer's address). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  RATE_COMMANDS_PER_SOCKET: z.coerce.number().int().positive().optional(),
  RATE_COMMANDS_PER_ADDRESS: z.coerce.number().int().positive().optional(),
  RATE_WRONG_GUESSES_PER_ADDRESS: z.coerce.number().int().positive().optional(),
  RATE_WRONG_GUESSES_OVERALL: z.coerce.number().int().positive().optional(),
  RATE_ROUNDS_PER_ADDRESS: z.coerce.number().int().positive().optional(),
  RATE_ROUNDS_OVERALL: z.coerce.number().int().positive().optional(),
  /** A round no socket of this node has used for this long is let go of (memory, file handle) and loaded again on next use. */
  ROUND_IDLE_EVICT_MS: z.coerce.number().int().positive().default(600_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIR: z.string().default('./dist/client'),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
