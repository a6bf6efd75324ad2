import type { Command } from 'commander';
import type { QueueName } from '../../queue/index.ts';
import { queueNames } from '../../queue/index.ts';
import { createApp } from '../../runtime/app.ts';
import { createJobHandler } from '../../runtime/job-handler.ts';
import { onShutdown } from '../../runtime/shutdown.ts';
import { commandConfig } from '../context.ts';
import { UsageError } from '../errors.ts';

function parseQueues(value: string | undefined): QueueName[] {
  if (!value) return [...queueNames];
  const names = value
    .split(',')
    .map((q) => q.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!(queueNames as readonly string[]).includes(name)) {
      throw new UsageError(
        `worker: unknown queue ${JSON.stringify(name)} (queues: ${queueNames.join(', ')})`,
      );
    }
  }
  return names as QueueName[];
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'process jobs from the BullMQ queues until SIGTERM / SIGINT (then finish running jobs and exit)',
    )
    .option(
      '--queues <names>',
      `comma-separated queues to work on (default: all of ${queueNames.join(', ')})`,
    )
    .option('--concurrency <n>', 'jobs at once per queue (default: CASEWATCH_CONCURRENCY)')
    .action(async (flags: { queues?: string; concurrency?: string }) => {
      const queues = parseQueues(flags.queues);
      const concurrency = flags.concurrency === undefined ? undefined : Number(flags.concurrency);
      if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
        throw new UsageError(
          `worker: --concurrency must be a whole number ≥ 1, not ${JSON.stringify(flags.concurrency)}`,
        );
      }
      const config = commandConfig(concurrency ? { concurrency } : {});
      if (config.mode !== 'services')
        throw new UsageError(
          'worker: needs REDIS_URL and DATABASE_URL (the embedded mode runs passes with `casewatch run`)',
        );
      const app = await createApp(config, { waitForStore: true });
      await app.queues.startWorkers({
        queues,
        concurrency: config.concurrency,
        handler: createJobHandler(app),
      });
      app.log.info({ queues, concurrency: config.concurrency, prefix: config.queuePrefix }, 'worker started');
      await new Promise<void>((resolve) => {
        onShutdown(async () => {
          await app.close();
          resolve();
        });
      });
    });
}
