import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import type { Db } from './connect.ts';
import type { ClaimRelation } from './types.ts';

// Provenance of stored claims: who said a claim first, and every article that said it since. Articles that are
// copies of one piece share a story, so a claim repeated by a story's syndicated copies counts once.

/** Where a claim was seen: an article, its outlet, and when the claim was first stored for it. */
export interface ClaimSighting {
  articleId: number;
  storyId: number;
  /** The outlet's own name from the page, or the host of the article's URL. */
  site: string;
  url: string;
  at: Date;
}

/** A stored claim with its first sighting and how often it was stated. */
export interface ClaimSummary {
  id: number;
  kind: string;
  text: string;
  origin: 'coverage' | 'known_fact';
  /** The earliest mention in coverage; for a known fact, the first article that stated it, or null. */
  firstSeen: ClaimSighting | null;
  /** Stories that state it: the syndicated copies of one story count once. */
  mentions: number;
  /** Articles that state it, copies included. */
  articles: number;
}

/** The stored claim a mention contradicts or updates, and where it came from. */
export interface RelatedClaim {
  id: number;
  kind: string;
  text: string;
  origin: 'coverage' | 'known_fact';
  /** The outlet of its first sighting; null for a known fact. */
  site: string | null;
  /** The URL of its first sighting; for a known fact, the source the case file gives, if any. */
  url: string | null;
}

/** One mention of a claim, where it was seen. */
export interface ClaimMentionSighting extends ClaimSighting {
  id: number;
  version: number;
  sentence: string;
}

/** A claim as one article or story states it: its relation to what was stored before, and the source. */
export interface ClaimMentionEntry extends ClaimSummary {
  relation: ClaimRelation;
  /** How it differs from `related` (conflicting, updated). */
  detail: string | null;
  related: RelatedClaim | null;
  mention: ClaimMentionSighting;
}

/** A claim with every mention of it, earliest first. */
export interface ClaimProvenance extends ClaimSummary {
  sightings: (ClaimMentionSighting & {
    relation: ClaimRelation;
    relatedClaimId: number | null;
    detail: string | null;
    /** False for a later mention in a story that already has one (a syndicated copy, a repeat): it counts once. */
    counted: boolean;
  })[];
}

interface MentionRow {
  id: number;
  claim_id: number;
  article_id: number;
  article_version: number;
  sentence: string;
  relation: ClaimRelation;
  related_claim_id: number | null;
  detail: string | null;
  created_at: Date | string;
  story_id: number;
  canonical_url: string;
  site_name: string | null;
}

/** The columns of a MentionRow, from `claim_mentions as cm` joined with `articles as a`. */
const mentionColumns = sql`cm.id, cm.claim_id, cm.article_id, cm.article_version, cm.sentence, cm.relation,
  cm.related_claim_id, cm.detail, cm.created_at, a.story_id, a.canonical_url, a.site_name`;

const siteOf = (siteName: string | null, url: string): string => siteName ?? new URL(url).host;

function sighting(row: MentionRow): ClaimMentionSighting {
  return {
    id: Number(row.id),
    articleId: Number(row.article_id),
    storyId: Number(row.story_id),
    site: siteOf(row.site_name, row.canonical_url),
    url: row.canonical_url,
    at: new Date(row.created_at),
    version: row.article_version,
    sentence: row.sentence,
  };
}

