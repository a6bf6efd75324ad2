import type { Command } from 'commander';
import { CronExpressionParser } from 'cron-parser';
import { loadCaseFile } from '../../cases/index.ts';
import { defaultCaseFile } from '../../config/index.ts';
import { serveDemoSite } from '../../demo/demo-site.ts';
import type { RunReport } from '../../pipeline/run-once.ts';
import { runOnce } from '../../pipeline/run-once.ts';
import { syncCase, syncCaseFiles } from '../../pipeline/sync-cases.ts';
import type { App } from '../../runtime/app.ts';
import { commandConfig, withApp } from '../context.ts';
import { printFields, printJson } from '../output.ts';
import { passProgress } from '../progress.ts';

interface RunFlags {
  once?: boolean;
  demo?: boolean;
  case?: string;
  json?: boolean;
}

function printReport(report: RunReport, json: boolean, mailDir: string | undefined): void {
  if (json) return printJson(report);
  const { failures, ...figures } = report;
  printFields({ ...figures, ...(mailDir && report.digestsWritten ? { mail: mailDir } : {}) });
  for (const f of failures.slice(0, 10)) process.stdout.write(`  ${f.what} ${f.url}: ${f.reason}\n`);
  if (failures.length > 10) process.stdout.write(`  … and ${failures.length - 10} more (casewatch status)\n`);
}

async function pass(app: App, trigger: 'manual' | 'cron' | 'demo', json: boolean): Promise<RunReport> {
  const progress = passProgress(app.queues, !json);
  try {
    return await runOnce(app, {
      trigger,
      digests: trigger === 'demo' ? 'force' : 'due',
      onJobSettled: progress.onJobSettled,
    });
  } finally {
    progress.stop();
  }
}

async function runDemo(flags: RunFlags): Promise<void> {
  const site = await serveDemoSite();
  try {
    const config = commandConfig({ allowHosts: site.hosts });
    await withApp(config, async (app) => {
      const definition = { ...loadCaseFile(flags.case ?? defaultCaseFile), sources: site.sources };
      const synced = await syncCase(app.db, definition, 'demo');
      await site.ensureSubscriber(app.db, synced.id);
      const report = await pass(app, 'demo', !!flags.json);
      printReport(report, !!flags.json, config.smtpUrl ? undefined : config.mailDir);
    });
  } finally {
    await site.close();
  }
}

async function runPasses(flags: RunFlags): Promise<void> {
  const config = commandConfig(flags.case ? { caseFiles: [flags.case] } : {});
  // Case files are read before anything opens, so a bad one fails at once with its path and line.
  for (const file of config.caseFiles) loadCaseFile(file);
  await withApp(config, async (app) => {
    await syncCaseFiles(app.db, config.caseFiles);
    if (flags.once) {
      printReport(
        await pass(app, 'manual', !!flags.json),
        !!flags.json,
        config.smtpUrl ? undefined : config.mailDir,
      );
      return;
    }
    const schedule = CronExpressionParser.parse(config.discoverCron, { tz: config.cronTimezone });
    for (;;) {
      printReport(await pass(app, 'cron', !!flags.json), !!flags.json, undefined);
      const next = schedule.next().toDate();
      app.log.info({ next: next.toISOString() }, 'next pass');
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next.getTime() - Date.now())));
    }
  });
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('monitor: discover → fetch → extract → ingest → claims → digests (one pass with --once)')
    .option('--once', 'run one pass and exit, instead of passes on CASEWATCH_DISCOVER_CRON')
    .option('--demo', 'one pass over the bundled fixture news site on 127.0.0.1 (no network needed)')
    .option('--case <file>', 'case definition file (YAML or JSON), instead of CASEWATCH_CASES')
    .option('--json', 'print the report as one JSON object')
    .action(async (flags: RunFlags) => {
      if (flags.demo) await runDemo(flags);
      else await runPasses(flags);
    });
}
