import type { Command } from 'commander';
import { assertSafeUrl, UnsafeUrlError } from '../../crawl/index.ts';
import { caseBySlug, listCases } from '../../db/index.ts';
import { canonicalUrl, InvalidUrlError } from '../../dedup/index.ts';
import type { RecrawlTarget } from '../../pipeline/recrawl.ts';
import { recrawl, storedUrls } from '../../pipeline/recrawl.ts';
import { syncCaseFiles } from '../../pipeline/sync-cases.ts';
import { commandConfig, withApp } from '../context.ts';
import { UsageError } from '../errors.ts';
import { printJson, printTable } from '../output.ts';

interface RecrawlFlags {
  story?: string;
  since?: string;
  case?: string;
  json?: boolean;
}

function parseUrls(urls: string[]): string[] {
  return urls.map((raw) => {
    try {
      return canonicalUrl(raw);
    } catch (error) {
      if (error instanceof InvalidUrlError) throw new UsageError(`recrawl: ${error.message}`);
      throw error;
    }
  });
}

export function registerRecrawl(program: Command): void {
  program
    .command('recrawl')
    .description(
      'fetch pages again now: edited articles get a new version and a claim diff, unchanged ones store nothing',
    )
    .argument('[urls...]', 'page URLs to fetch again')
    .option('--story <id>', 'every article of one story')
    .option('--since <date>', 'every article first seen since this date (ISO 8601)')
    .option('--case <slug>', 'the case the URLs belong to (default: the first configured case)')
    .option('--json', 'print the outcome of each page as JSON')
    .action(async (rawUrls: string[], flags: RecrawlFlags) => {
      const urls = parseUrls(rawUrls);
      const story = flags.story === undefined ? undefined : Number(flags.story);
      if (story !== undefined && !Number.isInteger(story))
        throw new UsageError(`recrawl: --story must be a story id, not ${JSON.stringify(flags.story)}`);
      const since = flags.since === undefined ? undefined : new Date(flags.since);
      if (since && Number.isNaN(since.getTime()))
        throw new UsageError(`recrawl: --since must be a date, not ${JSON.stringify(flags.since)}`);
      if (!urls.length && story === undefined && !since)
        throw new UsageError('recrawl: give URLs, --story ID or --since DATE');
      const config = commandConfig();
      // URLs given by hand are refused before anything is queued, so a refusal is the command's answer.
      for (const url of urls) {
        await assertSafeUrl(url, { allowHosts: config.allowHosts }).catch((error: unknown) => {
          throw error instanceof UnsafeUrlError ? new UsageError(`recrawl: ${error.message}`) : error;
        });
      }
      await withApp(config, async (app) => {
        await syncCaseFiles(app.db, config.caseFiles);
        const stored = flags.case ? await caseBySlug(app.db, flags.case) : (await listCases(app.db))[0];
        if (!stored) throw new UsageError(`recrawl: no case ${JSON.stringify(flags.case ?? '')}`);
        const targets: RecrawlTarget[] = urls.map((url) => ({ caseId: stored.id, url }));
        if (story !== undefined) targets.push(...(await storedUrls(app.db, { storyId: story })));
        if (since) targets.push(...(await storedUrls(app.db, { since })));
        if (!targets.length) throw new UsageError('recrawl: nothing stored matches');
        const result = await recrawl(app, targets);
        if (flags.json) printJson(result);
        else printTable(result.pages);
      });
    });
}
