import { z } from 'zod';

const optionalUrl = (protocols: RegExp) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.url({ protocol: protocols }).optional());

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Every environment variable casewatch reads, with its default. The README lists the same. */
export const envSchema = z.object({
  DATABASE_URL: optionalUrl(/^postgres(ql)?$/).optional(),
  REDIS_URL: optionalUrl(/^rediss?$/).optional(),
  SMTP_URL: optionalUrl(/^smtps?$/).optional(),
  MAIL_FROM: z.string().trim().min(3).default('casewatch <casewatch@localhost>'),
  CASEWATCH_DATA_DIR: z.string().trim().min(1).default('./data'),
  CASEWATCH_OUT_DIR: z.string().trim().min(1).default('./out'),
  CASEWATCH_CASES: z.string().trim().default(''),
  CASEWATCH_SECRET: z.string().trim().min(16).optional(),
  CASEWATCH_PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8080'),
  CASEWATCH_USER_AGENT: z
    .string()
    .trim()
    .min(3)
    .default('casewatch/0.1 (+https://github.com/casewatch/casewatch; news monitor)'),
  CASEWATCH_QUEUE_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only')
    .default('casewatch'),
  CASEWATCH_CONCURRENCY: positiveInt(8),
  CASEWATCH_FETCH_TIMEOUT_MS: positiveInt(20_000),
  /** Least time between two requests to one host, shared by every worker (robots.txt Crawl-delay can ask more). */
  /** A source that fails this many reads in a row is paused until `casewatch sources resume`. */
  CASEWATCH_PAUSE_AFTER_FAILURES: positiveInt(5),
  /** A scheduled pass starts its sources at random moments within this window. */
  CASEWATCH_SOURCE_JITTER_MS: z.coerce.number().int().min(0).max(3_600_000).default(20_000),
  CASEWATCH_HOST_INTERVAL_MS: z.coerce.number().int().min(0).max(600_000).default(1000),
  CASEWATCH_DISCOVER_CRON: z.string().trim().min(9).default('*/30 * * * *'),
  CASEWATCH_DIGEST_CRON: z.string().trim().min(9).default('*/5 * * * *'),
  CASEWATCH_CRON_TZ: z.string().trim().default('UTC'),
  CASEWATCH_ALLOW_HOSTS: z.string().trim().default(''),
  /** Where `casewatch serve` listens for the confirm and unsubscribe links. */
  CASEWATCH_SERVE_HOST: z.string().trim().min(1).default('127.0.0.1'),
  CASEWATCH_SERVE_PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  /** Send a digest even when nothing is new ("no new coverage"); off by default. */
  CASEWATCH_DIGEST_SEND_EMPTY: z
    .enum(['0', '1', 'true', 'false', 'yes', 'no'])
    .default('false')
    .transform((v) => v === '1' || v === 'true' || v === 'yes'),
  /** A digest left in `sending` this long (a worker that died mid-send) is taken over and sent again. */
  CASEWATCH_DIGEST_LEASE_MS: z.coerce.number().int().min(1000).max(86_400_000).default(600_000),
  /** How long the SMTP client waits for the server at each step before giving up (and retrying later). */
  CASEWATCH_SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;
