import type { Config } from '../src/config/index.ts';
import type { Fetcher } from '../src/crawl/index.ts';
import type { Db } from '../src/db/index.ts';
import type { Mailer } from '../src/digest/mailer.ts';
import type { JobInfo, JobQueues } from '../src/queue/index.ts';
import type { CaseRegistry } from '../src/runtime/case-registry.ts';
import type { Logger } from '../src/runtime/logger.ts';

/** What a stage processor may use. It never learns which queue implementation runs it. */
export interface JobContext {
  config: Config;
  db: Db;
  queues: JobQueues;
  fetcher: Fetcher;
  mailer: Mailer;
  cases: CaseRegistry;
  log: Logger;
  /** Signs subscriber links (unsubscribe, confirm). */
  secret: string;
  now: () => Date;
  job: JobInfo;
}
