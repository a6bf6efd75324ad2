import type { Db, Subscriber } from '../../src/db/index.ts';
import { upsertSubscriber } from '../../src/db/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import type { JobContext } from '../../jobs/index.ts';
import type { App } from '../../src/runtime/app.ts';
import { createApp } from '../../src/runtime/app.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { storeTestCase } from '../helpers/articles.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase, freshQueuePrefix, redisUrl } from '../helpers/services.ts';
import type { TestSmtpServer } from '../helpers/smtp.ts';
import { startSmtpServer } from '../helpers/smtp.ts';

/** A fresh database with one case, a real SMTP server, and an app in services mode pointed at both. */
export interface DigestHarness {
  store: FreshDatabase;
  smtp: TestSmtpServer;
  app: App;
  caseId: number;
  queuePrefix: string;
  /** A context for calling a stage directly, its clock set to `now`. */
  ctx(now: Date, attempt?: number): JobContext;
  /** An active subscriber to a case of its own (so tests do not see each other's stories). */
  subscribe(email: string, extra?: Partial<Parameters<typeof upsertSubscriber>[1]>): Promise<Subscriber>;
  /** A story of `subscriber`'s case first seen at `seenAt`. */
  story(subscriber: Subscriber, title: string, seenAt: Date): Promise<number>;
  /** Builds another app on the same database and SMTP server (a second worker). */
  another(env?: Record<string, string>): Promise<App>;
  close(): Promise<void>;
}

export async function startDigestHarness(
  label: string,
  env: Record<string, string> = {},
): Promise<DigestHarness> {
  const [store, smtp] = await Promise.all([freshDatabase(label), startSmtpServer()]);
  const prefix = freshQueuePrefix(label);
  const baseEnv = {
    DATABASE_URL: store.url,
    REDIS_URL: redisUrl,
    SMTP_URL: smtp.url,
    CASEWATCH_QUEUE_PREFIX: prefix.prefix,
    CASEWATCH_SECRET: 'digest-test-secret-0123456789',
    CASEWATCH_SMTP_TIMEOUT_MS: '1500',
    LOG_LEVEL: 'silent',
  };
  const log = createLogger('silent');
  const apps: App[] = [];
  const build = async (more: Record<string, string> = {}) => {
    const app = await createApp(loadConfig({ ...baseEnv, ...env, ...more }), { log });
    apps.push(app);
    return app;
  };
  const app = await build();
  const caseId = await storeTestCase(store.db, label.replace(/[\W_]+/g, '-').toLowerCase());
  const db: Db = store.db;
  return {
    store,
    smtp,
    app,
    caseId,
    queuePrefix: prefix.prefix,
    ctx: (now, attempt = 1) => ({
      ...app,
      now: () => now,
      job: { id: `test-${attempt}`, queue: 'digest', attempt, maxAttempts: 5 },
    }),
    subscribe: async (email, extra = {}) =>
      upsertSubscriber(db, {
        email,
        caseId: await storeTestCase(
          db,
          email
            .replace(/@.*/, '')
            .replace(/[\W_]+/g, '-')
            .toLowerCase(),
        ),
        frequency: 'daily',
        hour: 8,
        weekday: 1,
        timezone: 'UTC',
        status: 'active',
        ...extra,
      }),
    async story(subscriber, title, seenAt) {
      const row = await db
        .insertInto('stories')
        .values({ case_id: subscriber.case_id, title, first_seen_at: seenAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    another: build,
    async close() {
      await Promise.allSettled(apps.map((a) => a.close()));
      await Promise.allSettled([smtp.close(), store.drop(), prefix.remove()]);
    },
  };
}

/** Sets a subscriber's creation and confirmation time, so periods can start in the past. */
export async function backdate(db: Db, subscriberId: number, at: Date): Promise<void> {
  await db
    .updateTable('subscribers')
    .set({ created_at: at, confirmed_at: at })
    .where('id', '=', subscriberId)
    .execute();
}
