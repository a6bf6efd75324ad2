import { describe, expect, it } from 'vitest';
import { createBullQueues } from '../../src/queue/index.ts';
import { freshQueuePrefix, redisUrl } from '../helpers/services.ts';
import { queueContract } from './contract.ts';

queueContract('BullMQ', async (options) => {
  const prefix = freshQueuePrefix('contract');
  return {
    queues: createBullQueues({
      redisUrl,
      prefix: prefix.prefix,
      attempts: 3,
      backoffMs: 10,
      outageBackoffMs: 10,
      ...options,
    }),
    cleanup: prefix.remove,
  };
});

describe('BullMQ job schedulers', () => {
  it('fire jobs on a cron pattern', async () => {
    const prefix = freshQueuePrefix('scheduler');
    const queues = createBullQueues({ redisUrl, prefix: prefix.prefix });
    try {
      const fired: unknown[] = [];
      await queues.startWorkers({
        queues: ['digest'],
        concurrency: 1,
        handler: async (_q, payload) => void fired.push(payload),
      });
      await queues.upsertScheduler(
        'digest',
        'every-second',
        { pattern: '* * * * * *', tz: 'UTC' },
        { type: 'due' },
      );
      const deadline = Date.now() + 5000;
      while (fired.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(fired.length).toBeGreaterThanOrEqual(2);
      expect(fired[0]).toEqual({ type: 'due' });
    } finally {
      await queues.close();
      await prefix.remove();
    }
  });
});
