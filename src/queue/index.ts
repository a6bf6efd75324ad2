export { createBullQueues, removeQueuePrefix } from './bullmq.ts';
export {
  isPermanent,
  isUnavailable,
  PermanentError,
  ServiceUnavailableError,
  unavailableDelay,
} from './errors.ts';
export { createMemoryQueues } from './memory.ts';
export type { ExtractedPagePayload, Payloads, QueueName } from './names.ts';
export { payloadSchemas, queueNames } from './names.ts';
export type { EnqueueOptions, JobHandler, JobInfo, JobQueues, QueueCounts, QueueSystem } from './types.ts';
export { retryPolicy } from './types.ts';
