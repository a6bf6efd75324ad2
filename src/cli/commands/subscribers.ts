import type { Command } from 'commander';
import { z } from 'zod';
import type { Frequency } from '../../db/index.ts';
import { listSubscribers, unsubscribe, upsertSubscriber } from '../../db/index.ts';
import { isValidTimezone, sendConfirmation } from '../../digest/index.ts';
import { commandConfig, withApp } from '../context.ts';
import { UsageError } from '../errors.ts';
import { printJson, printTable } from '../output.ts';
import { resolveCase } from '../resolve-case.ts';

interface AddFlags {
  case?: string;
  frequency: string;
  hour: string;
  weekday: string;
  tz: string;
  confirmed?: boolean;
  json?: boolean;
}

const emailSchema = z.email();

/** Validates the add flags; every refusal names the bad value. */
export function parseSubscription(email: string, flags: AddFlags) {
  if (!emailSchema.safeParse(email).success)
    throw new UsageError(`subscribers add: not an email address: ${JSON.stringify(email)}`);
  if (flags.frequency !== 'daily' && flags.frequency !== 'weekly') {
    throw new UsageError(
      `subscribers add: --frequency must be daily or weekly, not ${JSON.stringify(flags.frequency)}`,
    );
  }
  const hour = Number(flags.hour);
  if (!/^\d{1,2}$/.test(flags.hour) || hour > 23)
    throw new UsageError(`subscribers add: --hour must be 0–23, not ${JSON.stringify(flags.hour)}`);
  const weekday = Number(flags.weekday);
  if (!/^[1-7]$/.test(flags.weekday))
    throw new UsageError(
      `subscribers add: --weekday must be 1 (Monday) to 7 (Sunday), not ${JSON.stringify(flags.weekday)}`,
    );
  if (!isValidTimezone(flags.tz))
    throw new UsageError(
      `subscribers add: unknown time zone ${JSON.stringify(flags.tz)} (use an IANA name such as America/Denver)`,
    );
  return {
    email: email.toLowerCase(),
    frequency: flags.frequency as Frequency,
    hour,
    weekday,
    timezone: flags.tz,
  };
}

export function registerSubscribers(program: Command): void {
  const subscribers = program.command('subscribers').description('manage who gets digests');
  subscribers
    .command('add')
    .description('subscribe an address to a case’s digest')
    .argument('<email>', 'the address')
    .option('--case <slug>', 'the case (default: the first configured case)')
    .option('--frequency <daily|weekly>', 'how often', 'daily')
    .option('--hour <0-23>', 'local hour of day to send', '8')
    .option('--weekday <1-7>', 'weekly digests: day of week, 1 = Monday', '1')
    .option('--tz <zone>', 'IANA time zone of the subscriber', 'UTC')
    .option(
      '--confirmed',
      'active at once (an admin adding someone by hand); otherwise pending until confirmed',
    )
    .option('--json', 'print the subscriber as JSON')
    .action(async (email: string, flags: AddFlags) => {
      const subscription = parseSubscription(email, flags);
      await withApp(commandConfig(), async (app) => {
        const stored = await resolveCase(app, flags.case, 'subscribers');
        const row = await upsertSubscriber(app.db, {
          ...subscription,
          caseId: stored.id,
          status: flags.confirmed ? 'active' : 'pending',
        });
        // Double opt-in: nothing is sent to a pending address but the mail that asks it to confirm.
        const confirmation =
          row.status === 'pending'
            ? await sendConfirmation(
                app.mailer,
                { publicUrl: app.config.publicUrl, secret: app.secret, caseName: stored.name },
                row,
              )
            : undefined;
        if (flags.json) printJson({ ...row, confirmation_message_id: confirmation ?? null });
        else
          process.stdout.write(
            `${row.email}: ${row.status}, ${row.frequency} at ${row.hour}:00 ${row.timezone}, case ${stored.slug}` +
              `${confirmation ? ' (confirmation mail sent)' : ''}\n`,
          );
      });
    });
  subscribers
    .command('list')
    .description('list subscribers')
    .option('--json', 'print as JSON')
    .action(async (flags: { json?: boolean }) => {
      await withApp(commandConfig(), async (app) => {
        const rows = (await listSubscribers(app.db)).map((s) => ({
          id: s.id,
          email: s.email,
          case: s.case_slug,
          status: s.status,
          frequency: s.frequency,
          hour: s.hour,
          timezone: s.timezone,
        }));
        if (flags.json) printJson(rows);
        else printTable(rows);
      });
    });
  subscribers
    .command('remove')
    .description('unsubscribe an address (its history is kept)')
    .argument('<email>', 'the address')
    .option('--case <slug>', 'only from this case')
    .action(async (email: string, flags: { case?: string }) => {
      await withApp(commandConfig(), async (app) => {
        const caseId = flags.case ? (await resolveCase(app, flags.case, 'subscribers')).id : undefined;
        const n = await unsubscribe(app.db, { email: email.toLowerCase(), caseId });
        if (n === 0)
          throw new UsageError(`subscribers remove: no active subscriber ${JSON.stringify(email)}`);
        process.stdout.write(`${email}: unsubscribed\n`);
      });
    });
}
