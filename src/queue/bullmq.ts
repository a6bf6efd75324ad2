import type { Job, JobsOptions } from 'bullmq';
import { DelayedError, Queue, UnrecoverableError, Worker } from 'bullmq';
import { retryDelay } from './backoff.ts';
import { Redis } from 'ioredis';
import { isPermanent, isUnavailable, unavailableDelay } from './errors.ts';
import type { Payloads, QueueName } from './names.ts';
import { defaultStageBacklog, nextStage, queueNames } from './names.ts';
import type { EnqueueOptions, JobInfo, QueueCounts, QueueSystem, WorkerOptions } from './types.ts';
import { retryPolicy } from './types.ts';

export interface BullQueueOptions {
  redisUrl: string;
  /** Key prefix in Redis: tests use a fresh one per file. */
  prefix: string;
  attempts?: number;
  backoffMs?: number;
  /** First wait of a job that found a service it needs unreachable (unavailableDelay's base). */
  outageBackoffMs?: number;
  /** Jobs waiting in a stage's next stage before it waits for room (see nextStage). */
  stageBacklog?: number;
}

// A worker that dies (SIGKILL, OOM, a lost machine) leaves its active jobs locked. BullMQ's defaults (a 30 s
// lock, checked every 30 s) leave them for up to a minute; a 10 s lock, renewed every 5 s while the job runs and
// checked every 5 s, hands them to another worker within ~15 s. A fetch is bounded by its own time limit, so a
// live worker renews well within the lock. A job is given up only after 10 stalls: a crash loop of workers
// should not fail the pages they were holding (their stages are idempotent, so running one again is harmless).
const workerLocking = { lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 10 };

function jobOptions(options: EnqueueOptions | undefined): JobsOptions {
  return { jobId: options?.jobId, delay: options?.delayMs };
}

