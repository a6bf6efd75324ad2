import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { NearDuplicateCandidate } from './near-duplicates.ts';
import { candidatesByBands, lockBands } from './near-duplicates.ts';
import { createStory, joinStory } from './stories.ts';
import type { Database } from './types.ts';

type Tx = Transaction<Database>;

export interface ArticleInput {
  caseId: number;
  runId: number | null;
  /** The canonical URL the article is stored under. */
  canonicalUrl: string;
  /** Every other URL this copy was reached by (as discovered, after redirects), canonicalised. */
  otherUrls: string[];
  siteOf: (url: string) => string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  language: string | null;
  description: string | null;
  text: string;
  textHash: string;
  /** LSH band keys of the text, scoped to the case (see dedup's fingerprint). */
  lshBands: number[];
  /** Which candidate, if any, the text is a near duplicate of: the decision is dedup's, not the store's. */
  nearDuplicateOf: (candidates: NearDuplicateCandidate[]) => NearDuplicateCandidate | undefined;
  relevance: number;
  relevanceReasons: string[];
}

export type StoreOutcome =
  /** A new article (and story). */
  | { outcome: 'stored'; articleId: number; storyId: number; version: 1 }
  /** A new article whose text is a near duplicate of a stored one: it joins that article's story. */
  | { outcome: 'near_duplicate'; articleId: number; storyId: number; version: 1; nearDuplicateOf: number }
  /** A known article whose text changed: a new version. */
  | { outcome: 'version'; articleId: number; storyId: number; version: number; previousText: string }
  /** The same text as a stored article, reached through a URL not seen before (a syndicated copy, a variant). */
  | { outcome: 'duplicate'; articleId: number; storyId: number; version: number }
  /** Nothing new: a known URL with known text. */
  | { outcome: 'unchanged'; articleId: number; storyId: number; version: number };

async function nextId(trx: Tx, sequence: 'articles_id_seq' | 'stories_id_seq'): Promise<number> {
  const { rows } = await sql<{ id: number }>`select nextval(${sequence}) as id`.execute(trx);
  return Number(rows[0]!.id);
}

