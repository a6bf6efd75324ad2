import type { Command } from 'commander';
import { syncCaseFiles } from '../../pipeline/sync-cases.ts';
import { commandConfig, withApp } from '../context.ts';
import { UsageError } from '../errors.ts';
import { printJson, printTable } from '../output.ts';

export function registerScheduler(program: Command): void {
  program
    .command('scheduler')
    .description(
      'store the case files and register the cron job schedulers (discovery, digests) in Redis, then exit',
    )
    .option('--json', 'print the schedulers as JSON')
    .action(async (flags: { json?: boolean }) => {
      const config = commandConfig();
      if (config.mode !== 'services')
        throw new UsageError(
          'scheduler: needs REDIS_URL and DATABASE_URL (the embedded mode schedules passes with `casewatch run`)',
        );
      await withApp(config, async (app) => {
        const cases = await syncCaseFiles(app.db, config.caseFiles);
        const tz = config.cronTimezone;
        const registered = [{ id: 'discover-all', queue: 'discover', pattern: config.discoverCron }];
        await app.queues.upsertScheduler(
          'discover',
          'discover-all',
          { pattern: config.discoverCron, tz },
          { type: 'run', trigger: 'cron' },
        );
        // A source with its own schedule also gets a pass of its own on that schedule.
        for (const source of cases.flatMap((c) => c.sources).filter((s) => s.schedule)) {
          const id = `discover-source-${source.id}`;
          await app.queues.upsertScheduler(
            'discover',
            id,
            { pattern: source.schedule!, tz },
            { type: 'run', trigger: 'cron', sourceIds: [source.id] },
          );
          registered.push({ id, queue: 'discover', pattern: source.schedule! });
        }
        await app.queues.upsertScheduler(
          'digest',
          'digest-due',
          { pattern: config.digestCron, tz },
          { type: 'due' },
        );
        registered.push({ id: 'digest-due', queue: 'digest', pattern: config.digestCron });
        if (flags.json) printJson({ schedulers: registered, timezone: tz });
        else printTable(registered);
      });
    });
}
