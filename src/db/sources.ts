import { sql } from 'kysely';
import type { CaseSource } from '../cases/index.ts';
import type { Db } from './connect.ts';
import type { Source, SourceOrigin } from './types.ts';

/**
 * Makes the stored sources of a case match its definition: new ones are added, known ones (by URL) get the
 * definition's name, kind and options. Crawl state (ETag, failures, pauses) and manual changes to `enabled`
 * made through the CLI are kept. Returns the case's sources.
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
      .values(
        sources.map((s) => ({
          case_id: caseId,
          kind: s.kind,
          url: s.url,
          name: s.name,
          schedule: s.schedule ?? null,
          enabled: s.enabled,
          origin,
          options: JSON.stringify(s.link_pattern ? { link_pattern: s.link_pattern } : {}),
        })),
      )
      .onConflict((oc) =>
        oc.columns(['case_id', 'url']).doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'),
          name: eb.ref('excluded.name'),
          schedule: eb.ref('excluded.schedule'),
          options: eb.ref('excluded.options'),
          origin: eb.ref('excluded.origin'),
        })),
      )
      .execute();
  }
  return db
    .selectFrom('sources')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('origin', '=', origin)
    .orderBy('id')
    .execute();
}

/**
 * Sources that a pass reads: enabled and not paused. A normal pass reads those from case files and the command
 * line; a demo pass only the demo site's, so the two can share one store without mixing.
 */
export function activeSources(db: Db, scope: 'normal' | 'demo' = 'normal'): Promise<Source[]> {
  let query = db.selectFrom('sources').selectAll().where('enabled', '=', true).where('paused_at', 'is', null);
  query = scope === 'demo' ? query.where('origin', '=', 'demo') : query.where('origin', '!=', 'demo');
  return query.orderBy('id').execute();
}

export async function sourceById(db: Db, id: number): Promise<Source | undefined> {
  return db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks sources as part of a run, so the run knows it is not finished until each has been read. */
export async function markSourcesQueued(db: Db, runId: number, sourceIds: readonly number[]): Promise<void> {
  if (sourceIds.length === 0) return;
  await db
    .updateTable('sources')
    .set({ last_run_id: runId, run_state: 'queued' })
    .where('id', 'in', sourceIds)
    .execute();
}

/** Records a successful read: validators for the next conditional GET, failures reset. */
export async function recordSourceRead(
  db: Db,
  id: number,
  runId: number | null,
  validators: { etag: string | null; lastModified: string | null },
): Promise<void> {
  await db
    .updateTable('sources')
    .set({
      etag: validators.etag,
      last_modified: validators.lastModified,
      last_crawled_at: new Date(),
      failure_count: 0,
      last_error: null,
      failing_since: null,
      run_state: sql`case when last_run_id = ${runId} then 'done' else run_state end`,
    })
    .where('id', '=', id)
    .execute();
}

/** Records a failed read. Returns the consecutive failure count. */
export async function recordSourceFailure(
  db: Db,
  id: number,
  runId: number | null,
  error: string,
): Promise<number> {
  const row = await db
    .updateTable('sources')
    .set((eb) => ({
      failure_count: eb('failure_count', '+', 1),
      last_error: error.slice(0, 1000),
      failing_since: sql`coalesce(failing_since, now())`,
      last_crawled_at: new Date(),
      run_state: sql`case when last_run_id = ${runId} then 'done' else run_state end`,
    }))
    .where('id', '=', id)
    .returning('failure_count')
    .executeTakeFirst();
  return row?.failure_count ?? 0;
}
