import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDown, migrateToLatest, storeArticle, storyById } from '../../src/db/index.ts';
import { articleInput, storeTestCase } from '../helpers/articles.ts';
import { freshDatabase } from '../helpers/services.ts';
import type { FreshDatabase } from '../helpers/services.ts';

// A URL belongs to one article. A partner's exact copy of a wire story is filed as a URL of the wire's article;
// when the partner later edits its copy, the re-crawl stored the edit as a second article under that same URL,
// listed under no URL at all (the copy's URL still pointed at the wire's article): one page, two articles, and
// when the edit was no near duplicate, a story nobody could reach by URL.

let store: FreshDatabase;
let caseId: number;

beforeAll(async () => {
  store = await freshDatabase('copy_url');
  caseId = await storeTestCase(store.db, 'copy-url');
});
afterAll(async () => store?.drop());

const wire = [1, 2, 3, 4, 5, 6]
  .map(
    (n) => `Paragraph ${n} of the wire story tells what the jury in Santa Fe heard on day ${n} of the trial.`,
  )
  .join('\n\n');
const edited = `${wire}\n\nEditor’s note: this copy was updated with the judge’s remarks after the verdict.`;
const unrelated = 'A column on water rights in the Rio Grande valley, and what the drought means for farms.';

const store1 = (url: string, text: string) =>
  store.db.transaction().execute((trx) => storeArticle(trx, articleInput(caseId, url, text)));

/** Articles whose own canonical URL lists another article, or none: each is a page stored twice. */
async function unlisted(): Promise<string[]> {
  const { rows } = await sql<{ canonical_url: string }>`
    select a.canonical_url from articles as a
    left join article_urls as u on u.case_id = a.case_id and u.url = a.canonical_url and u.article_id = a.id
    where a.case_id = ${caseId} and u.id is null`.execute(store.db);
  return rows.map((r) => r.canonical_url);
}

const urlsOf = (articleId: number) =>
  store.db
    .selectFrom('article_urls')
    .select(['url', 'relation'])
    .where('article_id', '=', articleId)
    .orderBy('id')
    .execute();

describe('a copy whose text changes', () => {
  it('becomes the article at its URL, in its original’s story, and the URL is listed once', async () => {
    const original = await store1('https://wire.example/verdict', wire);
    const copy = await store1('https://partner.example/verdict', wire);
    expect(copy).toMatchObject({ outcome: 'duplicate', articleId: original.articleId });

    const edit = await store1('https://partner.example/verdict', edited);
    expect(edit).toMatchObject({ outcome: 'near_duplicate', storyId: original.storyId });
    expect(await unlisted()).toEqual([]);
    expect(await urlsOf(original.articleId)).toEqual([
      { url: 'https://wire.example/verdict', relation: 'canonical' },
    ]);
    expect(await urlsOf(edit.articleId)).toEqual([
      { url: 'https://partner.example/verdict', relation: 'canonical' },
    ]);
    const story = await storyById(store.db, original.storyId);
    expect(story?.articles.flatMap((a) => a.urls.map((u) => u.url)).sort()).toEqual([
      'https://partner.example/verdict',
      'https://wire.example/verdict',
    ]);

    // Crawled again unchanged: nothing new.
    expect(await store1('https://partner.example/verdict', edited)).toMatchObject({
      outcome: 'unchanged',
      articleId: edit.articleId,
    });
  });

  it('replaced by another piece altogether, starts a story of its own that its URL leads to', async () => {
    await store1('https://wire.example/other', `${wire}\n\nA second wire piece.`);
    await store1('https://aggregator.example/other', `${wire}\n\nA second wire piece.`);
    const replaced = await store1('https://aggregator.example/other', unrelated);
    expect(replaced.outcome).toBe('stored');
    expect(await unlisted()).toEqual([]);
    expect(await urlsOf(replaced.articleId)).toEqual([
      { url: 'https://aggregator.example/other', relation: 'canonical' },
    ]);
  });

  it('cannot be stored as an article its canonical URL does not list: the database refuses it', async () => {
    const third = `${wire}\n\nA third wire piece.`;
    await store1('https://wire.example/third', third);
    expect(await store1('https://mirror.example/third', third)).toMatchObject({ outcome: 'duplicate' });
    const insertArticle = (id: number, url: string) =>
      store.db.transaction().execute(async (trx) => {
        await sql`insert into stories (id, case_id, title) values (${id}, ${caseId}, 'orphan')`.execute(trx);
        await sql`insert into articles (id, case_id, canonical_url, title, text, text_hash, story_id, relevance)
          values (${id}, ${caseId}, ${url}, 't', 'x', ${`h${id}`}, ${id}, 1)`.execute(trx);
      });
    // Its URL lists another article (the copy's), or no article at all.
    await expect(insertArticle(9001, 'https://mirror.example/third')).rejects.toThrow(
      /articles_canonical_url_listed_fk/,
    );
    await expect(insertArticle(9002, 'https://nowhere.example/x')).rejects.toThrow(
      /articles_canonical_url_listed_fk/,
    );
  });
});

describe('the migration that adds the key', () => {
  it('repairs articles stored twice under one URL before, removing nothing', async () => {
    const old = await freshDatabase('copy_url_migration');
    try {
      // Back to the schema before the key (and any migration after it).
      for (;;) {
        const down = await migrateDown(old.db);
        expect(down.error).toBeUndefined();
        const undone = down.results?.[0]?.migrationName;
        if (!undone || undone === '2026_11_28_120000_article_canonical_url') break;
      }
      const id = await storeTestCase(old.db, 'copy-url-migration');
      // What the store left before: the partner's URL a copy row of the wire's article, and the partner's edit
      // an article with no row; plus an article with no row at all.
      await old.db.transaction().execute(async (trx) => {
        await sql`insert into stories (id, case_id, title) values (1, ${id}, 'wire'), (2, ${id}, 'lone')`.execute(
          trx,
        );
        await sql`insert into articles (id, case_id, canonical_url, title, text, text_hash, story_id, relevance) values
          (1, ${id}, 'https://wire.example/a', 'w', 'wire text', 'h1', 1, 1),
          (2, ${id}, 'https://partner.example/a', 'p', 'edited text', 'h2', 1, 1),
          (3, ${id}, 'https://lone.example/b', 'l', 'lone text', 'h3', 2, 1)`.execute(trx);
        await sql`insert into article_urls (case_id, article_id, url, site, relation) values
          (${id}, 1, 'https://wire.example/a', 'wire.example', 'canonical'),
          (${id}, 1, 'https://partner.example/a', 'partner.example', 'copy')`.execute(trx);
      });
      expect((await migrateToLatest(old.db)).error).toBeUndefined();
      const urls = await old.db
        .selectFrom('article_urls')
        .select(['article_id', 'url', 'site', 'relation'])
        .where('case_id', '=', id)
        .orderBy('article_id')
        .execute();
      expect(urls).toEqual([
        { article_id: 1, url: 'https://wire.example/a', site: 'wire.example', relation: 'canonical' },
        { article_id: 2, url: 'https://partner.example/a', site: 'partner.example', relation: 'canonical' },
        { article_id: 3, url: 'https://lone.example/b', site: 'lone.example', relation: 'canonical' },
      ]);
      const articles = await old.db.selectFrom('articles').select('id').where('case_id', '=', id).execute();
      expect(articles.map((a) => a.id).sort()).toEqual([1, 2, 3]);
    } finally {
      await old.drop();
    }
  });
});
