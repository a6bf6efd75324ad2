import type { Command } from 'commander';
import type { CaseDefinition, CaseSource } from '../../cases/index.ts';
import { loadCaseFile, sourceKinds, sourceSchema } from '../../cases/index.ts';
import type { Config } from '../../config/index.ts';
import type { Source } from '../../db/index.ts';
import { addSource, caseById, listSources, setSourceState, sourceById } from '../../db/index.ts';
import type { SourcePreview } from '../../pipeline/preview-source.ts';
import { previewSource } from '../../pipeline/preview-source.ts';
import { relevanceModel } from '../../relevance/index.ts';
import type { SourceSpec } from '../../sources/index.ts';
import { configuredFetcher } from '../../runtime/fetcher.ts';
import { commandConfig, withApp } from '../context.ts';
import { UsageError } from '../errors.ts';
import { printJson, printTable } from '../output.ts';
import { resolveCase } from '../resolve-case.ts';

/** Where a source stands, the first that holds: retired, disabled, paused, failing, active. */
function stateOf(s: Source): string {
  if (s.retired_at) return 'retired';
  if (!s.enabled) return 'disabled';
  if (s.paused_at) return 'paused';
  return s.failure_count > 0 ? 'failing' : 'active';
}

/** A source as people read it in `list` and `--json`. */
function view(s: Source & { case_slug?: string }) {
  return {
    id: s.id,
    case: s.case_slug,
    kind: s.kind,
    name: s.name,
    url: s.url,
    origin: s.origin,
    state: stateOf(s),
    failures: s.failure_count,
    failingSince: s.failing_since?.toISOString() ?? null,
    lastCrawledAt: s.last_crawled_at?.toISOString() ?? null,
    lastError: s.last_error,
  };
}

function parseId(command: string, raw: string): number {
  if (!/^\d{1,9}$/.test(raw))
    throw new UsageError(`sources ${command}: not a source id: ${JSON.stringify(raw)}`);
  return Number(raw);
}

/** Validates a source given on the command line with the case file's own schema; refusals name the field. */
function parseSource(command: string, fields: Record<string, unknown>): CaseSource {
  const result = sourceSchema.safeParse(fields);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.join('.') || 'source';
  throw new UsageError(
    `sources ${command}: ${where}: ${issue.message} (${JSON.stringify(fields[where] ?? '')})`,
  );
}

interface TestFlags {
  kind: string;
  linkPattern?: string;
  case?: string;
  limit: string;
  json?: boolean;
}

/** What `sources test` reads, and with which case's relevance: a stored source's, or a URL with the given kind. */
async function testTarget(config: Config, target: string, flags: TestFlags) {
  if (/^https?:\/\//i.test(target)) {
    const source = parseSource('test', {
      name: target,
      kind: flags.kind,
      url: target,
      ...(flags.linkPattern ? { link_pattern: flags.linkPattern } : {}),
    });
    const definition: CaseDefinition = loadCaseFile(flags.case ?? config.caseFiles[0]!);
    const spec: SourceSpec = {
      kind: source.kind,
      url: source.url,
      linkPattern: source.link_pattern,
      label: target,
    };
    return { spec, definition };
  }
  const id = parseId('test', target);
  return withApp(config, async (app) => {
    const source = await sourceById(app.db, id);
    if (!source) throw new UsageError(`sources test: no source with id ${id}`);
    const { definition } = await caseById(app.db, source.case_id);
    const options = source.options as { link_pattern?: string };
    const spec: SourceSpec = {
      kind: source.kind as SourceSpec['kind'],
      url: source.url,
      linkPattern: options.link_pattern,
      label: `source ${source.id} (${source.name})`,
    };
    return { spec, definition };
  });
}

function printPreview(spec: SourceSpec, preview: SourcePreview): void {
  const kept = preview.pages.filter((p) => p.verdict === 'kept').length;
  process.stdout.write(
    `${spec.label}: ${preview.candidates} article links; ${preview.pages.length} fetched, ${kept} would be kept\n\n`,
  );
  printTable(
    preview.pages.map((p) => ({
      verdict: p.verdict,
      score: p.score ?? '',
      lang: p.language ?? '',
      title: p.title ?? '',
      url: p.url,
      why: p.verdict === 'kept' || p.verdict === 'off_topic' ? p.reasons.slice(-2).join('; ') : p.reasons[0],
    })),
  );
}

