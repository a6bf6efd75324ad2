import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/db/index.ts';
import { storeArticle, storeClaims, storyById } from '../../src/db/index.ts';
import { claimsToStore } from '../../src/pipeline/article-claims.ts';
import { articleInput, storeTestCase } from '../helpers/articles.ts';
import { freshDatabase } from '../helpers/services.ts';
import type { FreshDatabase } from '../helpers/services.ts';

let store: FreshDatabase;
let caseId: number;

beforeAll(async () => {
  store = await freshDatabase('store_article');
  caseId = await storeTestCase(store.db, 'test-case');
});
afterAll(async () => store.drop());

const text = (n: number) =>
  `“We will appeal this verdict,” a spokesperson said on Tuesday number ${n}.\n\nThe jury found 75,000 violations at $5,000 each, or $375 million.`;

const input = (url: string, body: string, extra: Partial<ArticleInput> = {}) =>
  articleInput(caseId, url, body, extra);

const store1 = (i: ArticleInput) => store.db.transaction().execute((trx) => storeArticle(trx, i));

describe('storing articles', () => {
  it('stores a new article with its story, first version and URL', async () => {
    const result = await store1(input('https://wire.example/verdict', text(1)));
    expect(result.outcome).toBe('stored');
    const article = await store.db
      .selectFrom('articles')
      .selectAll()
      .where('id', '=', result.articleId)
      .executeTakeFirstOrThrow();
    expect(article.story_id).toBe(result.storyId);
    const story = await store.db
      .selectFrom('stories')
      .selectAll()
      .where('id', '=', result.storyId)
      .executeTakeFirstOrThrow();
    expect(story.first_article_id).toBe(result.articleId);
    const versions = await store.db
      .selectFrom('article_versions')
      .selectAll()
      .where('article_id', '=', result.articleId)
      .execute();
    expect(versions.map((v) => v.version)).toEqual([1]);
  });

  it('stores nothing for the same URL with the same text', async () => {
    const result = await store1(input('https://wire.example/verdict', text(1)));
    expect(result.outcome).toBe('unchanged');
    expect(await count('articles')).toBe(1);
  });

  it('records an exact copy on another site as a URL of the same article', async () => {
    const result = await store1(input('https://partner.example/news/verdict', text(1)));
    expect(result.outcome).toBe('duplicate');
    const urls = await store.db
      .selectFrom('article_urls')
      .select(['url', 'relation'])
      .where('article_id', '=', result.articleId)
      .orderBy('id')
      .execute();
    expect(urls).toEqual([
      { url: 'https://wire.example/verdict', relation: 'canonical' },
      { url: 'https://partner.example/news/verdict', relation: 'copy' },
    ]);
    expect(await count('articles')).toBe(1);
  });

  it('stores an edited text at a known URL as a new version', async () => {
    const result = await store1(input('https://wire.example/verdict', text(2)));
    expect(result.outcome).toBe('version');
    if (result.outcome !== 'version') return;
    expect(result.version).toBe(2);
    expect(result.previousText).toBe(text(1));
    const versions = await store.db
      .selectFrom('article_versions')
      .select('version')
      .where('article_id', '=', result.articleId)
      .orderBy('version')
      .execute();
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    // the old text still identifies the article: a late copy of version 1 is a copy, not a new article
    const late = await store1(input('https://late.example/verdict', text(1)));
    expect(late).toMatchObject({ outcome: 'duplicate', articleId: result.articleId });
  });

  it('puts a near duplicate in its original’s story and names the earliest publisher first', async () => {
    const wire = [1, 2, 3, 4, 5, 6]
      .map(
        (n) =>
          `Paragraph ${n} of the wire story tells what the jury in Santa Fe heard on day ${n} of the trial.`,
      )
      .join('\n\n');
    const repost = `Sign up for our daily email.\n\n${wire}\n\nRelated Articles`;
    // The aggregator's repost is crawled first; the wire's original, published earlier, arrives later.
    const first = await store1(
      input('https://aggregator.example/repost', repost, { publishedAt: '2026-03-24T18:00:00Z' }),
    );
    expect(first.outcome).toBe('stored');
    const second = await store1(
      input('https://wire.example/original', wire, { publishedAt: '2026-03-24T16:00:00Z' }),
    );
    expect(second).toMatchObject({
      outcome: 'near_duplicate',
      storyId: first.storyId,
      nearDuplicateOf: first.articleId,
    });
    const story = await store.db
      .selectFrom('stories')
      .select(['first_article_id', 'first_published_at'])
      .where('id', '=', first.storyId)
      .executeTakeFirstOrThrow();
    expect(story.first_article_id).toBe(second.articleId);
    expect(new Date(story.first_published_at!).toISOString()).toBe('2026-03-24T16:00:00.000Z');
    const view = await storyById(store.db, first.storyId);
    expect(view?.firstPublisher).toEqual({
      articleId: second.articleId,
      url: 'https://wire.example/original',
      siteName: null,
    });
    expect(view?.articles.map((a) => a.url)).toEqual([
      'https://wire.example/original',
      'https://aggregator.example/repost',
    ]);
    // a different piece on the same trial day stays in a story of its own
    const other = await store1(
      input(
        'https://other.example/analysis',
        'An analysis of what the verdict means for other states and for Meta.',
      ),
    );
    expect(other.outcome).toBe('stored');
    expect(other.storyId).not.toBe(first.storyId);
  });

  it('counts claims new the first time and restated by another article', async () => {
    const first = await store1(input('https://a.example/1', `${text(9)}\n\nAn unrelated sentence.`));
    const firstTally = await store.db
      .transaction()
      .execute((trx) =>
        storeClaims(trx, { caseId, articleId: first.articleId, version: 1, claims: claimsToStore(text(9)) }),
      );
    expect(firstTally.new).toBeGreaterThanOrEqual(2);
    const second = await store1(input('https://b.example/2', `Different intro.\n\n${text(9)}`));
    const secondTally = await store.db
      .transaction()
      .execute((trx) =>
        storeClaims(trx, { caseId, articleId: second.articleId, version: 1, claims: claimsToStore(text(9)) }),
      );
    expect(secondTally).toEqual({ new: 0, restated: firstTally.new, conflicting: 0, updated: 0 });
  });
});

async function count(table: 'articles' | 'stories'): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
