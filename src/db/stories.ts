import { sql } from 'kysely';
import type { Transaction } from 'kysely';
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
