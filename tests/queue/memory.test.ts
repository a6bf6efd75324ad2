import { createMemoryQueues } from '../../src/queue/index.ts';
import { queueContract } from './contract.ts';

queueContract('in-process', async () => ({
  queues: createMemoryQueues({ attempts: 3, backoffMs: 10, outageBackoffMs: 10 }),
  cleanup: async () => undefined,
}));
