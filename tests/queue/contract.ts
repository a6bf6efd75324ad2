import { afterEach, describe, expect, it } from 'vitest';
import { PermanentError, ServiceUnavailableError } from '../../src/queue/index.ts';
import type { JobInfo, QueueName, QueueSystem } from '../../src/queue/index.ts';

const fetchPayload = (url: string) => ({ runId: null, caseId: 1, sourceId: null, url, hints: {} });

/** The behaviour both queue implementations promise; each implementation's test file runs it. */
export function queueContract(
  name: string,
  create: (options?: { stageBacklog?: number }) => Promise<{ queues: QueueSystem; cleanup(): Promise<void> }>,
): void {
  describe(`${name} queue contract`, () => {
    let current: { queues: QueueSystem; cleanup(): Promise<void> } | undefined;
    afterEach(async () => {
      await current?.queues.close();
      await current?.cleanup();
      current = undefined;
    });
    const setup = async (options?: { stageBacklog?: number }) => (current = await create(options));

    it('runs each job once and passes its payload through', async () => {
      const { queues } = await setup();
      const seen: string[] = [];
      await queues.startWorkers({
        queues: ['fetch'],
        concurrency: 2,
        handler: async (_q, payload) => {
          seen.push((payload as { url: string }).url);
        },
      });
      await queues.addBulk(
        'fetch',
        ['a', 'b', 'c'].map((u) => ({ payload: fetchPayload(u) })),
      );
      await queues.whenIdle(20);
      expect(seen.sort()).toEqual(['a', 'b', 'c']);
    });

    it('queues a job id once while it is waiting', async () => {
      const { queues } = await setup();
      await queues.add('fetch', fetchPayload('x'), { jobId: 'same' });
      await queues.add('fetch', fetchPayload('x'), { jobId: 'same' });
      const counts = await queues.counts();
      expect(counts.fetch.waiting).toBe(1);
      let runs = 0;
      await queues.startWorkers({ queues: ['fetch'], concurrency: 1, handler: async () => void (runs += 1) });
      await queues.whenIdle(20);
      expect(runs).toBe(1);
    });

    it('retries a failing job with backoff until it succeeds', async () => {
      const { queues } = await setup();
      const attempts: number[] = [];
      await queues.startWorkers({
        queues: ['fetch'],
        concurrency: 1,
        handler: async (_q, _p, job: JobInfo) => {
          attempts.push(job.attempt);
          if (job.attempt < 3) throw new Error('passing failure');
        },
      });
      await queues.add('fetch', fetchPayload('retry'));
      await queues.whenIdle(20);
      expect(attempts).toEqual([1, 2, 3]);
    });

    it('waits at least as long as a Retry-After carried by the error before the next attempt', async () => {
      const { queues } = await setup();
      const started: number[] = [];
      await queues.startWorkers({
        queues: ['fetch'],
        concurrency: 1,
        handler: async (_q, _p, job: JobInfo) => {
          started.push(Date.now());
          if (job.attempt === 1) throw Object.assign(new Error('HTTP 429'), { retryAfterMs: 400 });
        },
      });
      await queues.add('fetch', fetchPayload('busy'));
      await queues.whenIdle(20);
      expect(started).toHaveLength(2);
      // the base backoff is 10 ms here; only the Retry-After explains a wait this long
      expect(started[1]! - started[0]!).toBeGreaterThanOrEqual(390);
    });

    it('waits out an unreachable service without using up attempts', async () => {
      const { queues } = await setup();
      const tries: number[] = [];
      const settled: (string | undefined)[] = [];
      await queues.startWorkers({
        queues: ['fetch'],
        concurrency: 1,
        handler: async (_q, _p, job: JobInfo) => {
          tries.push(job.attempt);
          // more tries than the 3 attempts allowed, every one of them the first attempt
          if (tries.length <= 4) throw new ServiceUnavailableError(new Error('connect ECONNREFUSED'));
        },
        onSettled: (_job, _payload, error) => settled.push(error?.message),
      });
      await queues.add('fetch', fetchPayload('outage'));
      await queues.whenIdle(20);
      await new Promise((r) => setTimeout(r, 50));
      expect(tries).toEqual([1, 1, 1, 1, 1]);
      expect(settled).toEqual([undefined]);
    });

    it('does not retry a permanent failure and reports it settled with its error', async () => {
      const { queues } = await setup();
      let attempts = 0;
      const settled: (string | undefined)[] = [];
      await queues.startWorkers({
        queues: ['fetch'],
        concurrency: 1,
        handler: async () => {
          attempts += 1;
          throw new PermanentError('404');
        },
        onSettled: (_job, _payload, error) => settled.push(error?.message),
      });
      await queues.add('fetch', fetchPayload('gone'));
      await queues.whenIdle(20);
      await new Promise((r) => setTimeout(r, 50));
      expect(attempts).toBe(1);
      expect(settled).toEqual(['404']);
    });

    it('is idle only after jobs added by running jobs are done too', async () => {
      const { queues } = await setup();
      const done: QueueName[] = [];
      await queues.startWorkers({
        queues: ['fetch', 'ingest'],
        concurrency: 1,
        handler: async (queue) => {
          if (queue === 'fetch') {
            await new Promise((r) => setTimeout(r, 30));
            await queues.add('ingest', {
              runId: null,
              caseId: 1,
              sourceId: null,
              url: 'u',
              fetchedAt: new Date().toISOString(),
              page: {
                finalUrl: 'u',
                canonicalUrl: null,
                title: 't',
                text: 'x',
                byline: null,
                publishedAt: null,
                modifiedAt: null,
                siteName: null,
                language: null,
                description: null,
                isArticle: true,
              },
            });
          } else await new Promise((r) => setTimeout(r, 30));
          done.push(queue);
        },
      });
      await queues.add('fetch', fetchPayload('chain'));
      await queues.whenIdle(20);
      expect(done).toEqual(['fetch', 'ingest']);
    });

    it('holds a stage while its next stage has its backlog waiting, and goes on once there is room', async () => {
      const { queues } = await setup({ stageBacklog: 3 });
      let open: () => void = () => undefined;
      const gate = new Promise<void>((r) => (open = r));
      let fetched = 0;
      let ingested = 0;
      await queues.startWorkers({
        queues: ['fetch', 'ingest'],
        concurrency: 1,
        handler: async (queue, payload) => {
          if (queue === 'fetch') {
            await new Promise((r) => setTimeout(r, 50));
            fetched += 1;
            await queues.add('ingest', { url: (payload as { url: string }).url } as never);
          } else {
            await gate;
            ingested += 1;
          }
        },
      });
      await queues.addBulk(
        'fetch',
        Array.from({ length: 30 }, (_, i) => ({ payload: fetchPayload(`u${i}`) })),
      );
      try {
        // Fetching stops once three pages wait to be ingested (a reading of the backlog can be a moment old).
        let before = -1;
        while (fetched !== before) {
          before = fetched;
          await new Promise((r) => setTimeout(r, 600));
        }
        const held = await queues.counts();
        expect(held.ingest.waiting).toBeGreaterThanOrEqual(3);
        expect(held.ingest.waiting).toBeLessThanOrEqual(6);
        expect(fetched).toBeLessThan(30);
      } finally {
        open();
      }
      await queues.whenIdle(20);
      expect([fetched, ingested]).toEqual([30, 30]);
    });
  });
}
