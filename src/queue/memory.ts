import { randomUUID } from 'node:crypto';
import { retryDelay } from './backoff.ts';
import { isPermanent, isUnavailable, unavailableDelay } from './errors.ts';
import type { Payloads, QueueName } from './names.ts';
import { defaultStageBacklog, nextStage, queueNames } from './names.ts';
import type { EnqueueOptions, JobInfo, QueueCounts, QueueSystem, WorkerOptions } from './types.ts';
import { retryPolicy } from './types.ts';

interface MemoryJob {
  id: string;
  queue: QueueName;
  payload: unknown;
  attempt: number;
  /** Which add this is: an id is free again once its job is done, a key never. */
  serial: number;
  /** Tries in a row that found a service it needs unreachable (they do not count as attempts). */
  waits?: number;
}

interface Lane {
  waiting: MemoryJob[];
  active: number;
  delayed: Set<NodeJS.Timeout>;
  /** Ids of jobs waiting, delayed or running: the same id is not queued twice. */
  ids: Set<string>;
  failed: number;
}

/**
 * The embedded mode's queue: the same interface as BullMQ (job ids, concurrency, retries with exponential
 * backoff) in one process, with nothing persisted. Jobs still queued when the process ends are lost, which is
 * why the embedded mode runs one pass to completion (`run --once`) rather than serving as a work queue.
 */
export function createMemoryQueues(
  policy: { attempts: number; backoffMs: number; outageBackoffMs?: number } = retryPolicy,
  stageBacklog = defaultStageBacklog,
): QueueSystem {
  const lanes = new Map<QueueName, Lane>(
    queueNames.map((name) => [
      name,
      { waiting: [], active: 0, delayed: new Set(), ids: new Set(), failed: 0 },
    ]),
  );
  let workers: WorkerOptions | undefined;
  let closed = false;
  let nextId = 1;
  // Job ids restart with each process; this makes the jobs' keys unique beyond it.
  const instance = randomUUID();
  let nextSerial = 1;
  const idleWaiters = new Set<() => void>();
  const activeRuns = new Set<Promise<void>>();

  const lane = (name: QueueName): Lane => lanes.get(name)!;
  const busy = (): boolean =>
    [...lanes.values()].some((l) => l.waiting.length > 0 || l.active > 0 || l.delayed.size > 0);

  function notifyIfIdle(): void {
    if (busy()) return;
    for (const resolve of idleWaiters) resolve();
    idleWaiters.clear();
  }

  function enqueue(job: MemoryJob): void {
    lane(job.queue).waiting.push(job);
    pump(job.queue);
  }

  // The stages that wait for room in each stage's queue (see nextStage).
  const upstream = new Map<QueueName, QueueName[]>();
  for (const [from, to] of Object.entries(nextStage) as [QueueName, QueueName][])
    upstream.set(to, [...(upstream.get(to) ?? []), from]);
  const full = (name: QueueName): boolean => {
    const next = nextStage[name];
    return next !== undefined && lane(next).waiting.length >= stageBacklog;
  };

  function pump(name: QueueName): void {
    if (!workers || closed || !workers.queues.includes(name)) return;
    const l = lane(name);
    let started = false;
    while (l.active < workers.concurrency && l.waiting.length > 0 && !full(name)) {
      started = true;
      const job = l.waiting.shift()!;
      l.active += 1;
      const run = execute(job, workers).finally(() => {
        l.active -= 1;
        activeRuns.delete(run);
        pump(name);
        notifyIfIdle();
      });
      activeRuns.add(run);
    }
    // Jobs taken from this queue make room for the stages that wait on it.
    if (started) for (const before of upstream.get(name) ?? []) pump(before);
  }

  async function execute(job: MemoryJob, options: WorkerOptions): Promise<void> {
    const info: JobInfo = {
      id: job.id,
      queue: job.queue,
      attempt: job.attempt,
      maxAttempts: policy.attempts,
      key: `memory:${instance}:${job.serial}`,
    };
    const l = lane(job.queue);
    try {
      await options.handler(job.queue, job.payload, info);
      l.ids.delete(job.id);
      options.onSettled?.(info, job.payload, undefined);
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      if (!closed && isUnavailable(error)) {
        // Not an attempt: tried again once the service may be back, with the same attempt number.
        const waits = (job.waits ?? 0) + 1;
        const timer = setTimeout(
          () => {
            l.delayed.delete(timer);
            enqueue({ ...job, waits });
          },
          unavailableDelay(waits, policy.outageBackoffMs),
        );
        l.delayed.add(timer);
        return;
      }
      if (!closed && !isPermanent(error) && job.attempt < policy.attempts) {
        const delay = retryDelay(job.attempt, policy.backoffMs, error);
        const timer = setTimeout(() => {
          l.delayed.delete(timer);
          enqueue({ ...job, attempt: job.attempt + 1, waits: 0 });
        }, delay);
        l.delayed.add(timer);
        return;
      }
      l.ids.delete(job.id);
      l.failed += 1;
      options.onSettled?.(info, job.payload, error);
    }
  }

  function add(queue: QueueName, payload: unknown, options: EnqueueOptions = {}): void {
    if (closed) throw new Error(`queue ${queue} is closed`);
    const id = options.jobId ?? `auto-${nextId++}`;
    const l = lane(queue);
    if (l.ids.has(id)) return;
    l.ids.add(id);
    const job: MemoryJob = { id, queue, payload, attempt: 1, serial: nextSerial++ };
    if (options.delayMs && options.delayMs > 0) {
      const timer = setTimeout(() => {
        l.delayed.delete(timer);
        enqueue(job);
      }, options.delayMs);
      l.delayed.add(timer);
    } else {
      enqueue(job);
    }
  }

  return {
    kind: 'memory',
    async add<Q extends QueueName>(queue: Q, payload: Payloads[Q], options?: EnqueueOptions) {
      add(queue, payload, options);
    },
    async addBulk<Q extends QueueName>(queue: Q, jobs: { payload: Payloads[Q]; options?: EnqueueOptions }[]) {
      for (const job of jobs) add(queue, job.payload, job.options);
    },
    async startWorkers(options) {
      workers ??= options;
      for (const name of options.queues) pump(name);
    },
    whenIdle() {
      if (!busy()) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.add(resolve));
    },
    async counts() {
      const result = {} as Record<QueueName, QueueCounts>;
      for (const [name, l] of lanes) {
        result[name] = {
          waiting: l.waiting.length,
          active: l.active,
          delayed: l.delayed.size,
          failed: l.failed,
        };
      }
      return result;
    },
    async upsertScheduler() {
      throw new Error(
        'job schedulers need Redis: set REDIS_URL (the embedded mode runs passes with `casewatch run`)',
      );
    },
    async schedulers() {
      return [];
    },
    async removeScheduler() {
      // nothing is ever registered here
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const l of lanes.values()) {
        for (const timer of l.delayed) clearTimeout(timer);
        l.delayed.clear();
        l.waiting.length = 0;
      }
      await Promise.allSettled([...activeRuns]);
      notifyIfIdle();
    },
  };
}
