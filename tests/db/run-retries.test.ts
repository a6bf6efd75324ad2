import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobContext } from '../../jobs/index.ts';
import { startRun } from '../../jobs/discover.ts';
import type { Config } from '../../src/config/index.ts';
import { claimPages, finishPage, recordSourceRead, syncSources } from '../../src/db/index.ts';
import type { EnqueueOptions, JobQueues } from '../../src/queue/index.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { storeTestCase } from '../helpers/articles.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase } from '../helpers/services.ts';

// A stage's job is tried again when its worker dies or PostgreSQL goes away, possibly after its first try stored
// something but before it enqueued the work that follows. The retry must carry on with what was stored: the
// same run, the same claimed pages — not a second run that finds every source taken, nor pages left queued
// with no job to fetch them.

let store: FreshDatabase;
let caseId: number;
let sourceIds: number[];

beforeAll(async () => {
  store = await freshDatabase('run_retries');
  caseId = await storeTestCase(store.db, 'retries');
  const sources = await syncSources(store.db, caseId, [
    { name: 'Feed one', kind: 'feed', url: 'https://one.example/feed', enabled: true },
    { name: 'Feed two', kind: 'feed', url: 'https://two.example/feed', enabled: true },
  ]);
  sourceIds = sources.map((s) => s.id);
});
afterAll(async () => store?.drop());

function context(jobKey: string | undefined, added: { payload: unknown; options?: EnqueueOptions }[]) {
  const queues: JobQueues = {
    add: async (_q, payload, options) => void added.push({ payload, options }),
    addBulk: async (_q, jobs) => void added.push(...jobs),
  };
  return {
    db: store.db,
    queues,
    config: { sourceJitterMs: 0 } as Config,
    log: createLogger('silent'),
    job: { id: '1', queue: 'discover', attempt: 1, maxAttempts: 5, key: jobKey },
  } as unknown as JobContext;
}

describe('a retried stage', () => {
  it('starting a run: the same job resumes its run and enqueues its unread sources again', async () => {
    const first: { payload: unknown; options?: EnqueueOptions }[] = [];
    const started = await startRun({ type: 'run', trigger: 'manual' }, context('job-a', first));
    expect(started.sources).toBe(2);
    expect(first.map((j) => j.options?.jobId)).toEqual(
      sourceIds.map((id) => `source-${id}-run-${started.runId}`),
    );

    // the first source is read; then the job runs again (its first try died before it finished)
    await recordSourceRead(store.db, sourceIds[0]!, started.runId, {
      etag: null,
      lastModified: null,
      notModified: false,
      candidates: 0,
      queued: 0,
    });
    const again: { payload: unknown; options?: EnqueueOptions }[] = [];
    const resumed = await startRun({ type: 'run', trigger: 'manual' }, context('job-a', again));
    expect(resumed).toEqual({ runId: started.runId, sources: 1 });
    expect(again.map((j) => j.options?.jobId)).toEqual([`source-${sourceIds[1]}-run-${started.runId}`]);

    // another job is another run, which finds the unread source still taken by the first
    const otherJobs: { payload: unknown; options?: EnqueueOptions }[] = [];
    const other = await startRun({ type: 'run', trigger: 'manual' }, context('job-b', otherJobs));
    expect(other.runId).not.toBe(started.runId);
    expect(otherJobs.map((j) => j.options?.jobId)).toEqual([`source-${sourceIds[0]}-run-${other.runId}`]);
    const runs = await store.db.selectFrom('crawl_runs').select(['id', 'job_key']).orderBy('id').execute();
    expect(runs).toEqual([
      { id: started.runId, job_key: 'job-a' },
      { id: other.runId, job_key: 'job-b' },
    ]);
  });

  it('reading a source: its retry claims again the pages it claimed and has not finished, no others', async () => {
    const runId = (
      await store.db
        .insertInto('crawl_runs')
        .values({ trigger: 'manual' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const [one, two] = sourceIds as [number, number];
    const pages = ['a', 'b'].map((p) => ({
      url: `https://one.example/${p}`,
      urlHash: `hash-${p}`,
      hints: {},
    }));
    const claim = (sourceId: number) => claimPages(store.db, { caseId, runId, sourceId, pages });
    expect((await claim(one)).map((p) => p.url)).toEqual(pages.map((p) => p.url));
    // the same URLs through another source of the run: already queued by the first, not claimed
    expect(await claim(two)).toEqual([]);
    await finishPage(store.db, caseId, 'hash-a', { outcome: 'stored', fetched: true });
    // the first source's discovery again: the page still queued is claimed once more, the finished one not
    expect((await claim(one)).map((p) => p.url)).toEqual(['https://one.example/b']);
    const rows = await store.db
      .selectFrom('pages')
      .select(['url_hash', 'state', 'source_id', 'run_id'])
      .where('case_id', '=', caseId)
      .orderBy('url_hash')
      .execute();
    expect(rows).toEqual([
      { url_hash: 'hash-a', state: 'done', source_id: one, run_id: runId },
      { url_hash: 'hash-b', state: 'queued', source_id: one, run_id: runId },
    ]);
  });

  it('recording a read: a retry after it (a 304, nothing claimed) keeps the first figures', async () => {
    const runId = (
      await store.db
        .insertInto('crawl_runs')
        .values({ trigger: 'manual' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const sourceId = sourceIds[0]!;
    await store.db.insertInto('run_sources').values({ run_id: runId, source_id: sourceId }).execute();
    const read = { etag: '"v1"', lastModified: null, notModified: false, candidates: 4, queued: 3 };
    await recordSourceRead(store.db, sourceId, runId, read);
    await recordSourceRead(store.db, sourceId, runId, {
      ...read,
      notModified: true,
      candidates: 0,
      queued: 0,
    });
    const row = await store.db
      .selectFrom('run_sources')
      .select(['state', 'outcome', 'candidates', 'queued'])
      .where('run_id', '=', runId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'done', outcome: 'read', candidates: 4, queued: 3 });
  });
});
