import { finishRunIfDone } from '../src/db/index.ts';
import type { Payloads, QueueName } from '../src/queue/index.ts';
import type { JobContext } from './context.ts';
import { discoverSource, recordDiscoverFailure, startRun } from './discover.ts';
import { enqueueDueDigests, recordDigestFailure, sendDigest } from './digest.ts';
import { fetchPage, recordFetchFailure } from './fetch.ts';
import { ingestPage, recordIngestFailure } from './ingest.ts';

export type { JobContext } from './context.ts';
export { digestJobId } from './digest.ts';

/** One pipeline stage: its processor, and what to record when a job of it fails for the last time. */
export interface Stage<Q extends QueueName> {
  process(payload: Payloads[Q], ctx: JobContext): Promise<unknown>;
  recordFailure(payload: Payloads[Q], error: Error, ctx: JobContext): Promise<void>;
  /** The crawl run a job belongs to, so the run can be closed when its last job ends. */
  runOf(payload: Payloads[Q]): number | null;
  /**
   * Whether a job that succeeded left its page to a later stage, so the run cannot be over yet and its check
   * (a round trip per job) is skipped: a fetched article's page stays queued until it is ingested.
   */
  handsOn?(result: unknown): boolean;
}

export const stages: { [Q in QueueName]: Stage<Q> } = {
  discover: {
    process: (p, ctx) => (p.type === 'run' ? startRun(p, ctx) : discoverSource(p, ctx)),
    recordFailure: recordDiscoverFailure,
    runOf: (p) => (p.type === 'source' ? p.runId : null),
  },
  fetch: {
    process: fetchPage,
    recordFailure: recordFetchFailure,
    runOf: (p) => p.runId,
    handsOn: (result) => (result as Awaited<ReturnType<typeof fetchPage>>).handedToIngest,
  },
  ingest: {
    process: ingestPage,
    recordFailure: recordIngestFailure,
    runOf: (p) => p.runId,
  },
  digest: {
    process: (p, ctx) => (p.type === 'due' ? enqueueDueDigests(p, ctx) : sendDigest(p, ctx)),
    recordFailure: recordDigestFailure,
    runOf: () => null,
  },
};

/** After a job of a run ends (either way), closes the run if that was its last job. */
export async function closeRunIfDone(runId: number | null, ctx: JobContext): Promise<void> {
  if (runId !== null && (await finishRunIfDone(ctx.db, runId))) ctx.log.info({ runId }, 'run finished');
}
