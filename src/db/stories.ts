import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './types.ts';

/** An article entering a story. */
export interface StoryMember {
  storyId: number;
  articleId: number;
  publishedAt: string | null;
}

/** Starts a story with its first article, which is also its first publisher until an earlier one joins. */
export async function createStory(
  trx: Transaction<Database>,
  member: StoryMember & { caseId: number; title: string },
): Promise<void> {
  await trx
    .insertInto('stories')
    .values({
      id: member.storyId,
      case_id: member.caseId,
      title: member.title,
      first_article_id: member.articleId,
      first_seen_at: new Date(),
      first_published_at: member.publishedAt,
    })
    .execute();
}

/**
 * Adds an article to a story. The story's first publisher is the member with the earliest publication date: a
 * copy found later can still turn out to be the original (an aggregator is often crawled before the wire). A
 * member without a date never displaces one with a date. The row lock of the update orders concurrent joins.
 */
export async function joinStory(trx: Transaction<Database>, member: StoryMember): Promise<void> {
  const published = member.publishedAt;
  await trx
    .updateTable('stories')
    .set({
      first_article_id: sql`case when ${published}::timestamptz < coalesce(first_published_at, 'infinity') then ${member.articleId}::bigint else first_article_id end`,
      first_published_at: sql`least(first_published_at, ${published}::timestamptz)`,
    })
    .where('id', '=', member.storyId)
    .execute();
}

/** A story as people read it: who had it first, and every outlet and URL that carried it. */
export interface StoryView {
  id: number;
  title: string;
  firstSeenAt: Date;
  firstPublishedAt: Date | null;
  firstPublisher: { articleId: number; url: string; siteName: string | null } | null;
  articles: {
    id: number;
    url: string;
    title: string;
    siteName: string | null;
    publishedAt: Date | null;
    firstSeenAt: Date;
    version: number;
    /** Every URL that carried it; `siteName` is the outlet's own name, from the page at that URL. */
    urls: { url: string; site: string; siteName: string | null; relation: string }[];
  }[];
}

/** The stories of a case, newest first, with how many articles and outlets carried each. */
export function listStories(db: Kysely<Database>, caseId: number, limit = 50) {
  return db
    .selectFrom('stories')
    .innerJoin('articles', 'articles.story_id', 'stories.id')
    .innerJoin('article_urls', 'article_urls.article_id', 'articles.id')
    .select((eb) => [
      'stories.id',
      'stories.title',
      'stories.first_seen_at',
      'stories.first_published_at',
      eb.fn.count<number>('articles.id').distinct().as('articles'),
      eb.fn.count<number>('article_urls.site').distinct().as('outlets'),
    ])
    .where('stories.case_id', '=', caseId)
    .groupBy('stories.id')
    .orderBy('stories.first_seen_at', 'desc')
    .orderBy('stories.id', 'desc')
    .limit(limit)
    .execute();
}

/** One story with its articles and their URLs, or undefined when there is no such story. */
export async function storyById(db: Kysely<Database>, id: number): Promise<StoryView | undefined> {
  const story = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
  if (!story) return undefined;
  const articles = await db
    .selectFrom('articles')
    .select(['id', 'canonical_url', 'title', 'site_name', 'published_at', 'first_seen_at', 'version'])
    .where('story_id', '=', id)
    .orderBy('published_at')
    .orderBy('id')
    .execute();
  const urls =
    articles.length === 0
      ? []
      : await db
          .selectFrom('article_urls')
          .select(['article_id', 'url', 'site', 'site_name', 'relation'])
          .where(
            'article_id',
            'in',
            articles.map((a) => a.id),
          )
          .orderBy('id')
          .execute();
  const first = articles.find((a) => a.id === story.first_article_id);
  return {
    id: story.id,
    title: story.title,
    firstSeenAt: story.first_seen_at,
    firstPublishedAt: story.first_published_at,
    firstPublisher: first
      ? { articleId: first.id, url: first.canonical_url, siteName: first.site_name }
      : null,
    articles: articles.map((a) => ({
      id: a.id,
      url: a.canonical_url,
      title: a.title,
      siteName: a.site_name,
      publishedAt: a.published_at,
      firstSeenAt: a.first_seen_at,
      version: a.version,
      urls: urls
        .filter((u) => u.article_id === a.id)
        .map((u) => ({ url: u.url, site: u.site, siteName: u.site_name, relation: u.relation })),
    })),
  };
}