/** Summaries of the given claims, by id; ids that are not stored are missing from the map. */
async function claimSummaries(
  db: Db,
  ids: number[],
): Promise<Map<number, ClaimSummary & { source: string | null }>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{
    id: number;
    kind: string;
    text: string;
    origin: 'coverage' | 'known_fact';
    source: string | null;
    mentions: number;
    articles: number;
    first_article_id: number | null;
    first_story_id: number | null;
    first_url: string | null;
    first_site_name: string | null;
    first_at: Date | string | null;
  }>`
    select c.id, c.kind, c.text, c.origin, c.slots->>'source' as source, n.mentions, n.articles,
      f.article_id as first_article_id, f.story_id as first_story_id, f.canonical_url as first_url,
      f.site_name as first_site_name, f.created_at as first_at
    from claims as c
    cross join lateral (
      select count(distinct a.story_id)::int as mentions, count(distinct cm.article_id)::int as articles
      from claim_mentions as cm join articles as a on a.id = cm.article_id
      where cm.claim_id = c.id
    ) as n
    left join lateral (
      select cm.article_id, a.story_id, a.canonical_url, a.site_name, cm.created_at
      from claim_mentions as cm join articles as a on a.id = cm.article_id
      where cm.claim_id = c.id
      order by cm.created_at, cm.id
      limit 1
    ) as f on true
    where c.id = any(${ids}::bigint[])`.execute(db);
  return new Map(
    rows.map((r) => [
      Number(r.id),
      {
        id: Number(r.id),
        kind: r.kind,
        text: r.text,
        origin: r.origin,
        source: r.source,
        firstSeen:
          r.first_article_id === null || r.first_url === null || r.first_at === null
            ? null
            : {
                articleId: Number(r.first_article_id),
                storyId: Number(r.first_story_id),
                site: siteOf(r.first_site_name, r.first_url),
                url: r.first_url,
                at: new Date(r.first_at),
              },
        mentions: Number(r.mentions),
        articles: Number(r.articles),
      },
    ]),
  );
}

const summaryOnly = ({ source: _source, ...summary }: ClaimSummary & { source: string | null }) => summary;

/** Mention rows as entries: each with its claim's summary and the claim it contradicts or updates. */
async function mentionEntries(db: Db, rows: MentionRow[]): Promise<ClaimMentionEntry[]> {
  const ids = new Set<number>();
  for (const r of rows) {
    ids.add(Number(r.claim_id));
    if (r.related_claim_id !== null) ids.add(Number(r.related_claim_id));
  }
  const summaries = await claimSummaries(db, [...ids]);
  return rows.flatMap((r) => {
    const claim = summaries.get(Number(r.claim_id));
    if (!claim) return [];
    const other = r.related_claim_id === null ? undefined : summaries.get(Number(r.related_claim_id));
    const related: RelatedClaim | null = other
      ? {
          id: other.id,
          kind: other.kind,
          text: other.text,
          origin: other.origin,
          site: other.origin === 'known_fact' ? null : (other.firstSeen?.site ?? null),
          url: other.origin === 'known_fact' ? other.source : (other.firstSeen?.url ?? null),
        }
      : null;
    return [{ ...summaryOnly(claim), relation: r.relation, detail: r.detail, related, mention: sighting(r) }];
  });
}

/**
 * The claims of a case, most mentioned first (mentions counted once per story), at most `limit` of them, and
 * how many the case has in all.
 */
export async function caseClaims(
  db: Db,
  caseId: number,
  limit: number,
): Promise<{ total: number; claims: ClaimSummary[] }> {
  const { rows } = await sql<{ id: number; total: number }>`
    with counted as (
      select c.id, count(distinct a.story_id) as mentions, count(distinct cm.article_id) as articles
      from claims as c
      left join claim_mentions as cm on cm.claim_id = c.id
      left join articles as a on a.id = cm.article_id
      where c.case_id = ${caseId}
      group by c.id
    )
    select id, count(*) over ()::int as total
    from counted
    order by mentions desc, articles desc, id
    limit ${limit}`.execute(db);
  const summaries = await claimSummaries(
    db,
    rows.map((r) => Number(r.id)),
  );
  return {
    total: rows.length ? Number(rows[0]!.total) : 0,
    claims: rows.flatMap((r) => {
      const s = summaries.get(Number(r.id));
      return s ? [summaryOnly(s)] : [];
    }),
  };
}

/** A stored claim with every mention of it, earliest first; undefined when there is no such claim. */
export async function claimProvenance(db: Db, claimId: number): Promise<ClaimProvenance | undefined> {
  const claim = (await claimSummaries(db, [claimId])).get(claimId);
  if (!claim) return undefined;
  const { rows } = await sql<MentionRow>`
    select ${mentionColumns}
    from claim_mentions as cm join articles as a on a.id = cm.article_id
    where cm.claim_id = ${claimId}
    order by cm.created_at, cm.id`.execute(db);
  const stories = new Set<number>();
  return {
    ...summaryOnly(claim),
    sightings: rows.map((r) => {
      const counted = !stories.has(Number(r.story_id));
      stories.add(Number(r.story_id));
      return {
        ...sighting(r),
        relation: r.relation,
        relatedClaimId: r.related_claim_id === null ? null : Number(r.related_claim_id),
        detail: r.detail,
        counted,
      };
    }),
  };
}