/** Adds URLs to an article's list; returns how many were new to it. */
async function addUrls(
  trx: Tx,
  input: ArticleInput,
  articleId: number,
  canonicalOfArticle: string,
): Promise<number> {
  const urls = [...new Set([input.canonicalUrl, ...input.otherUrls])];
  const articleSite = input.siteOf(canonicalOfArticle);
  const rows = await trx
    .insertInto('article_urls')
    .values(
      urls.map((url) => {
        const site = input.siteOf(url);
        return {
          case_id: input.caseId,
          article_id: articleId,
          url,
          site,
          // Every URL given here was reached through this page, so the page's site name is theirs.
          site_name: site === input.siteOf(input.canonicalUrl) ? input.siteName : null,
          relation:
            url === canonicalOfArticle
              ? ('canonical' as const)
              : site === articleSite
                ? ('variant' as const)
                : ('copy' as const),
        };
      }),
    )
    .onConflict((oc) => oc.columns(['case_id', 'url']).doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

/**
 * Stores one fetched article inside the caller's transaction. Unique keys decide under concurrency: the text
 * hash (article_texts) finds exact copies, the canonical URL (articles) finds known articles; both are claimed
 * with INSERT … ON CONFLICT, never looked up first. Near duplicates are found through the LSH band index while
 * holding advisory locks on the text's band keys (those not shared by many stories), so concurrent copies of one
 * story see each other.
 */
export async function storeArticle(trx: Tx, input: ArticleInput): Promise<StoreOutcome> {
  const keys = await lockBands(trx, input.caseId, input.lshBands);
  const provisionalId = await nextId(trx, 'articles_id_seq');
  const claimedText = await trx
    .insertInto('article_texts')
    .values({ case_id: input.caseId, text_hash: input.textHash, article_id: provisionalId })
    .onConflict((oc) => oc.columns(['case_id', 'text_hash']).doNothing())
    .returning('article_id')
    .executeTakeFirst();

  if (!claimedText) {
    // This exact text is already stored (now or in an earlier version): this page is a copy of that article.
    const owner = await trx
      .selectFrom('article_texts')
      .innerJoin('articles', 'articles.id', 'article_texts.article_id')
      .select(['articles.id', 'articles.story_id', 'articles.version', 'articles.canonical_url'])
      .where('article_texts.case_id', '=', input.caseId)
      .where('article_texts.text_hash', '=', input.textHash)
      .executeTakeFirstOrThrow();
    const added = await addUrls(trx, input, owner.id, owner.canonical_url);
    await trx
      .updateTable('articles')
      .set({ last_fetched_at: new Date() })
      .where('id', '=', owner.id)
      .execute();
    return {
      outcome: added > 0 ? 'duplicate' : 'unchanged',
      articleId: owner.id,
      storyId: owner.story_id,
      version: owner.version,
    };
  }

  const match = input.nearDuplicateOf(await candidatesByBands(trx, input.caseId, keys));
  const storyId = match ? match.storyId : await nextId(trx, 'stories_id_seq');
  const inserted = await trx
    .insertInto('articles')
    .values({
      id: provisionalId,
      case_id: input.caseId,
      canonical_url: input.canonicalUrl,
      title: input.title,
      byline: input.byline,
      site_name: input.siteName,
      published_at: input.publishedAt,
      modified_at: input.modifiedAt,
      language: input.language,
      description: input.description,
      text: input.text,
      text_hash: input.textHash,
      story_id: storyId,
      lsh_bands: input.lshBands,
      relevance: input.relevance,
      relevance_reasons: JSON.stringify(input.relevanceReasons),
      first_run_id: input.runId,
    })
    .onConflict((oc) => oc.columns(['case_id', 'canonical_url']).doNothing())
    .returning('id')
    .executeTakeFirst();

  if (inserted) {
    const member = { storyId, articleId: provisionalId, publishedAt: input.publishedAt };
    if (match) await joinStory(trx, member);
    else await createStory(trx, { ...member, caseId: input.caseId, title: input.title });
    await trx
      .insertInto('article_versions')
      .values({
        article_id: provisionalId,
        version: 1,
        title: input.title,
        text: input.text,
        text_hash: input.textHash,
      })
      .execute();
    await addUrls(trx, input, provisionalId, input.canonicalUrl);
    return match
      ? {
          outcome: 'near_duplicate',
          articleId: provisionalId,
          storyId,
          version: 1,
          nearDuplicateOf: match.id,
        }
      : { outcome: 'stored', articleId: provisionalId, storyId, version: 1 };
  }

  // The URL is known and its text has changed: a new version. The row lock orders concurrent edits.
  const current = await trx
    .selectFrom('articles')
    .select(['id', 'story_id', 'version', 'text'])
    .where('case_id', '=', input.caseId)
    .where('canonical_url', '=', input.canonicalUrl)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const version = current.version + 1;
  await trx
    .updateTable('article_texts')
    .set({ article_id: current.id })
    .where('case_id', '=', input.caseId)
    .where('text_hash', '=', input.textHash)
    .execute();
  await trx
    .insertInto('article_versions')
    .values({
      article_id: current.id,
      version,
      title: input.title,
      text: input.text,
      text_hash: input.textHash,
    })
    .execute();
  await trx
    .updateTable('articles')
    .set({
      title: input.title,
      text: input.text,
      text_hash: input.textHash,
      lsh_bands: input.lshBands,
      version,
      modified_at: input.modifiedAt,
      last_fetched_at: new Date(),
    })
    .where('id', '=', current.id)
    .execute();
  await addUrls(trx, input, current.id, input.canonicalUrl);
  return {
    outcome: 'version',
    articleId: current.id,
    storyId: current.story_id,
    version,
    previousText: current.text,
  };
}

/** Records what changed in an article's version, once the caller has computed it. */
export async function recordVersionDiff(
  trx: Tx,
  articleId: number,
  version: number,
  diff: unknown,
): Promise<void> {
  await trx
    .updateTable('article_versions')
    .set({ diff: JSON.stringify(diff) })
    .where('article_id', '=', articleId)
    .where('version', '=', version)
    .execute();
}
