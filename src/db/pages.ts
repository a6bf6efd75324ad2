import { sql } from 'kysely';
import type { Db } from './connect.ts';
import type { PageOutcome } from './types.ts';

export interface PageClaim {
  url: string;
  urlHash: string;
  hints: { title?: string; publishedAt?: string };
}

/** How long a page may sit queued before a later pass assumes its job was lost and queues it again. */
const staleQueueMinutes = 60;
/** A page whose fetch failed for a passing reason is tried again by later passes, this many times at most. */
const maxPassAttempts = 5;

/**
 * Claims pages for a run, so each URL is queued once however many sources and workers discover it at the same
 * time: the unique key decides, never a read before the write. New URLs are claimed; known ones only when a
 * passing failure is due another try, when an earlier claim went stale, or when `force` asks for a re-crawl.
 * Pages this run claimed for this same source and still queued are claimed again: that is a retry of the
 * source's discovery, whose earlier try may have died before it enqueued them (the fetch job ids keep pages
 * already enqueued from being fetched twice). Returns the URLs this call claimed: only those must be enqueued.
 */
export async function claimPages(
  db: Db,
  input: {
    caseId: number;
    runId: number | null;
    sourceId: number | null;
    pages: PageClaim[];
    force?: boolean;
  },
): Promise<PageClaim[]> {
  if (input.pages.length === 0) return [];
  const byHash = new Map(input.pages.map((p) => [p.urlHash, p]));
  const rows = await db
    .insertInto('pages')
    .values(
      [...byHash.values()].map((p) => ({
        case_id: input.caseId,
        url_hash: p.urlHash,
        url: p.url,
        source_id: input.sourceId,
        run_id: input.runId,
        state: 'queued' as const,
        hints: JSON.stringify(p.hints),
        queued_at: new Date(),
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['case_id', 'url_hash'])
        .doUpdateSet((eb) => ({
          state: 'queued',
          run_id: eb.ref('excluded.run_id'),
          source_id: eb.fn.coalesce('excluded.source_id', 'pages.source_id'),
          hints: eb.ref('excluded.hints'),
          queued_at: eb.ref('excluded.queued_at'),
        }))
        .where((eb) =>
          eb.or([
            eb.and([
              eb('pages.state', '=', 'done'),
              input.force
                ? sql<boolean>`true`
                : eb.and([eb('pages.outcome', '=', 'failed'), eb('pages.attempts', '<', maxPassAttempts)]),
            ]),
            eb.and([
              eb('pages.state', '=', 'queued'),
              eb.or([
                eb('pages.queued_at', '<', sql<Date>`now() - make_interval(mins => ${staleQueueMinutes})`),
                eb.and([
                  eb('pages.run_id', '=', eb.ref('excluded.run_id')),
                  eb('pages.source_id', '=', eb.ref('excluded.source_id')),
                ]),
              ]),
            ]),
          ]),
        ),
    )
    .returning('url_hash')
    .execute();
  return rows.map((r) => byHash.get(r.url_hash)!).filter(Boolean);
}

export interface PageResult {
  outcome: PageOutcome;
  reason?: string | null;
  httpStatus?: number | null;
  articleId?: number | null;
  claimsNew?: number;
  fetched?: boolean;
}

/** Records how a page ended. Idempotent: a retried job writes the same result again. */
export async function finishPage(db: Db, caseId: number, urlHash: string, result: PageResult): Promise<void> {
  await db
    .updateTable('pages')
    .set({
      state: 'done',
      outcome: result.outcome,
      reason: result.reason?.slice(0, 2000) ?? null,
      ...(result.httpStatus === undefined ? {} : { http_status: result.httpStatus }),
      article_id: result.articleId ?? null,
      claims_new: result.claimsNew ?? 0,
      ...(result.fetched ? { fetched_at: new Date() } : {}),
    })
    .where('case_id', '=', caseId)
    .where('url_hash', '=', urlHash)
    .execute();
}

/** Counts one more fetch attempt of a page; pages fetched again and again for passing failures give up. */
export async function countPageAttempt(
  db: Db,
  caseId: number,
  urlHash: string,
  httpStatus: number | null,
): Promise<void> {
  await db
    .updateTable('pages')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), http_status: httpStatus, fetched_at: new Date() }))
    .where('case_id', '=', caseId)
    .where('url_hash', '=', urlHash)
    .execute();
}
