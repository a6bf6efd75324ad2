import type { Command } from 'commander';
import { listStories, storyById } from '../../db/index.ts';
import { commandConfig, withApp } from '../context.ts';
import { UsageError } from '../errors.ts';
import { printJson, printTable } from '../output.ts';
import { resolveCase } from '../resolve-case.ts';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function registerStories(program: Command): void {
  const stories = program.command('stories').description('stories: every copy of one piece, across outlets');
  stories
    .command('list', { isDefault: true })
    .description('the newest stories, with how many articles and outlets carried each')
    .option('--case <slug>', 'the case (default: the first configured case)')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print as JSON')
    .action(async (flags: { case?: string; limit: string; json?: boolean }) => {
      if (!/^\d{1,5}$/.test(flags.limit))
        throw new UsageError(`stories: --limit must be a number, not ${JSON.stringify(flags.limit)}`);
      await withApp(commandConfig(), async (app) => {
        const stored = await resolveCase(app, flags.case, 'stories');
        const rows = (await listStories(app.db, stored.id, Number(flags.limit))).map((s) => ({
          id: s.id,
          firstSeen: iso(s.first_seen_at),
          firstPublished: iso(s.first_published_at),
          articles: Number(s.articles),
          outlets: Number(s.outlets),
          title: s.title,
        }));
        if (flags.json) printJson(rows);
        else printTable(rows);
      });
    });
  stories
    .command('show')
    .description('one story: who had it first, and every outlet and URL that carried it')
    .argument('<id>', 'the story id (see stories list)')
    .option('--json', 'print as JSON')
    .action(async (raw: string, flags: { json?: boolean }) => {
      if (!/^\d{1,15}$/.test(raw))
        throw new UsageError(`stories show: not a story id: ${JSON.stringify(raw)}`);
      await withApp(commandConfig(), async (app) => {
        const story = await storyById(app.db, Number(raw));
        if (!story) throw new UsageError(`stories show: no story with id ${raw}`);
        if (flags.json) return printJson(story);
        const first = story.firstPublisher;
        process.stdout.write(
          `${story.title}\nfirst seen ${iso(story.firstSeenAt)}; first published ${iso(story.firstPublishedAt) ?? 'unknown'}` +
            `${first ? ` by ${first.siteName ?? new URL(first.url).host} (${first.url})` : ''}\n\n`,
        );
        printTable(
          story.articles.flatMap((a) =>
            a.urls.map((u) => ({
              article: a.id,
              outlet: u.siteName ?? (u.relation === 'copy' ? u.site : (a.siteName ?? u.site)),
              published: iso(a.publishedAt) ?? '',
              version: a.version,
              relation: u.relation,
              url: u.url,
            })),
          ),
        );
      });
    });
}
