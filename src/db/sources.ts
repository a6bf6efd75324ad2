import { sql } from 'kysely';
import type { CaseSource } from '../cases/index.ts';
import type { Db } from './connect.ts';
import type { Source, SourceOrigin } from './types.ts';

/** The row a case definition's source is stored as. */
function sourceRow(caseId: number, source: CaseSource, origin: SourceOrigin) {
  return {
    case_id: caseId,
    kind: source.kind,
    url: source.url,
    name: source.name,
    schedule: source.schedule ?? null,
    enabled: source.enabled,
    origin,
    options: JSON.stringify(source.link_pattern ? { link_pattern: source.link_pattern } : {}),
  };
}

/**
 * Makes the stored sources of a case match its definition: new ones are added, known ones (by URL) get the
 * definition's name, kind and options, and those of the same origin it no longer lists are retired (kept, read by
 * no pass; listed again, they come back). Crawl state (ETag, failures, pauses) and manual changes to `enabled`
 * made through the CLI are kept. Returns the case's sources the definition lists.
 */
export async function syncSources(
  db: Db,
  caseId: number,
  sources: readonly CaseSource[],
  origin: SourceOrigin = 'case-file',
): Promise<Source[]> {
  if (sources.length > 0) {
    await db
      .insertInto('sources')
      .values(sources.map((s) => sourceRow(caseId, s, origin)))
      .onConflict((oc) =>
        oc.columns(['case_id', 'url']).doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'),
          name: eb.ref('excluded.name'),
          schedule: eb.ref('excluded.schedule'),
          options: eb.ref('excluded.options'),
          origin: eb.ref('excluded.origin'),
          retired_at: null,
        })),
      )
      .execute();
  }
  await db
    .updateTable('sources')
    .set({ retired_at: sql`now()` })
    .where('case_id', '=', caseId)
    .where('origin', '=', origin)
    .where('retired_at', 'is', null)
    .$if(sources.length > 0, (q) =>
      q.where(
        'url',
        'not in',
        sources.map((s) => s.url),
      ),
    )
    .execute();
  return db
    .selectFrom('sources')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('origin', '=', origin)
    .where('retired_at', 'is', null)
    .orderBy('id')
    .execute();
}

/**
 * Sources that a pass reads: enabled, not paused, not retired. A normal pass reads those from case files and the
 * command line; a demo pass only the demo site's, so the two can share one store without mixing.
 */
export function activeSources(db: Db, scope: 'normal' | 'demo' = 'normal'): Promise<Source[]> {
  let query = db
    .selectFrom('sources')
    .selectAll()
    .where('enabled', '=', true)
    .where('paused_at', 'is', null)
    .where('retired_at', 'is', null);
  query = scope === 'demo' ? query.where('origin', '=', 'demo') : query.where('origin', '!=', 'demo');
  return query.orderBy('id').execute();
}

export async function sourceById(db: Db, id: number): Promise<Source | undefined> {
  return db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Sources a run may not read because another running run is still reading them, and for how long that holds. */
const staleReadMinutes = 60;

/**
 * Enrols sources in a run, so the run knows it is not finished until each has been read. A source that another
 * running run is still reading is left out (it would be read twice). Returns the ids enrolled.
 */
export async function enrolSources(db: Db, runId: number, sourceIds: readonly number[]): Promise<number[]> {
  if (sourceIds.length === 0) return [];
  const rows = await db
    .insertInto('run_sources')
    .columns(['run_id', 'source_id'])
    .expression((eb) =>
      eb
        .selectFrom('sources as s')
        .select([sql<number>`${runId}`.as('run_id'), 's.id as source_id'])
        .where('s.id', 'in', sourceIds)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('run_sources as rs')
                .innerJoin('crawl_runs as r', 'r.id', 'rs.run_id')
                .select(sql`1`.as('one'))
                .whereRef('rs.source_id', '=', 's.id')
                .where('rs.state', '=', 'queued')
                .where('r.status', '=', 'running')
                .where('r.started_at', '>', sql<Date>`now() - make_interval(mins => ${staleReadMinutes})`),
            ),
          ),
        ),
    )
    .onConflict((oc) => oc.columns(['run_id', 'source_id']).doNothing())
    .returning('source_id')
    .execute();
  return rows.map((r) => r.source_id);
}

