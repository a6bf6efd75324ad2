import type { JobContext } from '../../jobs/index.ts';
import type { Db } from '../db/index.ts';
import { claimPages, countRun, createRun, finishRun } from '../db/index.ts';
import { shortHash } from '../dedup/index.ts';
import type { App } from '../runtime/app.ts';
import { startAllWorkers } from './run-once.ts';

export interface RecrawlTarget {
  caseId: number;
  url: string;
}

export interface RecrawlResult {
  runId: number;
  pages: { url: string; outcome: string | null; reason: string | null }[];
}

/** The stored URLs of one story's articles, or of every article first seen since a date. */
export async function storedUrls(
  db: Db,
  filter: { storyId: number } | { since: Date },
): Promise<RecrawlTarget[]> {
  let query = db.selectFrom('articles').select(['case_id as caseId', 'canonical_url as url']);
  query =
    'storyId' in filter
      ? query.where('story_id', '=', filter.storyId)
      : query.where('first_seen_at', '>=', filter.since);
  return query.orderBy('id').execute();
}

/**
 * Fetches the given pages again now, whatever their last outcome, and runs them through the pipeline: an
 * edited article gets a new version, an unchanged one stores nothing. URLs must already be canonical.
 */
export async function recrawl(app: App, targets: RecrawlTarget[]): Promise<RecrawlResult> {
  await startAllWorkers(app);
  const runId = await createRun(app.db, 'manual');
  const ctx: Pick<JobContext, 'queues'> = app;
  for (const target of targets) {
    const urlHash = shortHash(target.url);
    const claimed = await claimPages(app.db, {
      caseId: target.caseId,
      runId,
      sourceId: null,
      pages: [{ url: target.url, urlHash, hints: {} }],
      force: true,
    });
    if (claimed.length) {
      await ctx.queues.add(
        'fetch',
        { runId, caseId: target.caseId, sourceId: null, url: target.url, hints: {} },
        { jobId: `page-${target.caseId}-${urlHash}` },
      );
    }
  }
  await app.queues.whenIdle();
  await finishRun(app.db, runId, { ...(await countRun(app.db, runId)), digestsWritten: 0 });
  const pages = await app.db
    .selectFrom('pages')
    .select(['url', 'outcome', 'reason'])
    .where('run_id', '=', runId)
    .orderBy('url')
    .execute();
  return { runId, pages };
}
