import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleInput, StoreOutcome } from '../../src/db/index.ts';
import { storeArticle } from '../../src/db/index.ts';
import { hotBandStories, searchableBands } from '../../src/db/near-duplicates.ts';
import { articleInput, storeTestCase } from '../helpers/articles.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase } from '../helpers/services.ts';
import type { CopyKind } from '../helpers/synthetic-news.ts';
import { copyOf, seededRandom, syntheticCorpus } from '../helpers/synthetic-news.ts';

// Unrelated pieces that open with one standard lead paragraph share the band keys whose MinHash minima both fall
// in the lead. Such a "hot" key (carried by many stories) is neither locked nor looked up: ingests of unrelated
// pieces do not wait on each other through it, and copies of one piece still find each other through their
// other keys. Here every page carries one such key in place of its first band, as a shared lead would give it.

const hotKey = 0x5eed;
const bodies = syntheticCorpus(42, 150);

let store: FreshDatabase;
let caseId: number;

beforeAll(async () => {
  store = await freshDatabase('hot_bands');
  caseId = await storeTestCase(store.db, 'hot-bands');
});
afterAll(async () => store?.drop());

/** A page whose first band key is the shared one. */
function input(url: string, text: string, title = 'Story'): ArticleInput {
  const page = articleInput(caseId, url, text, { title, relevance: 1 });
  return { ...page, lshBands: [hotKey, ...page.lshBands.slice(1)] };
}

const store1 = (page: ArticleInput): Promise<StoreOutcome> =>
  store.db.transaction().execute((trx) => storeArticle(trx, page));

describe('band keys shared by many stories', () => {
  it('are not locked: an unrelated piece carrying one is stored while another holds its locks', async () => {
    const piece = (i: number) => input(`https://a.example/${i}`, bodies.article(i));
    // While fewer stories than that carry it, the key is locked like any other.
    for (let i = 0; i < hotBandStories; i++) expect((await store1(piece(i))).outcome).toBe('stored');
    expect(await searchableBands(store.db, caseId, piece(100).lshBands)).not.toContain(hotKey);
    expect(await searchableBands(store.db, caseId, piece(100).lshBands)).toHaveLength(31);

    // Piece 100's transaction stays open; piece 101, which shares only the hot key with it, must not wait.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const hasLocks = new Promise<void>((resolve) => (locked = resolve));
    const first = store.db.transaction().execute(async (trx) => {
      const outcome = await storeArticle(trx, piece(100));
      locked();
      await held;
      return outcome;
    });
    await hasLocks;
    try {
      const second = await store.db.transaction().execute(async (trx) => {
        await sql`set local lock_timeout = '2s'`.execute(trx);
        return storeArticle(trx, piece(101));
      });
      expect(second.outcome).toBe('stored');
    } finally {
      release();
    }
    expect((await first).outcome).toBe('stored');
  });

  it('do not split stories: eight workers ingesting copies of pieces that all carry one', async () => {
    const originals = 60;
    const kinds: CopyKind[] = ['exact', 'furniture', 'trimmed', 'edited'];
    const random = seededRandom(5);
    const pages: { url: string; text: string; original: number }[] = [];
    for (let o = 1000; o < 1000 + originals; o++) {
      const text = bodies.article(o);
      pages.push({ url: `https://wire.example/${o}`, text, original: o });
      for (const kind of kinds)
        pages.push({ url: `https://${kind}.example/${o}`, text: copyOf(text, kind, random), original: o });
    }
    const shuffled = (seed: number) => {
      const out = [...pages];
      const r = seededRandom(seed);
      for (let k = out.length - 1; k > 0; k--) {
        const j = Math.floor(r() * (k + 1));
        [out[k], out[j]] = [out[j]!, out[k]!];
      }
      return out;
    };
    const ingest = async (page: (typeof pages)[number]): Promise<StoreOutcome> => {
      for (;;) {
        try {
          return await store1(input(page.url, page.text, `Story ${page.original}`));
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (code !== '40P01' && code !== '40001') throw error;
        }
      }
    };
    await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        for (const page of shuffled(200 + w)) await ingest(page);
      }),
    );

    const rows = await store.db
      .selectFrom('article_urls')
      .innerJoin('articles', 'articles.id', 'article_urls.article_id')
      .select(['article_urls.url', 'articles.story_id'])
      .where('article_urls.url', 'not like', 'https://a.example/%')
      .execute();
    expect(rows).toHaveLength(pages.length);
    const storyOf = new Map(rows.map((r) => [r.url, Number(r.story_id)]));
    const storiesOfOriginal = new Map<number, Set<number>>();
    for (const page of pages)
      storiesOfOriginal.set(
        page.original,
        (storiesOfOriginal.get(page.original) ?? new Set()).add(storyOf.get(page.url)!),
      );
    expect([...storiesOfOriginal].filter(([, s]) => s.size !== 1).map(([o]) => o)).toEqual([]);
    expect(new Set([...storiesOfOriginal.values()].map((s) => [...s][0])).size).toBe(originals);
    // An exact copy is a URL of its original's article; every other page is an article of its own.
    expect(await store.db.selectFrom('articles').select('id').execute()).toHaveLength(
      hotBandStories + 2 + originals * 3,
    );
  });
});
