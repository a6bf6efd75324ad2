import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import { defaultCaseFile, projectRoot } from '../../src/config/index.ts';
import type { ArticleInput, ClaimMentionEntry, ClaimProvenance, ClaimSummary } from '../../src/db/index.ts';
import {
  articleClaims,
  caseClaims,
  claimConflicts,
  claimProvenance,
  storeArticle,
  storeClaims,
  storyClaims,
} from '../../src/db/index.ts';
import { claimClassifier, claimContext, claimsToStore } from '../../src/pipeline/article-claims.ts';
import { syncCase } from '../../src/pipeline/sync-cases.ts';
import { articleInput } from '../helpers/articles.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase, freshQueuePrefix, redisUrl } from '../helpers/services.ts';

// Provenance of stored claims, and `casewatch claims` over it: three articles stored the way the ingest stage
// stores them — a wire story, an aggregator's syndicated copy of it (one story), and a blog piece of its own that
// repeats one quote, contradicts a figure and a known fact, and reports a later stage of the case.

const run = promisify(execFile);
const bin = path.join(projectRoot, 'bin', 'casewatch.js');
const definition = loadCaseFile(defaultCaseFile);
const context = claimContext(definition);

const quote = '"We respectfully disagree with the verdict," a company spokesperson said in a statement.';
const decoys = 'Investigators posed as children under 14 on Facebook and Instagram.';
// Paragraphs with no checkable statement (no figure, date or ruling, no party or court named by role), so the wire story's only claims are the two
// above and the copy is long enough to be found as a near duplicate.
const filler = [
  'The courtroom was quiet as the foreperson read the answers aloud.',
  'Several parents who had testified earlier sat in the gallery and held hands.',
  'Lawyers for both sides declined to speak with reporters on the courthouse steps.',
  'Outside, a small group of advocates waited in the cold with handmade signs.',
  'Jurors were thanked for their service and asked to stay available.',
  'Observers expect the remaining questions in the case to take several more months.',
].join('\n\n');
const wireText = `${quote}\n\n${decoys}\n\n${filler}`;
const copyText = `Sign up for our daily email.\n\n${wireText}\n\nRelated Articles`;
const blogText = [
  quote,
  'Investigators posed as children 14 and under on Facebook and Instagram.',
  "Judge Bryan Biedscheid granted Meta's motion to dismiss in May 2024.",
  'Meta has appealed the final judgment to the New Mexico Court of Appeals.',
  'Our columnist wonders what the parents who testified will make of it.',
].join(' ');

let store: FreshDatabase;
let queue: ReturnType<typeof freshQueuePrefix>;
let caseId: number;
const ids = { wire: 0, copy: 0, blog: 0, wireStory: 0, blogStory: 0, quote: 0, decoys: 0 };

/** Stores an article and its claims as the ingest stage does, in one transaction; returns the store's outcome. */
async function ingest(url: string, text: string, extra: Partial<ArticleInput>) {
  return store.db.transaction().execute(async (trx) => {
    const stored = await storeArticle(trx, articleInput(caseId, url, text, extra));
    await storeClaims(trx, {
      caseId,
      articleId: stored.articleId,
      version: stored.version,
      claims: claimsToStore(text, context, extra.publishedAt ?? null),
      classify: claimClassifier(context),
    });
    return stored;
  });
}

const claimId = async (text: string) =>
  (
    await store.db
      .selectFrom('claims')
      .select('id')
      .where('case_id', '=', caseId)
      .where('text', '=', text)
      .executeTakeFirstOrThrow()
  ).id;

beforeAll(async () => {
  store = await freshDatabase('claim_provenance');
  queue = freshQueuePrefix('claim-provenance');
  caseId = (await syncCase(store.db, definition)).id;
  const wire = await ingest('https://wire.example/verdict', wireText, {
    siteName: 'Wire Daily',
    publishedAt: '2026-03-24T16:00:00Z',
  });
  const copy = await ingest('https://aggregator.example/repost', copyText, {
    siteName: 'The Aggregator',
    publishedAt: '2026-03-24T18:00:00Z',
  });
  const blog = await ingest('https://blog.example/decoys', blogText, { publishedAt: '2026-09-01T12:00:00Z' });
  expect(wire.outcome).toBe('stored');
  expect(copy).toMatchObject({ outcome: 'near_duplicate', storyId: wire.storyId });
  expect(blog.outcome).toBe('stored');
  expect(blog.storyId).not.toBe(wire.storyId);
  Object.assign(ids, {
    wire: wire.articleId,
    copy: copy.articleId,
    blog: blog.articleId,
    wireStory: wire.storyId,
    blogStory: blog.storyId,
    quote: await claimId(quote),
    decoys: await claimId(decoys),
  });
}, 60_000);
afterAll(async () => {
  await Promise.allSettled([store?.drop(), queue?.remove()]);
});