/**
 * The claims the current versions of some articles make, each once, with the relation of its first mention
 * among those articles (an edit that restates the article's own claim does not hide that it first conflicted),
 * in the order they were first stated.
 */
async function claimsOfArticles(db: Db, articles: RawBuilder<unknown>): Promise<ClaimMentionEntry[]> {
  const { rows } = await sql<MentionRow>`
    with current_claims as (
      select distinct cm.claim_id
      from claim_mentions as cm join articles as a on a.id = cm.article_id and cm.article_version = a.version
      where ${articles}
    ), first_mentions as (
      select distinct on (cm.claim_id) ${mentionColumns}, cm.sentence_index
      from claim_mentions as cm
      join articles as a on a.id = cm.article_id
      join current_claims as cc on cc.claim_id = cm.claim_id
      where ${articles}
      order by cm.claim_id, cm.created_at, cm.id
    )
    select * from first_mentions
    order by created_at, article_id, article_version, sentence_index, claim_id`.execute(db);
  return mentionEntries(db, rows);
}

/** A story and the claims its articles make; undefined when there is no such story. */
export async function storyClaims(
  db: Db,
  storyId: number,
): Promise<
  { story: { id: number; caseId: number; title: string }; claims: ClaimMentionEntry[] } | undefined
> {
  const story = await db
    .selectFrom('stories')
    .select(['id', 'case_id', 'title'])
    .where('id', '=', storyId)
    .executeTakeFirst();
  if (!story) return undefined;
  return {
    story: { id: Number(story.id), caseId: Number(story.case_id), title: story.title },
    claims: await claimsOfArticles(db, sql`a.story_id = ${storyId}`),
  };
}

/** An article and the claims its current version makes; undefined when there is no such article. */
export async function articleClaims(
  db: Db,
  articleId: number,
): Promise<
  | {
      article: {
        id: number;
        caseId: number;
        storyId: number;
        title: string;
        site: string;
        url: string;
        version: number;
      };
      claims: ClaimMentionEntry[];
    }
  | undefined
> {
  const article = await db
    .selectFrom('articles')
    .select(['id', 'case_id', 'story_id', 'title', 'site_name', 'canonical_url', 'version'])
    .where('id', '=', articleId)
    .executeTakeFirst();
  if (!article) return undefined;
  return {
    article: {
      id: Number(article.id),
      caseId: Number(article.case_id),
      storyId: Number(article.story_id),
      title: article.title,
      site: siteOf(article.site_name, article.canonical_url),
      url: article.canonical_url,
      version: article.version,
    },
    claims: await claimsOfArticles(db, sql`a.id = ${articleId}`),
  };
}

/**
 * The case's conflicting and updated mentions, newest first, each with the claim it contradicts or updates:
 * one per claim, related claim and story (a story's syndicated copies repeat a conflict once). At most `limit`
 * of them, and how many there are in all.
 */
export async function claimConflicts(
  db: Db,
  caseId: number,
  limit: number,
): Promise<{ total: number; claims: ClaimMentionEntry[] }> {
  const { rows } = await sql<MentionRow & { total: number }>`
    with firsts as (
      select distinct on (cm.claim_id, cm.related_claim_id, a.story_id) ${mentionColumns}
      from claim_mentions as cm join articles as a on a.id = cm.article_id
      where a.case_id = ${caseId} and cm.relation in ('conflicting', 'updated')
      order by cm.claim_id, cm.related_claim_id, a.story_id, cm.created_at, cm.id
    )
    select *, count(*) over ()::int as total from firsts
    order by created_at desc, id desc
    limit ${limit}`.execute(db);
  return { total: rows.length ? Number(rows[0]!.total) : 0, claims: await mentionEntries(db, rows) };
}