export function registerSources(program: Command): void {
  const sources = program
    .command('sources')
    .description('the feeds, sitemaps, listings and searches a case reads');

  sources
    .command('list')
    .description('list the sources, with their state (active, failing, paused, disabled) and last error')
    .option('--case <slug>', 'only this case')
    .option('--json', 'print as JSON')
    .action(async (flags: { case?: string; json?: boolean }) => {
      await withApp(commandConfig(), async (app) => {
        const stored = await resolveCase(app, flags.case, 'sources list');
        const rows = (await listSources(app.db, flags.case ? { caseId: stored.id } : {})).map(view);
        if (flags.json) printJson(rows);
        else printTable(rows, ['id', 'case', 'kind', 'state', 'failures', 'name', 'url', 'lastError']);
      });
    });

  sources
    .command('add')
    .description('add a source to a case (kept across case-file syncs)')
    .argument('<url>', 'the feed, sitemap, listing page or search URL')
    .option('--kind <kind>', `one of ${sourceKinds.join(', ')}`, 'feed')
    .option('--name <name>', 'what to call it (default: its URL)')
    .option('--link-pattern <regex>', 'listings: which links are articles')
    .option('--schedule <cron>', 'read on its own cron schedule instead of with every pass')
    .option('--case <slug>', 'the case (default: the first configured case)')
    .option('--json', 'print the source as JSON')
    .action(async (url: string, flags: Omit<TestFlags, 'limit'> & { name?: string; schedule?: string }) => {
      const source = parseSource('add', {
        name: flags.name ?? url,
        kind: flags.kind,
        url,
        ...(flags.linkPattern ? { link_pattern: flags.linkPattern } : {}),
        ...(flags.schedule ? { schedule: flags.schedule } : {}),
      });
      await withApp(commandConfig(), async (app) => {
        const stored = await resolveCase(app, flags.case, 'sources add');
        const added = await addSource(app.db, stored.id, source);
        if (!added) throw new UsageError(`sources add: case ${stored.slug} already has a source at ${url}`);
        if (flags.json) printJson(view({ ...added, case_slug: stored.slug }));
        else process.stdout.write(`source ${added.id} added to ${stored.slug}: ${added.kind} ${added.url}\n`);
      });
    });

  sources
    .command('test')
    .description('read a source once and show what would be discovered and kept; stores nothing')
    .argument('<id|url>', 'a stored source id, or a URL to try')
    .option('--kind <kind>', `with a URL: one of ${sourceKinds.join(', ')}`, 'feed')
    .option('--link-pattern <regex>', 'with a listing URL: which links are articles')
    .option(
      '--case <file>',
      'with a URL: the case file whose relevance decides (default: the first configured)',
    )
    .option('--limit <n>', 'fetch and judge at most this many linked pages', '20')
    .option('--json', 'print as one JSON object')
    .action(async (target: string, flags: TestFlags) => {
      if (!/^\d{1,4}$/.test(flags.limit))
        throw new UsageError(`sources test: --limit must be a number, not ${JSON.stringify(flags.limit)}`);
      const config = commandConfig();
      const { spec, definition } = await testTarget(config, target, flags);
      const fetcher = configuredFetcher(config, 4);
      try {
        const preview = await previewSource(fetcher, spec, relevanceModel(definition), {
          limit: Number(flags.limit),
        });
        if (flags.json)
          printJson({ source: { kind: spec.kind, url: spec.url }, case: definition.slug, ...preview });
        else printPreview(spec, preview);
      } finally {
        await fetcher.close();
      }
    });

  for (const [name, state, description] of [
    ['disable', 'disabled', 'stop reading a source (kept, with its history)'],
    ['resume', 'resumed', 'read a disabled or paused source again, its failure streak forgotten'],
  ] as const) {
    sources
      .command(name)
      .description(description)
      .argument('<id>', 'the source id (see sources list)')
      .action(async (raw: string) => {
        const id = parseId(name, raw);
        await withApp(commandConfig(), async (app) => {
          const updated = await setSourceState(app.db, id, state);
          if (!updated) throw new UsageError(`sources ${name}: no source with id ${id}`);
          process.stdout.write(`source ${id} (${updated.name}): ${state}\n`);
        });
      });
  }
}
