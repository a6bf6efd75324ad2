import { createMemoryQueues } from '../../src/queue/index.ts';
import { queueContract } from './contract.ts';

queueContract('in-process', async (options) => ({
  queues: createMemoryQueues({ attempts: 3, backoffMs: 10, outageBackoffMs: 10 }, options?.stageBacklog),
  cleanup: async () => undefined,
}));