export interface SourceReadResult {
  etag: string | null;
  lastModified: string | null;
  notModified: boolean;
  candidates: number;
  queued: number;
}

/** Records a successful read: validators for the next conditional GET, failures reset, the run's tally. */
export async function recordSourceRead(
  db: Db,
  id: number,
  runId: number | null,
  read: SourceReadResult,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('sources')
      .set({
        etag: read.etag,
        last_modified: read.lastModified,
        last_crawled_at: new Date(),
        failure_count: 0,
        last_error: null,
        failing_since: null,
      })
      .where('id', '=', id)
      .execute();
    if (runId !== null) {
      await trx
        .updateTable('run_sources')
        .set({
          state: 'done',
          outcome: read.notModified ? 'not_modified' : 'read',
          candidates: read.candidates,
          queued: read.queued,
        })
        .where('run_id', '=', runId)
        .where('source_id', '=', id)
        // A retry after the read was recorded (a 304 now, nothing claimed) must not overwrite its figures.
        .where('state', '=', 'queued')
        .execute();
    }
  });
}

/**
 * Records a failed read on the source and in its run. The `pauseAfter`th failure in a row pauses the source:
 * passes stop reading it until `casewatch sources resume`. Returns the failure streak and whether this call
 * paused the source.
 */
export async function recordSourceFailure(
  db: Db,
  id: number,
  runId: number | null,
  error: string,
  pauseAfter: number,
): Promise<{ failures: number; paused: boolean }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('sources')
      .set((eb) => ({
        failure_count: eb('failure_count', '+', 1),
        last_error: error.slice(0, 1000),
        failing_since: sql`coalesce(failing_since, now())`,
        last_crawled_at: new Date(),
        paused_at: sql`case when paused_at is null and failure_count + 1 >= ${pauseAfter} then now() else paused_at end`,
      }))
      .where('id', '=', id)
      .returning(['failure_count', 'paused_at'])
      .executeTakeFirst();
    if (runId !== null) {
      await trx
        .updateTable('run_sources')
        .set({ state: 'done', outcome: 'failed', error: error.slice(0, 1000) })
        .where('run_id', '=', runId)
        .where('source_id', '=', id)
        .execute();
    }
    const failures = row?.failure_count ?? 0;
    return { failures, paused: !!row?.paused_at && failures === pauseAfter };
  });
}

/** Ends a source's part in a run without reading it (disabled or paused since the run began). */
export async function skipRunSource(db: Db, id: number, runId: number, reason: string): Promise<void> {
  await db
    .updateTable('run_sources')
    .set({ state: 'done', outcome: 'failed', error: reason })
    .where('run_id', '=', runId)
    .where('source_id', '=', id)
    .execute();
}

/** Every stored source with its case's slug, by case and id (demo sources left out unless asked for). */
export function listSources(db: Db, options: { caseId?: number; includeDemo?: boolean } = {}) {
  let query = db
    .selectFrom('sources')
    .innerJoin('cases', 'cases.id', 'sources.case_id')
    .selectAll('sources')
    .select('cases.slug as case_slug');
  if (options.caseId !== undefined) query = query.where('sources.case_id', '=', options.caseId);
  if (!options.includeDemo) query = query.where('sources.origin', '!=', 'demo');
  return query.orderBy('sources.case_id').orderBy('sources.id').execute();
}

/** Adds one source to a case. Returns it, or undefined when the case already has a source at that URL. */
export async function addSource(
  db: Db,
  caseId: number,
  source: CaseSource,
  origin: SourceOrigin = 'cli',
): Promise<Source | undefined> {
  return db
    .insertInto('sources')
    .values(sourceRow(caseId, source, origin))
    .onConflict((oc) => oc.columns(['case_id', 'url']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/**
 * Disables a source (`enabled: false`), or resumes it: enabled, unpaused, its failure streak forgotten. Returns
 * the updated source, or undefined when there is no source with that id.
 */
export function setSourceState(
  db: Db,
  id: number,
  state: 'disabled' | 'resumed',
): Promise<Source | undefined> {
  const changes =
    state === 'disabled'
      ? { enabled: false }
      : { enabled: true, paused_at: null, failure_count: 0, failing_since: null, last_error: null };
  return db.updateTable('sources').set(changes).where('id', '=', id).returningAll().executeTakeFirst();
}
