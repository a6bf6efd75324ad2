import path from 'node:path';
import type { Env } from './env.ts';
import { envSchema } from './env.ts';
import { defaultCaseFile } from './paths.ts';

/** The one typed, frozen configuration object. Nothing else reads `process.env`. */
export interface Config {
  readonly databaseUrl: string | undefined;
  readonly redisUrl: string | undefined;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly dataDir: string;
  readonly outDir: string;
  readonly mailDir: string;
  readonly caseFiles: readonly string[];
  readonly secret: string | undefined;
  readonly publicUrl: string;
  readonly userAgent: string;
  readonly queuePrefix: string;
  readonly concurrency: number;
  readonly fetchTimeoutMs: number;
  /** Least time between two requests to one host (not for allowed hosts). */
  readonly hostIntervalMs: number;
  /** Consecutive failed reads after which a source is paused. */
  readonly pauseAfterFailures: number;
  /** Scheduled passes start their sources at random within this many ms. */
  readonly sourceJitterMs: number;
  readonly discoverCron: string;
  readonly digestCron: string;
  readonly cronTimezone: string;
  /** Hosts that may be fetched even though they resolve to loopback or private addresses. */
  readonly allowHosts: readonly string[];
  readonly logLevel: Env['LOG_LEVEL'];
  readonly serveHost: string;
  readonly servePort: number;
  /** Whether a digest with nothing new is sent anyway. */
  readonly digestSendEmpty: boolean;
  /** After this long in `sending`, a digest's claim has lapsed and another attempt may send it. */
  readonly digestLeaseMs: number;
  readonly smtpTimeoutMs: number;
  /** `embedded` (PGlite, in-process queue, mail to files) or `services` (Postgres, BullMQ). */
  readonly mode: 'embedded' | 'services';
}

/** A setting that is missing or malformed; its message is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the environment once. Throws ConfigError naming the first bad variable.
 * `overrides` are CLI flags, applied after the environment.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Config> = {},
): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    const value = typeof issue?.path[0] === 'string' ? env[issue.path[0]] : undefined;
    throw new ConfigError(
      `config: ${name}${value === undefined ? '' : `=${JSON.stringify(value)}`}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const e = parsed.data;
  if ((e.DATABASE_URL === undefined) !== (e.REDIS_URL === undefined)) {
    throw new ConfigError(
      'config: DATABASE_URL and REDIS_URL go together: set both for services mode, neither for the embedded default',
    );
  }
  const dataDir = path.resolve(e.CASEWATCH_DATA_DIR);
  const outDir = path.resolve(e.CASEWATCH_OUT_DIR);
  const caseFiles = e.CASEWATCH_CASES
    ? e.CASEWATCH_CASES.split(',')
        .map((f) => f.trim())
        .filter(Boolean)
        .map((f) => path.resolve(f))
    : [defaultCaseFile];
  const config: Config = {
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    dataDir,
    outDir,
    mailDir: path.join(outDir, 'mail'),
    caseFiles,
    secret: e.CASEWATCH_SECRET,
    publicUrl: e.CASEWATCH_PUBLIC_URL.replace(/\/+$/, ''),
    userAgent: e.CASEWATCH_USER_AGENT,
    queuePrefix: e.CASEWATCH_QUEUE_PREFIX,
    concurrency: e.CASEWATCH_CONCURRENCY,
    fetchTimeoutMs: e.CASEWATCH_FETCH_TIMEOUT_MS,
    hostIntervalMs: e.CASEWATCH_HOST_INTERVAL_MS,
    pauseAfterFailures: e.CASEWATCH_PAUSE_AFTER_FAILURES,
    sourceJitterMs: e.CASEWATCH_SOURCE_JITTER_MS,
    discoverCron: e.CASEWATCH_DISCOVER_CRON,
    digestCron: e.CASEWATCH_DIGEST_CRON,
    cronTimezone: e.CASEWATCH_CRON_TZ,
    allowHosts: e.CASEWATCH_ALLOW_HOSTS.split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    logLevel: e.LOG_LEVEL,
    serveHost: e.CASEWATCH_SERVE_HOST,
    servePort: e.CASEWATCH_SERVE_PORT,
    digestSendEmpty: e.CASEWATCH_DIGEST_SEND_EMPTY,
    digestLeaseMs: e.CASEWATCH_DIGEST_LEASE_MS,
    smtpTimeoutMs: e.CASEWATCH_SMTP_TIMEOUT_MS,
    mode: e.DATABASE_URL ? 'services' : 'embedded',
    ...overrides,
  };
  return Object.freeze(config);
}
