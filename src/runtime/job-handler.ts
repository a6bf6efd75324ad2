import type { JobContext } from '../../jobs/index.ts';
import { closeRunIfDone, stages } from '../../jobs/index.ts';
import { isStoreUnavailable } from '../db/index.ts';
import type { JobHandler, JobInfo, QueueName } from '../queue/index.ts';
import { isPermanent, payloadSchemas, PermanentError, ServiceUnavailableError } from '../queue/index.ts';

export type StageServices = Omit<JobContext, 'job'>;

/**
 * The one JobHandler both queue implementations call: validates the payload, runs the stage, and when a job
 * fails for the last time records why (on the page, the source or the digest) before the queue gives up on it.
 * A job that finds PostgreSQL unreachable has not failed: it is handed back to wait for the server, neither
 * using up an attempt nor recording a failure (which could not be written anyway).
 */
export function createJobHandler(services: StageServices): JobHandler {
  return async (queue: QueueName, raw: unknown, job: JobInfo) => {
    const parsed = payloadSchemas[queue].safeParse(raw);
    if (!parsed.success) {
      throw new PermanentError(
        `${queue} job ${job.id}: bad payload: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      );
    }
    const ctx: JobContext = { ...services, job };
    // Each stage's types line up with its queue name; the map cannot express that to the compiler.
    const stage = stages[queue] as unknown as (typeof stages)['fetch'];
    const payload = parsed.data as Parameters<typeof stage.process>[0];
    try {
      const result = await stage.process(payload, ctx);
      if (!stage.handsOn?.(result)) await closeRunIfDone(stage.runOf(payload), ctx);
      return result;
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      if (isStoreUnavailable(error)) {
        ctx.log.debug({ queue, jobId: job.id, error: error.message }, 'job waits for the store');
        throw new ServiceUnavailableError(error);
      }
      const final = isPermanent(error) || job.attempt >= job.maxAttempts;
      ctx.log.debug(
        { queue, jobId: job.id, attempt: job.attempt, final, error: error.message },
        'job failed',
      );
      if (final) {
        try {
          await stage.recordFailure(payload, error, ctx);
          await closeRunIfDone(stage.runOf(payload), ctx);
        } catch (recording) {
          // The failure is not recorded yet: the job runs again once the store is back, still on its last attempt.
          if (isStoreUnavailable(recording)) throw new ServiceUnavailableError(recording);
          throw recording;
        }
      }
      throw error;
    }
  };
}
