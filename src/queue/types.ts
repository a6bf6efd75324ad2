import type { Payloads, QueueName } from './names.ts';

export interface EnqueueOptions {
  /** Deduplication key: a job with the same id already waiting or running makes this add a no-op. */
  jobId?: string;
  delayMs?: number;
}

export interface JobInfo {
  id: string;
  queue: QueueName;
  /** 1 for the first try. */
  attempt: number;
  maxAttempts: number;
  /**
   * Names this job, the same for each of its tries and for no other job ever queued, so a try can find what an
   * earlier one stored. Absent for work run outside the queues.
   */
  key?: string;
}

/** Runs one job. Throw PermanentError to stop retries; anything else is retried with backoff. */
export type JobHandler = (queue: QueueName, payload: unknown, job: JobInfo) => Promise<unknown>;

/** Called once a job will not run again: it succeeded, or failed for the last time. */
export type JobSettledListener = (job: JobInfo, payload: unknown, error: Error | undefined) => void;

export interface JobQueues {
  add<Q extends QueueName>(queue: Q, payload: Payloads[Q], options?: EnqueueOptions): Promise<void>;
  addBulk<Q extends QueueName>(
    queue: Q,
    jobs: { payload: Payloads[Q]; options?: EnqueueOptions }[],
  ): Promise<void>;
}

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

export interface WorkerOptions {
  queues: readonly QueueName[];
  concurrency: number;
  handler: JobHandler;
  onSettled?: JobSettledListener;
}

/** The queue as the rest of casewatch sees it; BullMQ and the in-process queue both implement it. */
export interface QueueSystem extends JobQueues {
  readonly kind: 'bullmq' | 'memory';
  /** Starts processing the given queues. Queues that already have a worker in this process keep it. */
  startWorkers(options: WorkerOptions): Promise<void>;
  /** Resolves once no job is waiting, delayed or running in any queue. */
  whenIdle(pollMs?: number): Promise<void>;
  counts(): Promise<Record<QueueName, QueueCounts>>;
  /** Registers (or updates) a cron job scheduler. Not supported by the in-process queue. */
  upsertScheduler<Q extends QueueName>(
    queue: Q,
    id: string,
    cron: { pattern: string; tz: string },
    payload: Payloads[Q],
  ): Promise<void>;
  /** The ids of the job schedulers registered on a queue. */
  schedulers(queue: QueueName): Promise<string[]>;
  removeScheduler(queue: QueueName, id: string): Promise<void>;
  /** Stops taking jobs, waits for running ones, closes connections. Idempotent. */
  close(): Promise<void>;
}

export const retryPolicy = { attempts: 5, backoffMs: 1000 } as const;
