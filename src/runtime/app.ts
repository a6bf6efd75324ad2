import path from 'node:path';
import type { Config } from '../config/index.ts';
import type { Fetcher } from '../crawl/index.ts';
import type { Db } from '../db/index.ts';
import {
  ensureMigrated,
  installationSecret,
  isStoreUnavailable,
  migrationStatus,
  openDatabase,
} from '../db/index.ts';
import type { Mailer } from '../digest/index.ts';
import { createFileMailer, createSmtpMailer } from '../digest/index.ts';
import type { QueueSystem } from '../queue/index.ts';
import { createBullQueues, createMemoryQueues, unavailableDelay } from '../queue/index.ts';
import type { CaseRegistry } from './case-registry.ts';
import { createCaseRegistry } from './case-registry.ts';
import { configuredFetcher } from './fetcher.ts';
import type { StageServices } from './job-handler.ts';
import type { Logger } from './logger.ts';
import { createLogger } from './logger.ts';

/** Everything a command needs, built from the one Config. `close()` releases all of it, once. */
export interface App extends StageServices {
  queues: QueueSystem;
  close(): Promise<void>;
}

export interface AppOptions {
  log?: Logger;
  /** Use this store instead of opening one from the config (tests share a migrated PGlite). */
  db?: Db;
  /** Use this queue system instead of building one from the config. */
  queues?: QueueSystem;
  mailer?: Mailer;
  fetcher?: Fetcher;
  /**
   * Services mode leaves migrations to `casewatch migrate` and refuses to start on an old schema; the embedded
   * mode migrates by itself, so `npm start` works on a fresh checkout.
   */
  migrate?: boolean;
  /**
   * Wait for PostgreSQL when it cannot be reached, instead of failing: a worker started while the server is
   * restarting comes up once it is back, as it does for Redis.
   */
  waitForStore?: boolean;
}

/** A schema older than the code: the services mode asks for `casewatch migrate` rather than racing workers. */
export class SchemaOutOfDateError extends Error {
  override name = 'SchemaOutOfDateError';
}

/** Builds the store, queues, fetcher and mailer the config describes. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.logLevel);
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const db =
      options.db ??
      (await openDatabase(
        config.databaseUrl ? { url: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pglite') },
      ));
    if (!options.db) cleanups.push(() => db.destroy());
    const reachable = <T>(work: () => Promise<T>) =>
      options.waitForStore ? untilReachable(work, log) : work();
    if (options.migrate ?? config.mode === 'embedded') {
      await reachable(() => ensureMigrated(db));
    } else {
      const pending = (await reachable(() => migrationStatus(db))).filter((m) => !m.executedAt);
      if (pending.length) {
        throw new SchemaOutOfDateError(
          `the database schema is ${pending.length} migration(s) behind: run \`casewatch migrate\``,
        );
      }
    }
    const fetcher = options.fetcher ?? configuredFetcher(config, config.concurrency * 2);
    if (!options.fetcher) cleanups.push(() => fetcher.close());
    const mailer =
      options.mailer ??
      (config.smtpUrl
        ? createSmtpMailer(config.smtpUrl, config.mailFrom, config.smtpTimeoutMs)
        : createFileMailer(config.mailDir, config.mailFrom));
    if (!options.mailer) cleanups.push(() => mailer.close());
    // Created last so it closes first: workers finish their jobs while the store, fetcher and mailer are open.
    const queues =
      options.queues ??
      (config.redisUrl
        ? createBullQueues({ redisUrl: config.redisUrl, prefix: config.queuePrefix })
        : createMemoryQueues());
    cleanups.push(() => queues.close());
    const secret = config.secret ?? (await reachable(() => installationSecret(db)));
    const cases: CaseRegistry = createCaseRegistry(db);
    let closing: Promise<void> | undefined;
    return {
      config,
      db,
      queues,
      fetcher,
      mailer,
      cases,
      log,
      secret,
      now: () => new Date(),
      close() {
        // Every cleanup runs even if an earlier one fails, in reverse order of creation.
        closing ??= runAll(cleanups.slice().reverse());
        return closing;
      },
    };
  } catch (error) {
    await runAll(cleanups.slice().reverse());
    throw error;
  }
}

/** Runs `work` until it does not fail for want of PostgreSQL, waiting longer each time (up to 15 s). */
async function untilReachable<T>(work: () => Promise<T>, log: Logger): Promise<T> {
  for (let waits = 1; ; waits++) {
    try {
      return await work();
    } catch (error) {
      if (!isStoreUnavailable(error)) throw error;
      const delayMs = unavailableDelay(waits);
      log.warn({ error: (error as Error).message, retryInMs: delayMs }, 'waiting for PostgreSQL');
      await new Promise((r) => setTimeout(r, delayMs));
    }
  }
}

async function runAll(steps: (() => Promise<void>)[]): Promise<void> {
  const errors: unknown[] = [];
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length) throw new AggregateError(errors, 'closing failed');
}
