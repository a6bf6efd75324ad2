import type { Command } from 'commander';
import { sql } from 'kysely';
import { recentRuns } from '../../db/index.ts';
import { commandConfig, withApp } from '../context.ts';
import { printFields, printJson, printTable } from '../output.ts';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('queues, recent runs, failing sources and what is stored')
    .option('--json', 'print as one JSON object')
    .action(async (flags: { json?: boolean }) => {
      await withApp(commandConfig(), async (app) => {
        const count = async (
          table: 'articles' | 'stories' | 'claims' | 'claim_mentions' | 'sources' | 'pages',
        ) =>
          Number(
            (
              await app.db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
        const subscribers = await app.db
          .selectFrom('subscribers')
          .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy('status')
          .execute();
        const failing = await app.db
          .selectFrom('sources')
          .select(['id', 'name', 'url', 'failure_count', 'failing_since', 'paused_at', 'last_error'])
          .where(sql<boolean>`failing_since is not null or paused_at is not null`)
          .orderBy('id')
          .execute();
        const runs = (await recentRuns(app.db, 5)).map((r) => ({
          id: r.id,
          trigger: r.trigger,
          status: r.status,
          startedAt: r.started_at.toISOString(),
          finishedAt: r.finished_at?.toISOString() ?? null,
          counts: r.counts,
        }));
        const report = {
          mode: app.config.mode,
          queues: app.config.mode === 'services' ? await app.queues.counts() : null,
          stored: {
            articles: await count('articles'),
            stories: await count('stories'),
            claims: await count('claims'),
            mentions: await count('claim_mentions'),
            pages: await count('pages'),
            sources: await count('sources'),
            subscribers: Object.fromEntries(subscribers.map((s) => [s.status, Number(s.n)])),
          },
          runs,
          failingSources: failing.map((f) => ({
            ...f,
            failing_since: f.failing_since?.toISOString() ?? null,
            paused_at: f.paused_at?.toISOString() ?? null,
          })),
        };
        if (flags.json) return printJson(report);
        printFields({
          mode: report.mode,
          ...report.stored,
          subscribers: JSON.stringify(report.stored.subscribers),
        });
        if (report.queues) {
          process.stdout.write('\nqueues\n');
          printTable(Object.entries(report.queues).map(([queue, c]) => ({ queue, ...c })));
        }
        process.stdout.write('\nrecent runs\n');
        printTable(
          runs.map((r) => ({
            id: r.id,
            trigger: r.trigger,
            status: r.status,
            started: r.startedAt,
            ...r.counts,
          })),
          ['id', 'trigger', 'status', 'started', 'pagesFetched', 'articlesStored', 'errors'],
        );
        if (failing.length) {
          process.stdout.write('\nfailing sources\n');
          printTable(report.failingSources, [
            'id',
            'name',
            'failure_count',
            'failing_since',
            'paused_at',
            'last_error',
          ]);
          for (const f of failing.filter((x) => x.paused_at)) {
            process.stdout.write(
              `source ${f.id} (${f.name}) is paused after ${f.failure_count} failures in a row: \`casewatch sources resume ${f.id}\` reads it again\n`,
            );
          }
        }
      });
    });
}
