import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { caseById, listSubscribers, selectDigestContent } from '../../db/index.ts';
import { duePeriod, renderDigest, signToken } from '../../digest/index.ts';
import { stages } from '../../../jobs/index.ts';
import { startAllWorkers } from '../../pipeline/run-once.ts';
import { commandConfig, withApp } from '../context.ts';
import { UsageError } from '../errors.ts';
import { printJson } from '../output.ts';

export function registerDigest(program: Command): void {
  const digest = program.command('digest').description('preview or send digests');
  digest
    .command('preview')
    .description('write the HTML digest a subscriber would get now (nothing is sent or recorded)')
    .requiredOption('--to <email>', 'the subscriber')
    .option('--out <file>', 'write the HTML here instead of stdout')
    .action(async (flags: { to: string; out?: string }) => {
      await withApp(commandConfig(), async (app) => {
        const subscriber = (await listSubscribers(app.db)).find((s) => s.email === flags.to.toLowerCase());
        if (!subscriber) throw new UsageError(`digest preview: no subscriber ${JSON.stringify(flags.to)}`);
        const stored = await caseById(app.db, subscriber.case_id);
        const now = new Date();
        const start = subscriber.confirmed_at ?? subscriber.created_at;
        const period = duePeriod(subscriber, start, now, true) ?? { start, end: now };
        const content = await selectDigestContent(
          app.db,
          subscriber,
          { name: stored.name, shortName: stored.definition.short_name },
          period.start,
          period.end,
        );
        const token = signToken(app.secret, 'unsubscribe', subscriber.id, subscriber.token_version);
        const rendered = renderDigest(content, {
          email: subscriber.email,
          frequency: subscriber.frequency,
          unsubscribeUrl: `${app.config.publicUrl}/unsubscribe?token=${encodeURIComponent(token)}`,
        });
        if (flags.out) {
          writeFileSync(flags.out, rendered.html);
          process.stdout.write(`${flags.out}: ${rendered.subject}\n`);
        } else process.stdout.write(rendered.html);
      });
    });
  digest
    .command('send')
    .description('send every digest that is due now')
    .option('--now', 'end every active subscriber’s period now, due or not')
    .option('--dry-run', 'list who would get a digest, send nothing')
    .option('--json', 'print the result as JSON')
    .action(async (flags: { now?: boolean; dryRun?: boolean; json?: boolean }) => {
      await withApp(commandConfig(), async (app) => {
        const ctx = {
          ...app,
          job: { id: 'cli-digest', queue: 'digest' as const, attempt: 1, maxAttempts: 1 },
        };
        if (flags.dryRun) {
          const rows = (await listSubscribers(app.db)).filter((s) => s.status === 'active');
          const due = rows.flatMap((s) => {
            const period = duePeriod(s, s.confirmed_at ?? s.created_at, new Date(), flags.now);
            return period
              ? [
                  {
                    email: s.email,
                    periodStart: period.start.toISOString(),
                    periodEnd: period.end.toISOString(),
                  },
                ]
              : [];
          });
          if (flags.json) printJson({ due });
          else for (const d of due) process.stdout.write(`${d.email}: ${d.periodStart} → ${d.periodEnd}\n`);
          return;
        }
        const before = new Date();
        await startAllWorkers(app);
        await stages.digest.process({ type: 'due', force: !!flags.now }, ctx);
        await app.queues.whenIdle();
        const sent = await app.db
          .selectFrom('digests')
          .innerJoin('subscribers', 'subscribers.id', 'digests.subscriber_id')
          .select(['subscribers.email', 'digests.subject', 'digests.status'])
          .where('digests.created_at', '>=', before)
          .execute();
        if (flags.json) printJson({ digests: sent });
        else if (sent.length === 0) process.stdout.write('no digest is due\n');
        else
          for (const d of sent)
            process.stdout.write(`${d.email}: ${d.status}${d.subject ? ` — ${d.subject}` : ''}\n`);
      });
    });
}
