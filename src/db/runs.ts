import { sql } from 'kysely';
import type { Db } from './connect.ts';
import type { RunTrigger } from './types.ts';

/** The figures of one pass, as `run --json` prints them and `crawl_runs.counts` stores them. */
export interface RunCounts {
  sources: number;
  sourcesFailed: number;
  pagesQueued: number;
  pagesFetched: number;
  /** New articles, copies in an existing story included. */
  articlesStored: number;
  /** Of those, near duplicates of a stored article (reposts, syndicated copies): they joined its story. */
  nearDuplicates: number;
  versionsStored: number;
  duplicatesSkipped: number;
  offTopicSkipped: number;
  notArticles: number;
  claimsStored: number;
  digestsWritten: number;
  errors: number;
}

/** Stores a new run; `jobKey` names the queued job starting it (see runOfJob). */
export async function createRun(db: Db, trigger: RunTrigger, jobKey?: string): Promise<number> {
  const row = await db
    .insertInto('crawl_runs')
    .values({ trigger, job_key: jobKey ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The run an earlier try of the job `jobKey` stored, if any. */
export async function runOfJob(db: Db, jobKey: string): Promise<number | undefined> {
  const row = await db.selectFrom('crawl_runs').select('id').where('job_key', '=', jobKey).executeTakeFirst();
  return row?.id;
}

/** The sources of a run not read yet: those whose discovery jobs must be (or still be) queued. */
export async function unreadRunSources(db: Db, runId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('run_sources')
    .select('source_id')
    .where('run_id', '=', runId)
    .where('state', '=', 'queued')
    .orderBy('source_id')
    .execute();
  return rows.map((r) => r.source_id);
}

/** Counts a run's outcomes from its pages and sources: derived, so retries and crashes cannot double-count. */
export async function countRun(db: Db, runId: number): Promise<Omit<RunCounts, 'digestsWritten'>> {
  const pages = await db
    .selectFrom('pages')
    .select((eb) => [
      'outcome',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('claims_new').as('claims'),
      eb.fn.count<number>('fetched_at').as('fetched'),
    ])
    .where('run_id', '=', runId)
    .groupBy('outcome')
    .execute();
  const sources = await db
    .selectFrom('run_sources')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.count<number>(sql`case when outcome = 'failed' then 1 end`).as('failed'),
    ])
    .where('run_id', '=', runId)
    .executeTakeFirstOrThrow();
  const by = (outcome: string) => Number(pages.find((p) => p.outcome === outcome)?.n ?? 0);
  const failedPages = by('failed') + by('gone');
  return {
    sources: Number(sources.n),
    sourcesFailed: Number(sources.failed),
    pagesQueued: pages.reduce((sum, p) => sum + Number(p.n), 0),
    pagesFetched: pages.reduce((sum, p) => sum + Number(p.fetched), 0),
    articlesStored: by('stored') + by('near_duplicate'),
    nearDuplicates: by('near_duplicate'),
    versionsStored: by('version'),
    duplicatesSkipped: by('duplicate') + by('unchanged'),
    offTopicSkipped: by('off_topic'),
    notArticles: by('not_article'),
    claimsStored: pages.reduce((sum, p) => sum + Number(p.claims ?? 0), 0),
    errors: failedPages + Number(sources.failed),
  };
}

/** Closes a run with its final figures. */
export async function finishRun(
  db: Db,
  runId: number,
  counts: RunCounts,
  status: 'finished' | 'failed' = 'finished',
): Promise<void> {
  await db
    .updateTable('crawl_runs')
    .set({ status, finished_at: new Date(), counts: JSON.stringify(counts) })
    .where('id', '=', runId)
    .execute();
}

/**
 * Closes a run driven by the scheduler once nothing of it is left queued. Called after each job of the run;
 * whoever finishes the last job closes it. Returns true if this call closed it.
 */
export async function finishRunIfDone(db: Db, runId: number): Promise<boolean> {
  const open = await db
    .selectFrom('crawl_runs')
    .select('id')
    .where('id', '=', runId)
    .where('status', '=', 'running')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('pages')
            .select(sql`1`.as('one'))
            .where('run_id', '=', runId)
            .where('state', '=', 'queued'),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('run_sources')
            .select(sql`1`.as('one'))
            .where('run_id', '=', runId)
            .where('state', '=', 'queued'),
        ),
      ),
    )
    .executeTakeFirst();
  if (!open) return false;
  const counts = { ...(await countRun(db, runId)), digestsWritten: 0 };
  const closed = await db
    .updateTable('crawl_runs')
    .set({ status: 'finished', finished_at: new Date(), counts: JSON.stringify(counts) })
    .where('id', '=', runId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(closed.numUpdatedRows) > 0;
}

export async function recentRuns(db: Db, limit = 5) {
  return db.selectFrom('crawl_runs').selectAll().orderBy('id', 'desc').limit(limit).execute();
}