describe('claim provenance', () => {
  it('names the first sighting and lists every mention, a story’s copies counted once', async () => {
    const p = await claimProvenance(store.db, ids.quote);
    expect(p).toMatchObject({
      id: ids.quote,
      kind: 'quote',
      origin: 'coverage',
      firstSeen: {
        articleId: ids.wire,
        storyId: ids.wireStory,
        site: 'Wire Daily',
        url: 'https://wire.example/verdict',
      },
      mentions: 2,
      articles: 3,
    });
    expect(
      p!.sightings.map((s) => ({
        article: s.articleId,
        relation: s.relation,
        counted: s.counted,
        site: s.site,
      })),
    ).toEqual([
      { article: ids.wire, relation: 'new', counted: true, site: 'Wire Daily' },
      { article: ids.copy, relation: 'restated', counted: false, site: 'The Aggregator' },
      // no site name on the page: the host of its URL
      { article: ids.blog, relation: 'restated', counted: true, site: 'blog.example' },
    ]);
    const times = p!.sightings.map((s) => s.at.getTime());
    expect(p!.firstSeen!.at.getTime()).toBe(Math.min(...times));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('counts a claim only the syndicated copies repeat as one mention', async () => {
    const p = await claimProvenance(store.db, ids.decoys);
    expect(p).toMatchObject({ mentions: 1, articles: 2, firstSeen: { articleId: ids.wire } });
    expect(await claimProvenance(store.db, 999_999)).toBeUndefined();
  });

  it('lists the case’s claims most mentioned first, known facts no article stated without a first sighting', async () => {
    const all = await caseClaims(store.db, caseId, 1000);
    const stored = await store.db
      .selectFrom('claims')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(all.total).toBe(Number(stored.n));
    expect(all.claims).toHaveLength(all.total);
    expect(all.claims[0]).toMatchObject({ id: ids.quote, mentions: 2, articles: 3 });
    const mentions = all.claims.map((c) => c.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    const court = all.claims.find((c) =>
      c.text.startsWith('The case is in the First Judicial District Court'),
    );
    expect(court).toMatchObject({ origin: 'known_fact', firstSeen: null, mentions: 0, articles: 0 });
    const limited = await caseClaims(store.db, caseId, 2);
    expect(limited.total).toBe(all.total);
    expect(limited.claims.map((c) => c.id)).toEqual(all.claims.slice(0, 2).map((c) => c.id));
  });

  it('lists a story’s claims once each, with the relation of its first article', async () => {
    const found = await storyClaims(store.db, ids.wireStory);
    expect(found?.story).toMatchObject({ id: ids.wireStory, caseId });
    const claimIds = found!.claims.map((c) => c.id);
    // the copy states both claims again: each is listed once, from the article that stated it first
    expect(claimIds).toEqual([ids.quote, ids.decoys]);
    for (const c of found!.claims) expect(c.mention.articleId).toBe(ids.wire);
    expect(found!.claims.find((c) => c.id === ids.quote)).toMatchObject({ relation: 'new', related: null });
    expect(await storyClaims(store.db, 999_999)).toBeUndefined();
  });

  it('gives an article’s claims with each relation, the claim it contradicts or updates, and its source', async () => {
    const copy = await articleClaims(store.db, ids.copy);
    expect(copy?.article).toMatchObject({ id: ids.copy, storyId: ids.wireStory, site: 'The Aggregator' });
    expect(copy!.claims.map((c) => [c.id, c.relation])).toEqual([
      [ids.quote, 'restated'],
      [ids.decoys, 'restated'],
    ]);
    const blog = await articleClaims(store.db, ids.blog);
    const byRelation = (relation: string) => blog!.claims.filter((c) => c.relation === relation);
    expect(byRelation('restated').map((c) => c.id)).toEqual([ids.quote]);
    const figure = blog!.claims.find((c) => c.text.includes('14 and under'));
    expect(figure).toMatchObject({
      relation: 'conflicting',
      related: {
        id: ids.decoys,
        text: decoys,
        origin: 'coverage',
        site: 'Wire Daily',
        url: 'https://wire.example/verdict',
      },
      mention: { articleId: ids.blog, site: 'blog.example', url: 'https://blog.example/decoys' },
      firstSeen: { articleId: ids.blog },
    });
    expect(figure!.detail).toContain('14');
    expect(blog!.claims.find((c) => c.text.includes('granted'))).toMatchObject({
      relation: 'conflicting',
      detail: 'motion to dismiss: granted ≠ denied',
      related: { origin: 'known_fact', site: null, text: expect.stringContaining('denied') },
    });
    expect(blog!.claims.find((c) => c.text.includes('appealed'))).toMatchObject({
      relation: 'updated',
      related: {
        origin: 'known_fact',
        text: expect.stringContaining('The final judgment on August 6, 2026'),
      },
    });
    expect(await articleClaims(store.db, 999_999)).toBeUndefined();
  });

  it('lists every conflicting and updated mention, newest first, beside the claim it is about', async () => {
    const { total, claims } = await claimConflicts(store.db, caseId, 50);
    const rows = await store.db
      .selectFrom('claim_mentions')
      .select('id')
      .where('relation', 'in', ['conflicting', 'updated'])
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(total).toBe(rows.length);
    expect(claims.every((c) => c.relation === 'conflicting' || c.relation === 'updated')).toBe(true);
    expect(claims.every((c) => c.related !== null && c.mention.articleId === ids.blog)).toBe(true);
    expect(claims.map((c) => c.related?.origin).sort()).toEqual(
      expect.arrayContaining(['coverage', 'known_fact']),
    );
    expect((await claimConflicts(store.db, caseId, 1)).claims).toHaveLength(1);
  });
});

async function casewatch(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    LOG_LEVEL: 'warn',
    DATABASE_URL: store.url,
    REDIS_URL: redisUrl,
    CASEWATCH_QUEUE_PREFIX: queue.prefix,
  };
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env, timeout: 60_000 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

async function json<T>(...args: string[]): Promise<T> {
  const { stdout, stderr, code } = await casewatch('claims', ...args, '--json');
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(stdout) as T;
}

async function human(...args: string[]): Promise<string> {
  const { stdout, stderr, code } = await casewatch('claims', ...args);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
}

describe('casewatch claims', () => {
  it('lists the case’s claims, most mentioned first, with where each was first seen', async () => {
    const listed = await json<{ case: string; total: number; claims: ClaimSummary[] }>('--limit', '3');
    expect(listed.case).toBe(definition.slug);
    expect(listed.claims).toHaveLength(3);
    expect(listed.total).toBeGreaterThan(3);
    expect(listed.claims[0]).toMatchObject({
      id: ids.quote,
      kind: 'quote',
      origin: 'coverage',
      mentions: 2,
      articles: 3,
      firstSeen: { articleId: ids.wire, site: 'Wire Daily', url: 'https://wire.example/verdict' },
    });
    const text = await human('--limit', '3');
    expect(text).toMatch(
      /^\d+ claims in State of New Mexico v\. Meta Platforms, Inc\., most mentioned first/,
    );
    expect(text).toContain(`\n#${ids.quote} quote: ${quote}\n    2 mentions (3 articles); first seen `);
    expect(text).toContain(', Wire Daily, https://wire.example/verdict\n');
  }, 60_000);

  it('--story lists the claims the story’s articles make', async () => {
    const found = await json<{ story: { id: number }; claims: ClaimMentionEntry[] }>(
      '--story',
      String(ids.wireStory),
    );
    expect(found.story.id).toBe(ids.wireStory);
    expect(found.claims.map((c) => c.id)).toEqual(expect.arrayContaining([ids.quote, ids.decoys]));
    expect(found.claims.find((c) => c.id === ids.decoys)).toMatchObject({ mentions: 1, articles: 2 });
    const text = await human('--story', String(ids.wireStory));
    expect(text).toMatch(new RegExp(`^Story ${ids.wireStory}: Verdict\\n\\d+ claims made by its articles`));
    expect(text).toContain(`new          #${ids.decoys} quantity: ${decoys}\n`);
    expect(text).toContain(`in article ${ids.wire}, Wire Daily, https://wire.example/verdict`);
  }, 60_000);

  it('--article gives each claim’s relation, and what it contradicts or updates', async () => {
    const found = await json<{ article: { id: number }; claims: ClaimMentionEntry[] }>(
      '--article',
      String(ids.blog),
    );
    expect(found.article.id).toBe(ids.blog);
    expect(found.claims.find((c) => c.text.includes('14 and under'))).toMatchObject({
      relation: 'conflicting',
      related: { id: ids.decoys, site: 'Wire Daily', url: 'https://wire.example/verdict' },
    });
    const text = await human('--article', String(ids.blog));
    expect(text).toMatch(
      new RegExp(`^Article ${ids.blog} \\(version 1, story ${ids.blogStory}\\): Verdict\\nblog\\.example`),
    );
    expect(text).toContain(`restated     #${ids.quote} quote: ${quote}\n`);
    expect(text).toMatch(
      new RegExp(
        `conflicting  #\\d+ \\w+: Investigators posed as children 14 and under.*\\n {13}contradicts #${ids.decoys} \\w+: ${decoys}\\n {15}\\(Wire Daily, https://wire\\.example/verdict\\)\\n {13}difference: .*14`,
      ),
    );
    expect(text).toMatch(
      /updated {6}#\d+ \w+: Meta has appealed.*\n {13}updates #\d+ \w+: The final judgment/,
    );
    expect(text).toMatch(/contradicts #\d+ \w+: Judge Bryan Biedscheid denied.*\n {15}\(known fact\)\n/);
  }, 60_000);

  it('--conflicts puts each conflicting or updated mention beside the claim it is about, with both sources', async () => {
    const found = await json<{ total: number; claims: ClaimMentionEntry[] }>('--conflicts');
    const figure = found.claims.find((c) => c.text.includes('14 and under'));
    expect(figure).toMatchObject({
      relation: 'conflicting',
      mention: { articleId: ids.blog, url: 'https://blog.example/decoys' },
      related: { id: ids.decoys, url: 'https://wire.example/verdict' },
    });
    expect(found.claims.some((c) => c.relation === 'updated' && c.related?.origin === 'known_fact')).toBe(
      true,
    );
    const text = await human('--conflicts');
    expect(text).toMatch(
      /^\d+ conflicting or updated claims in State of New Mexico v\. Meta Platforms, Inc\./,
    );
    expect(text).toMatch(
      new RegExp(
        `conflicting: .*14.*\\n  #${figure!.id} \\w+: .*14 and under.*\\n    \\(blog\\.example, https://blog\\.example/decoys, .* UTC\\)\\n  #${ids.decoys} \\w+: ${decoys}\\n    \\(Wire Daily, https://wire\\.example/verdict\\)\\n`,
      ),
    );
    expect(text).toMatch(/\nupdated\n|\nupdated: /);
    expect(text).toContain('(known fact)');
  }, 60_000);

  it('claims show lists every mention of one claim, a story’s copies marked', async () => {
    const shown = await json<ClaimProvenance>('show', String(ids.quote));
    expect(shown.sightings.map((s) => [s.articleId, s.counted])).toEqual([
      [ids.wire, true],
      [ids.copy, false],
      [ids.blog, true],
    ]);
    const text = await human('show', String(ids.quote));
    expect(text).toContain(`#${ids.quote} quote: ${quote}\n2 mentions (3 articles); first seen`);
    expect(text).toMatch(new RegExp(`The Aggregator +${ids.copy} v1 +${ids.wireStory} \\(again\\)`));
  }, 60_000);

  it('names bad input in one line and exits 2', async () => {
    const cases: [string[], string][] = [
      [['--story', 'abc'], '"abc"'],
      [['--article', '999999'], '999999'],
      [['--story', String(ids.wireStory), '--conflicts'], '--story and --conflicts'],
      [['--limit', 'ten'], '"ten"'],
      [['--story', String(ids.wireStory), '--case', 'no-such-case'], 'no-such-case'],
      [['show', '0'], '"0"'],
    ];
    for (const [args, named] of cases) {
      const { stdout, stderr, code } = await casewatch('claims', ...args);
      expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(named);
    }
  }, 120_000);
});
