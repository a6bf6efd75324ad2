import Mustache from 'mustache';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import { defaultCaseFile, loadConfig } from '../../src/config/index.ts';
import { upsertSubscriber } from '../../src/db/index.ts';
import { canonicalUrl } from '../../src/dedup/index.ts';
import type { FixtureSite } from '../../src/demo/index.ts';
import { serveFixtureSite } from '../../src/demo/index.ts';
import { recrawl } from '../../src/pipeline/recrawl.ts';
import { syncCase } from '../../src/pipeline/sync-cases.ts';
import type { App } from '../../src/runtime/app.ts';
import { createApp } from '../../src/runtime/app.ts';
import { createJobHandler } from '../../src/runtime/job-handler.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase, freshQueuePrefix, redisUrl } from '../helpers/services.ts';
import type { TestSmtpServer } from '../helpers/smtp.ts';
import { rawHeader, startSmtpServer } from '../helpers/smtp.ts';

// The whole pipeline in its production shape: a job scheduler in Redis fires discovery, BullMQ workers (two
// "processes": two apps with their own connections) crawl the fixture site into PostgreSQL, and the digest
// arrives at a real SMTP server.

let site: FixtureSite;
let store: FreshDatabase;
let queuePrefix: ReturnType<typeof freshQueuePrefix>;
let smtp: TestSmtpServer;
let workers: App[];
let control: App;
let caseId: number;

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const count = async (table: 'articles' | 'claims' | 'claim_mentions' | 'article_urls' | 'stories') =>
  Number(
    (
      await control.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  [site, store, smtp] = await Promise.all([
    serveFixtureSite(),
    freshDatabase('e2e_services'),
    startSmtpServer(),
  ]);
  queuePrefix = freshQueuePrefix('e2e');
  const config = loadConfig(
    {
      DATABASE_URL: store.url,
      REDIS_URL: redisUrl,
      SMTP_URL: smtp.url,
      CASEWATCH_QUEUE_PREFIX: queuePrefix.prefix,
      CASEWATCH_CONCURRENCY: '4',
      CASEWATCH_SOURCE_JITTER_MS: '0',
      LOG_LEVEL: 'warn',
    },
    { allowHosts: ['127.0.0.1'] },
  );
  const log = createLogger('warn');
  control = await createApp(config, { log });
  workers = [await createApp(config, { log }), await createApp(config, { log })];
  for (const w of workers) {
    await w.queues.startWorkers({
      queues: ['discover', 'fetch', 'ingest', 'digest'],
      concurrency: 4,
      handler: createJobHandler(w),
    });
  }
  const synced = await syncCase(control.db, { ...loadCaseFile(defaultCaseFile), sources: site.sources });
  caseId = synced.id;
  await upsertSubscriber(control.db, {
    email: 'reader@example.org',
    caseId,
    frequency: 'daily',
    hour: 8,
    weekday: 1,
    timezone: 'America/Denver',
    status: 'active',
  });
});

afterAll(async () => {
  await Promise.allSettled([...(workers ?? []), control].filter(Boolean).map((a) => a.close()));
  await Promise.allSettled([site?.close(), smtp?.close(), store?.drop(), queuePrefix?.remove()]);
});

