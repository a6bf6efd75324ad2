import type { JobContext } from '../../jobs/index.ts';
import { stages } from '../../jobs/index.ts';
import type { RunCounts, RunTrigger } from '../db/index.ts';
import { countRun, finishRun } from '../db/index.ts';
import type { JobSettledListener } from '../queue/types.ts';
import { queueNames } from '../queue/index.ts';
import type { App } from '../runtime/app.ts';
import { createJobHandler } from '../runtime/job-handler.ts';

export interface RunFailure {
  what: 'source' | 'page';
  url: string;
  reason: string;
}

/** What `casewatch run --json` prints: the run's figures, derived from the store. */
export interface RunReport extends RunCounts {
  runId: number;
  trigger: RunTrigger;
  mode: 'embedded' | 'services';
  seconds: number;
  failures: RunFailure[];
}

export interface RunOptions {
  trigger: RunTrigger;
  /** `due`: send digests whose time has come; `force`: end every subscriber's period now (the demo); `none`. */
  digests: 'due' | 'force' | 'none';
  onJobSettled?: JobSettledListener;
}

/** Starts this process's workers on every queue (BullMQ or in-process), so a pass can run to its end here. */
export async function startAllWorkers(app: App, onSettled?: JobSettledListener): Promise<void> {
  await app.queues.startWorkers({
    queues: queueNames,
    concurrency: app.config.concurrency,
    handler: createJobHandler(app),
    onSettled,
  });
}

function directContext(app: App, queue: 'discover' | 'digest'): JobContext {
  return { ...app, job: { id: `direct-${queue}`, queue, attempt: 1, maxAttempts: 1 } };
}

/**
 * One full pass: discover every active source, fetch, extract, ingest, then digests. Runs the workers in this
 * process and returns once every queue is idle. Figures come from the store, so they are exact even when
 * other workers helped.
 */
export async function runOnce(app: App, options: RunOptions): Promise<RunReport> {
  const startedAt = new Date();
  await startAllWorkers(app, options.onJobSettled);
  const { runId } = (await stages.discover.process(
    { type: 'run', trigger: options.trigger },
    directContext(app, 'discover'),
  )) as { runId: number };
  await app.queues.whenIdle();
  if (options.digests !== 'none') {
    await stages.digest.process(
      { type: 'due', force: options.digests === 'force' },
      directContext(app, 'digest'),
    );
    await app.queues.whenIdle();
  }
  const counts = await countRun(app.db, runId);
  const digests = await app.db
    .selectFrom('digests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'sent')
    .where('sent_at', '>=', startedAt)
    .executeTakeFirstOrThrow();
  const report: RunCounts = { ...counts, digestsWritten: Number(digests.n) };
  await finishRun(app.db, runId, report);
  const pageFailures = await app.db
    .selectFrom('pages')
    .select(['url', 'reason'])
    .where('run_id', '=', runId)
    .where('outcome', 'in', ['failed', 'gone'])
    .orderBy('url')
    .limit(50)
    .execute();
  const sourceFailures = await app.db
    .selectFrom('run_sources')
    .innerJoin('sources', 'sources.id', 'run_sources.source_id')
    .select(['sources.url', 'run_sources.error as last_error'])
    .where('run_sources.run_id', '=', runId)
    .where('run_sources.outcome', '=', 'failed')
    .orderBy('sources.id')
    .execute();
  return {
    runId,
    trigger: options.trigger,
    mode: app.config.mode,
    ...report,
    seconds: Math.round((Date.now() - startedAt.getTime()) / 100) / 10,
    failures: [
      ...sourceFailures.map((s) => ({
        what: 'source' as const,
        url: s.url,
        reason: s.last_error ?? 'failed',
      })),
      ...pageFailures.map((p) => ({ what: 'page' as const, url: p.url, reason: p.reason ?? 'failed' })),
    ],
  };
}
