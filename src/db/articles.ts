import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { NearDuplicateCandidate } from './near-duplicates.ts';
import { lockBands, nearDuplicateCandidate, nearDuplicateQuery } from './near-duplicates.ts';
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

/** The rows of an article's URLs: the page's canonical URL and every other URL it was reached by. */
function urlRows(input: ArticleInput, articleId: number, canonicalOfArticle: string) {
  const urls = [...new Set([input.canonicalUrl, ...input.otherUrls])];
  const articleSite = input.siteOf(canonicalOfArticle);
  const pageSite = input.siteOf(input.canonicalUrl);
  return urls.map((url) => {
    const site = input.siteOf(url);
    return {
      case_id: input.caseId,
      article_id: articleId,
      url,
      site,
      // Every URL given here was reached through this page, so the page's site name is theirs.
      site_name: site === pageSite ? input.siteName : null,
      relation:
        url === canonicalOfArticle
          ? ('canonical' as const)
          : site === articleSite
            ? ('variant' as const)
            : ('copy' as const),
    };
  });
}

/** Adds URLs to an article's list; returns how many were new to it. */
async function addUrls(
  trx: Tx,
  input: ArticleInput,
  articleId: number,
  canonicalOfArticle: string,
): Promise<number> {
  const rows = await trx
    .insertInto('article_urls')
    .values(urlRows(input, articleId, canonicalOfArticle))
    .onConflict((oc) => oc.columns(['case_id', 'url']).doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

/**
 * Claims the text's hash for a new article id and, when it was free, reads the near-duplicate candidates through
 * `keys` in the same statement (its snapshot is taken after the band locks, so it sees every copy committed
 * while the transaction waited for them). No row: the text is already stored.
 */
async function claimTextAndLookUp(
  trx: Tx,
  input: ArticleInput,
  keys: readonly number[],
): Promise<{ articleId: number; candidates: NearDuplicateCandidate[] } | undefined> {
  const { rows } = await sql<{
    claimed: string | number;
    id: string | number | null;
    story_id: string | number | null;
    text: string | null;
    shared: number | null;
  }>`
    with claimed as (
      insert into article_texts (case_id, text_hash, article_id)
      values (${input.caseId}, ${input.textHash}, nextval('articles_id_seq'))
      on conflict (case_id, text_hash) do nothing
      returning article_id
    )
    select claimed.article_id as claimed, c.id, c.story_id, c.text, c.shared
    from claimed
    left join lateral (${nearDuplicateQuery(input.caseId, keys)}) as c on true
    order by c.shared desc, c.id`.execute(trx);
  if (rows.length === 0) return undefined;
  // The left join gives one row with nulls when there is no candidate.
  const candidates = rows
    .filter((r) => r.id !== null)
    .map((r) =>
      nearDuplicateCandidate({ id: r.id!, story_id: r.story_id!, text: r.text!, shared: r.shared! }),
    );
  return { articleId: Number(rows[0]!.claimed), candidates };
}

/**
 * Inserts a new article with its first version and its URLs, in one statement; its story id is the match's, or
 * a new one. Returns the story id, or undefined when the canonical URL is already stored (nothing is written).
 *
 * The canonical URL's row is the new article's even when it is already a row of another article: a copy filed
 * under its original (an exact copy's URL) whose text has since changed is now an article of its own, and its
 * URL leads to it. Left with the original, the page was stored twice: as that URL of the original, and as an
 * article no URL led to (the database now refuses that: articles_canonical_url_listed_fk). The other URLs a page
 * was reached by stay with whichever article has them.
 */
async function insertArticle(
  trx: Tx,
  input: ArticleInput,
  articleId: number,
  matchStoryId: number | null,
): Promise<number | undefined> {
  const [canonical, ...others] = urlRows(input, articleId, input.canonicalUrl);
  const { rows } = await sql<{ story_id: string | number }>`
    with inserted as (
      insert into articles (
        id, case_id, canonical_url, title, byline, site_name, published_at, modified_at, language, description,
        text, text_hash, story_id, lsh_bands, relevance, relevance_reasons, first_run_id
      )
      values (
        ${articleId}, ${input.caseId}, ${input.canonicalUrl}, ${input.title}, ${input.byline}, ${input.siteName},
        ${input.publishedAt}, ${input.modifiedAt}, ${input.language}, ${input.description}, ${input.text},
        ${input.textHash}, coalesce(${matchStoryId}::bigint, nextval('stories_id_seq')), ${input.lshBands}::int4[],
        ${input.relevance}, ${JSON.stringify(input.relevanceReasons)}, ${input.runId}
      )
      on conflict (case_id, canonical_url) do nothing
      returning id, story_id, title, text, text_hash
    ), version as (
      insert into article_versions (article_id, version, title, text, text_hash)
      select id, 1, title, text, text_hash from inserted
    ), canonical as (
      insert into article_urls (case_id, article_id, url, site, site_name, relation)
      select ${input.caseId}, inserted.id, ${canonical!.url}, ${canonical!.site}, ${canonical!.site_name}, 'canonical'
      from inserted
      on conflict (case_id, url) do update
        set article_id = excluded.article_id, relation = 'canonical', site_name = excluded.site_name
    ), urls as (
      insert into article_urls (case_id, article_id, url, site, site_name, relation)
      select ${input.caseId}, inserted.id, u.url, u.site, u.site_name, u.relation
      from inserted
      cross join unnest(
        ${others.map((u) => u.url)}::text[], ${others.map((u) => u.site)}::text[],
        ${others.map((u) => u.site_name)}::text[], ${others.map((u) => u.relation)}::text[]
      ) as u(url, site, site_name, relation)
      on conflict (case_id, url) do nothing
    )
    select story_id from inserted`.execute(trx);
  return rows[0] ? Number(rows[0].story_id) : undefined;
}

/**
 * Stores one fetched article inside the caller's transaction. Unique keys decide under concurrency: the text
 * hash (article_texts) finds exact copies, the canonical URL (articles) finds known articles; both are claimed
 * with INSERT … ON CONFLICT, never looked up first. Near duplicates are found through the LSH band index while
 * holding advisory locks on the text's band keys (those not shared by many stories), so concurrent copies of one
 * story see each other. A new article takes five round trips: the band locks (three), the text's hash with the
 * lookup, and the article with its version and URLs; then its story.
 */
export async function storeArticle(trx: Tx, input: ArticleInput): Promise<StoreOutcome> {
  const keys = await lockBands(trx, input.caseId, input.lshBands);
  const claimed = await claimTextAndLookUp(trx, input, keys);

  if (!claimed) {
    // This exact text is already stored (now or in an earlier version): this page is a copy of that article.
    const { rows } = await sql<{
      id: string | number;
      story_id: string | number;
      version: number;
      canonical_url: string;
    }>`
      update articles set last_fetched_at = ${new Date()}
      from article_texts as t
      where t.case_id = ${input.caseId} and t.text_hash = ${input.textHash} and articles.id = t.article_id
      returning articles.id, articles.story_id, articles.version, articles.canonical_url`.execute(trx);
    const owner = rows[0];
    if (!owner) throw new Error(`article_texts row of ${input.textHash} has no article`);
    const added = await addUrls(trx, input, Number(owner.id), owner.canonical_url);
    return {
      outcome: added > 0 ? 'duplicate' : 'unchanged',
      articleId: Number(owner.id),
      storyId: Number(owner.story_id),
      version: owner.version,
    };
  }

  const { articleId } = claimed;
  const match = input.nearDuplicateOf(claimed.candidates);
  const storyId = await insertArticle(trx, input, articleId, match ? match.storyId : null);

  if (storyId !== undefined) {
    const member = { storyId, articleId, publishedAt: input.publishedAt };
    if (match) await joinStory(trx, member);
    else await createStory(trx, { ...member, caseId: input.caseId, title: input.title });
    return match
      ? { outcome: 'near_duplicate', articleId, storyId, version: 1, nearDuplicateOf: match.id }
      : { outcome: 'stored', articleId, storyId, version: 1 };
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