describe('the pipeline on BullMQ, PostgreSQL and SMTP', () => {
  it('runs discovery when the job scheduler fires and stores the case coverage, not the look-alikes', async () => {
    await control.queues.upsertScheduler(
      'discover',
      'discover-all',
      { pattern: '*/2 * * * * *', tz: 'UTC' },
      { type: 'run', trigger: 'cron' },
    );
    // The first cron run enrols every source; a later firing while it is still going enrols only the sources
    // it has finished with, and may finish first, so the first run is the one waited for.
    const run = await until('the first cron run finished', () =>
      control.db
        .selectFrom('crawl_runs')
        .selectAll()
        .where('trigger', '=', 'cron')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst()
        .then((r) => (r?.status === 'finished' ? r : undefined)),
    );
    await control.queues.removeScheduler('discover', 'discover-all');
    await control.queues.whenIdle();
    expect(run.counts.sources).toBe(site.sources.length);
    expect(run.counts.errors).toBe(0);

    const stored = new Set(
      (await control.db.selectFrom('article_urls').select('url').where('case_id', '=', caseId).execute()).map(
        (r) => r.url,
      ),
    );
    const onTopic = site.articles.filter((a) => a.onTopic);
    const offTopic = site.articles.filter((a) => !a.onTopic);
    expect(onTopic.length).toBeGreaterThanOrEqual(30);
    expect(onTopic.filter((a) => !stored.has(canonicalUrl(a.url))).map((a) => a.url)).toEqual([]);
    expect(offTopic.filter((a) => stored.has(canonicalUrl(a.url))).map((a) => a.url)).toEqual([]);
    for (const seed of ['000', '004']) {
      const page = site.articles.find((a) => a.seed === seed)!;
      expect(stored.has(canonicalUrl(page.url))).toBe(true);
    }
    // syndicated copies with the same text are one article with several URLs
    expect(await count('articles')).toBeLessThan(onTopic.length);
    // every page of one fixture story (wire copies, reposts, edited copies) is in one stored story, and no two
    // fixture stories share one
    const storyOfUrl = new Map(
      (
        await control.db
          .selectFrom('article_urls')
          .innerJoin('articles', 'articles.id', 'article_urls.article_id')
          .select(['article_urls.url', 'articles.story_id'])
          .execute()
      ).map((r) => [r.url, Number(r.story_id)]),
    );
    const storiesOfKey = new Map<string, Set<number>>();
    for (const a of onTopic) {
      const set = storiesOfKey.get(a.story) ?? new Set<number>();
      set.add(storyOfUrl.get(canonicalUrl(a.url))!);
      storiesOfKey.set(a.story, set);
    }
    expect([...storiesOfKey].filter(([, set]) => set.size !== 1).map(([key]) => key)).toEqual([]);
    expect(await count('stories')).toBe(storiesOfKey.size);
    expect(storiesOfKey.size).toBeLessThan(onTopic.length - 3);
    expect(await count('claims')).toBeGreaterThan(50);
    expect(await count('claim_mentions')).toBeGreaterThanOrEqual(await count('claims'));
    const offTopicPages = await control.db
      .selectFrom('pages')
      .select('url')
      .where('outcome', '=', 'off_topic')
      .execute();
    expect(offTopicPages.length).toBeGreaterThanOrEqual(offTopic.length);
  });

  it('mails the subscriber one digest listing the new stories', async () => {
    await control.queues.add('digest', { type: 'due', force: true });
    const [mail] = await smtp.waitFor(1);
    await control.queues.whenIdle();
    expect(rawHeader(mail!, 'To')).toBe('reader@example.org');
    expect(mail!.subject).toMatch(/^\d+ new stories, .* — New Mexico v\. Meta$/);
    expect(rawHeader(mail!, 'List-Unsubscribe')).toMatch(
      /^<http:\/\/127\.0\.0\.1:8080\/unsubscribe\?token=[\w.-]+>$/,
    );
    expect(rawHeader(mail!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const titles = (await control.db.selectFrom('stories').select('title').execute()).map((s) => s.title);
    expect(titles.length).toBeGreaterThan(20);
    for (const title of titles) {
      expect(mail!.html).toContain(Mustache.escape(title));
      expect(mail!.text).toContain(title);
    }
    const digest = await control.db.selectFrom('digests').selectAll().executeTakeFirstOrThrow();
    expect(digest.status).toBe('sent');
    expect(digest.counts.stories).toBe(titles.length);
  });

  it('stores nothing and sends nothing new when the same pass runs again', async () => {
    const before = {
      articles: await count('articles'),
      urls: await count('article_urls'),
      claims: await count('claims'),
    };
    // Forget the validators so every source is read in full again, not answered 304.
    await control.db.updateTable('sources').set({ etag: null, last_modified: null }).execute();
    await control.queues.add('discover', { type: 'run', trigger: 'manual' });
    await until('the second run to finish', () =>
      control.db
        .selectFrom('crawl_runs')
        .selectAll()
        .where('trigger', '=', 'manual')
        .where('status', '=', 'finished')
        .executeTakeFirst(),
    );
    await control.queues.whenIdle();
    expect({
      articles: await count('articles'),
      urls: await count('article_urls'),
      claims: await count('claims'),
    }).toEqual(before);
    await control.queues.add('digest', { type: 'due', force: true });
    await control.queues.whenIdle();
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages).toHaveLength(1);
  });

  it('re-crawls a stored page on request and stores nothing when it has not changed', async () => {
    const page = site.articles.find((a) => a.seed === '004')!;
    const before = await count('articles');
    const result = await recrawl(control, [{ caseId, url: canonicalUrl(page.url) }]);
    expect(result.pages).toEqual([{ url: canonicalUrl(page.url), outcome: 'unchanged', reason: null }]);
    expect(await count('articles')).toBe(before);
  });
});
