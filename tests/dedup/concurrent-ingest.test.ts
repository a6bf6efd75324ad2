import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreOutcome } from '../../src/db/index.ts';
import { storeArticle } from '../../src/db/index.ts';
import { articleInput, storeTestCase } from '../helpers/articles.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase } from '../helpers/services.ts';
import type { CopyKind } from '../helpers/synthetic-news.ts';
import { copyOf, seededRandom, syntheticCorpus } from '../helpers/synthetic-news.ts';

// Eight workers ingest the same 500 pages at once, each in its own order: 100 wire originals and, for each, an
// exact copy, a copy with other furniture, a trimmed copy and a lightly edited one on four partner sites. Only
// the database's unique keys and the band locks stand between them and duplicate articles or split stories.

const originals = 100;
const copyKinds: CopyKind[] = ['exact', 'furniture', 'trimmed', 'edited'];
const workers = 8;

interface Page {
  url: string;
  text: string;
  /** Which original it carries. */
  original: number;
  kind: CopyKind | 'original';
}

function pages(): Page[] {
  const corpus = syntheticCorpus(42, 300);
  const random = seededRandom(7);
  const out: Page[] = [];
  for (let i = 0; i < originals; i++) {
    const text = corpus.article(i);
    out.push({ url: `https://wire.example/story/${i}`, text, original: i, kind: 'original' });
    for (const kind of copyKinds) {
      out.push({
        url: `https://${kind}.partner.example/news/${i}`,
        text: copyOf(text, kind, random),
        original: i,
        kind,
      });
    }
  }
  return out;
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

let store: FreshDatabase;
let caseId: number;

beforeAll(async () => {
  store = await freshDatabase('concurrent_ingest');
  caseId = await storeTestCase(store.db, 'concurrency');
});
afterAll(async () => store?.drop());

const input = (page: Page) =>
  articleInput(caseId, page.url, page.text, { title: `Story ${page.original}`, relevance: 1 });

/** One ingest as a queue would run it: a transaction, retried when Postgres breaks a deadlock. */
async function ingest(page: Page, retries: { count: number }): Promise<StoreOutcome> {
  for (;;) {
    try {
      return await store.db.transaction().execute((trx) => storeArticle(trx, input(page)));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== '40P01' && code !== '40001') throw error;
      retries.count += 1;
    }
  }
}

describe('eight workers ingesting the same 500 pages at once', () => {
  it('store each article once and give every copy its original’s story', async () => {
    const all = pages();
    expect(all).toHaveLength(500);
    const retries = { count: 0 };
    const outcomes = await Promise.all(
      Array.from({ length: workers }, async (_, w) => {
        const results: StoreOutcome['outcome'][] = [];
        for (const page of shuffled(all, seededRandom(100 + w)))
          results.push((await ingest(page, retries)).outcome);
        return results;
      }),
    );

    // Exact copies become URLs of their original's article; every other page is an article of its own.
    const articles = await store.db
      .selectFrom('articles')
      .select(['id', 'canonical_url', 'story_id'])
      .execute();
    expect(articles).toHaveLength(originals * 4);
    expect(new Set(articles.map((a) => a.canonical_url)).size).toBe(articles.length);

    const urls = await store.db
      .selectFrom('article_urls')
      .innerJoin('articles', 'articles.id', 'article_urls.article_id')
      .select(['article_urls.url', 'articles.story_id'])
      .execute();
    expect(urls).toHaveLength(all.length);
    const storyOfUrl = new Map(urls.map((u) => [u.url, Number(u.story_id)]));

    // Every page of one original is in one story, and no two originals share one.
    const storiesOfOriginal = new Map<number, Set<number>>();
    for (const page of all) {
      const set = storiesOfOriginal.get(page.original) ?? new Set<number>();
      set.add(storyOfUrl.get(page.url)!);
      storiesOfOriginal.set(page.original, set);
    }
    const split = [...storiesOfOriginal].filter(([, set]) => set.size !== 1).map(([i]) => i);
    expect(split).toEqual([]);
    const storyIds = [...storiesOfOriginal.values()].map((set) => [...set][0]);
    expect(new Set(storyIds).size).toBe(originals);
    const stories = await store.db.selectFrom('stories').select('id').execute();
    expect(stories).toHaveLength(originals);

    // Each page was new to exactly one worker; the other seven found it already stored.
    const tally = (outcome: string) => outcomes.flat().filter((o) => o === outcome).length;
    expect(tally('stored')).toBe(originals);
    expect(tally('near_duplicate')).toBe(originals * 3);
    expect(tally('duplicate')).toBe(originals);
    expect(tally('unchanged')).toBe(all.length * (workers - 1));
    expect(tally('version')).toBe(0);
    console.info(`concurrent ingest: ${all.length * workers} ingests, ${retries.count} deadlock retries`);
  });
});