/** BullMQ on Redis: any number of processes on any number of machines share the queues. */
export function createBullQueues(options: BullQueueOptions): QueueSystem {
  // Workers need maxRetriesPerRequest: null so a Redis restart pauses them instead of failing their commands.
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
  connection.on('error', () => undefined); // reconnects by itself; errors surface through the calls that fail
  const defaultJobOptions: JobsOptions = {
    attempts: options.attempts ?? retryPolicy.attempts,
    // 'polite': retryDelay below — exponential with jitter, or the server's Retry-After when longer.
    backoff: { type: 'polite', delay: options.backoffMs ?? retryPolicy.backoffMs },
    // Finished jobs are removed so their ids are free for a later pass; outcomes live in Postgres.
    removeOnComplete: true,
    removeOnFail: { age: 24 * 3600, count: 1000 },
  };
  const queues = new Map<QueueName, Queue>(
    queueNames.map((name) => [
      name,
      new Queue(name, { connection, prefix: options.prefix, defaultJobOptions }),
    ]),
  );
  const workers: Worker[] = [];
  let closing: Promise<void> | undefined;
  // While Redis is away each queue reports every reconnect attempt (printed when nobody listens); the calls made
  // meanwhile fail or wait on their own, so the events carry nothing to act on.
  for (const q of queues.values()) q.on('error', () => undefined);
  const queue = (name: QueueName): Queue => queues.get(name)!;

  // How many jobs wait in a queue, read at most every 200 ms however many jobs ask: every process's jobs of the
  // stage before it wait on this before they start, until it is under the backlog.
  const stageBacklog = options.stageBacklog ?? defaultStageBacklog;
  const readings = new Map<QueueName, { at: number; waiting: Promise<number> }>();
  const waitingIn = (name: QueueName): Promise<number> => {
    const last = readings.get(name);
    if (last && Date.now() - last.at < 200) return last.waiting;
    const waiting = queue(name)
      .getJobCounts('waiting', 'prioritized')
      .then((c) => (c.waiting ?? 0) + (c.prioritized ?? 0))
      .catch(() => 0);
    readings.set(name, { at: Date.now(), waiting });
    return waiting;
  };
  async function roomIn(name: QueueName): Promise<void> {
    while (!closing && (await waitingIn(name)) >= stageBacklog) await new Promise((r) => setTimeout(r, 200));
  }

  const info = (name: QueueName, job: Job): JobInfo => ({
    id: job.id ?? '',
    queue: name,
    attempt: job.attemptsMade + 1,
    maxAttempts: job.opts.attempts ?? 1,
    // Ids are unique within a queue while its Redis keys last; the creation time keeps them apart after that.
    key: `${options.prefix}:${name}:${job.id ?? ''}:${job.timestamp}`,
  });

  return {
    kind: 'bullmq',
    async add<Q extends QueueName>(name: Q, payload: Payloads[Q], options?: EnqueueOptions) {
      await queue(name).add(name, payload, jobOptions(options));
    },
    async addBulk<Q extends QueueName>(name: Q, jobs: { payload: Payloads[Q]; options?: EnqueueOptions }[]) {
      if (jobs.length === 0) return;
      await queue(name).addBulk(jobs.map((j) => ({ name, data: j.payload, opts: jobOptions(j.options) })));
    },
    async startWorkers({ queues: names, concurrency, handler, onSettled }: WorkerOptions) {
      for (const name of names) {
        // One worker per queue and process: a second call (a later pass of `run`) keeps the running one.
        if (workers.some((w) => w.name === name)) continue;
        const worker = new Worker(
          name,
          async (job: Job, token?: string) => {
            // The job is held (its lock renewed) while the next stage has no room; it runs once there is.
            const next = nextStage[name];
            if (next) await roomIn(next);
            try {
              return await handler(name, job.data, info(name, job));
            } catch (error) {
              if (isPermanent(error)) throw new UnrecoverableError((error as Error).message);
              if (isUnavailable(error) && token) {
                // Back to the delayed set without counting an attempt: the job waits for the service, and
                // its attempts are kept for failures of its own. Tries since its last counted one set the wait.
                const waits = Math.max(1, job.attemptsStarted - job.attemptsMade);
                await job.moveToDelayed(Date.now() + unavailableDelay(waits, options.outageBackoffMs), token);
                throw new DelayedError();
              }
              throw error;
            }
          },
          {
            connection,
            prefix: options.prefix,
            concurrency,
            autorun: true,
            ...workerLocking,
            settings: {
              backoffStrategy: (attemptsMade, _type, error) =>
                retryDelay(attemptsMade, options.backoffMs ?? retryPolicy.backoffMs, error),
            },
          },
        );
        worker.on('error', () => undefined); // connection trouble: the worker retries by itself
        if (onSettled) {
          worker.on('completed', (job) => onSettled(info(name, job), job.data, undefined));
          worker.on('failed', (job, error) => {
            if (!job) return;
            const final = error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
            if (final) onSettled({ ...info(name, job), attempt: job.attemptsMade }, job.data, error);
          });
        }
        workers.push(worker);
        await worker.waitUntilReady();
      }
    },
    async whenIdle(pollMs = 100) {
      // Counts are read in pipeline order: a stage adds its next stage's job before its own job finishes, so
      // reading upstream first can never miss work in flight. Two idle readings in a row make it certain.
      let idleReadings = 0;
      while (idleReadings < 2) {
        let busy = false;
        for (const name of queueNames) {
          const c = await queue(name).getJobCounts(
            'waiting',
            'active',
            'delayed',
            'prioritized',
            'waiting-children',
          );
          if (Object.values(c).some((n) => n > 0)) {
            busy = true;
            break;
          }
        }
        idleReadings = busy ? 0 : idleReadings + 1;
        if (idleReadings < 2) await new Promise((r) => setTimeout(r, pollMs));
      }
    },
    async counts() {
      const result = {} as Record<QueueName, QueueCounts>;
      for (const name of queueNames) {
        const c = await queue(name).getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
        result[name] = {
          waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
          active: c.active ?? 0,
          delayed: c.delayed ?? 0,
          failed: c.failed ?? 0,
        };
      }
      return result;
    },
    async upsertScheduler<Q extends QueueName>(
      name: Q,
      id: string,
      cron: { pattern: string; tz: string },
      payload: Payloads[Q],
    ) {
      await queue(name).upsertJobScheduler(
        id,
        { pattern: cron.pattern, tz: cron.tz },
        { name, data: payload },
      );
    },
    async schedulers(name) {
      const list = await queue(name).getJobSchedulers(0, -1);
      return list.map((s) => s.key);
    },
    async removeScheduler(name, id) {
      await queue(name).removeJobScheduler(id);
    },
    close() {
      closing ??= (async () => {
        const results = await Promise.allSettled(workers.map((w) => drain(w)));
        const more = await Promise.allSettled([...queues.values()].map((q) => q.close()));
        await connection.quit().catch(() => connection.disconnect());
        const failed = [...results, ...more].find((r) => r.status === 'rejected');
        if (failed) throw (failed as PromiseRejectedResult).reason;
      })();
      return closing;
    },
  };
}

/**
 * Closes a worker: it takes no new jobs and finishes the running ones. Jobs still running after `graceMs` are
 * left behind (force close): their lock lapses and another worker picks them up as stalled, so SIGTERM exits
 * within its grace period (10 s under most supervisors) without losing work.
 */
async function drain(worker: Worker, graceMs = 5_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const finished = worker.close().then(() => true);
  const late = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), graceMs)));
  const inTime = await Promise.race([finished, late]);
  clearTimeout(timer);
  if (!inTime) await worker.close(true);
}

/** Removes every key under a prefix: tests call it to leave Redis as they found it. */
export async function removeQueuePrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
