import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/index.ts';
import type { FixtureSite } from '../../src/demo/index.ts';
import { serveFixtureSite } from '../../src/demo/index.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase, freshQueuePrefix, redisUrl } from '../helpers/services.ts';

// `casewatch sources …` as an operator uses it, against PostgreSQL and Redis, reading the fixture site.

const run = promisify(execFile);
const bin = path.join(projectRoot, 'bin', 'casewatch.js');

let site: FixtureSite;
let store: FreshDatabase;
let queue: ReturnType<typeof freshQueuePrefix>;

beforeAll(async () => {
  [site, store] = await Promise.all([serveFixtureSite(), freshDatabase('sources_cli')]);
  queue = freshQueuePrefix('sources-cli');
});
afterAll(async () => {
  await Promise.allSettled([site?.close(), store?.drop(), queue?.remove()]);
});

async function casewatch(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    LOG_LEVEL: 'warn',
    DATABASE_URL: store.url,
    REDIS_URL: redisUrl,
    CASEWATCH_QUEUE_PREFIX: queue.prefix,
    // The fixture site is on the loopback address, which is refused unless allowed.
    CASEWATCH_ALLOW_HOSTS: '127.0.0.1',
  };
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env, timeout: 120_000 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

interface SourceRow {
  id: number;
  kind: string;
  url: string;
  state: string;
  failures: number;
  origin: string;
}

async function listed(): Promise<SourceRow[]> {
  const { stdout, code } = await casewatch('sources', 'list', '--json');
  expect(code).toBe(0);
  return JSON.parse(stdout) as SourceRow[];
}

describe('casewatch sources', () => {
  it('tests a URL: what it links to, and what relevance would keep, storing nothing', async () => {
    const gdelt = site.sources.find((s) => s.kind === 'gdelt')!;
    const { stdout, stderr, code } = await casewatch(
      'sources',
      'test',
      gdelt.url,
      '--kind',
      'gdelt',
      '--json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      case: string;
      candidates: number;
      pages: { url: string; verdict: string }[];
    };
    const pages = site.articles.filter((a) => a.outlet === 'national-dispatch');
    expect(report.case).toBe('new-mexico-v-meta');
    expect(report.candidates).toBe(pages.length);
    expect(report.pages.map((p) => [p.url, p.verdict]).sort()).toEqual(
      pages.map((a) => [a.url, a.onTopic ? 'kept' : 'off_topic']).sort(),
    );
    const stored = await store.db
      .selectFrom('pages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(0);
  });

  it('lists the case file’s sources', async () => {
    const rows = await listed();
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.every((r) => r.origin === 'case-file' && r.state === 'active')).toBe(true);
    expect(rows.map((r) => r.kind)).toContain('gdelt');
  });

  it('adds a source once, tests it by id, disables and resumes it', async () => {
    const search = site.sources.find((s) => s.url.includes('/rss/search'))!;
    const added = await casewatch('sources', 'add', search.url, '--name', 'HDPR search', '--json');
    expect(added.code).toBe(0);
    const source = JSON.parse(added.stdout) as SourceRow;
    expect(source).toMatchObject({ kind: 'feed', url: search.url, origin: 'cli', state: 'active' });

    const again = await casewatch('sources', 'add', search.url);
    expect(again.code).toBe(2);
    expect(again.stderr.trim()).toBe(
      `casewatch: sources add: case new-mexico-v-meta already has a source at ${search.url}`,
    );

    const tested = await casewatch('sources', 'test', String(source.id), '--limit', '2', '--json');
    expect(tested.code).toBe(0);
    const report = JSON.parse(tested.stdout) as { candidates: number; pages: { url: string }[] };
    expect(report.candidates).toBe(site.articles.filter((a) => a.outlet === 'hdpr').length);
    expect(report.pages).toHaveLength(2);
    // the search results' redirector links were read as the publisher's URLs
    for (const page of report.pages) expect(page.url).not.toContain('/news/url');

    expect((await casewatch('sources', 'disable', String(source.id))).code).toBe(0);
    expect((await listed()).find((r) => r.id === source.id)?.state).toBe('disabled');
    // a source paused after failing resumes with its failure streak forgotten
    await store.db
      .updateTable('sources')
      .set({ failure_count: 5, paused_at: new Date(), failing_since: new Date(), last_error: 'HTTP 503' })
      .where('id', '=', source.id)
      .execute();
    expect((await casewatch('sources', 'resume', String(source.id))).code).toBe(0);
    expect((await listed()).find((r) => r.id === source.id)).toMatchObject({ state: 'active', failures: 0 });
  });

  it('refuses bad input with one line naming it', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['sources', 'add', 'ftp://example.org/feed'],
        /^casewatch: sources add: url: .*"ftp:\/\/example\.org\/feed"\)$/,
      ],
      [
        ['sources', 'add', 'https://example.org/feed', '--kind', 'atom'],
        /^casewatch: sources add: kind: .*\("atom"\)$/,
      ],
      [['sources', 'disable', '99999'], /^casewatch: sources disable: no source with id 99999$/],
      [['sources', 'resume', 'krqe'], /^casewatch: sources resume: not a source id: "krqe"$/],
      [
        ['sources', 'test', '12', '--limit', 'all'],
        /^casewatch: sources test: --limit must be a number, not "all"$/,
      ],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await casewatch(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stderr.trim(), args.join(' ')).toMatch(message);
    }
  });
});
