import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Table types for the schema in migrations/. Timestamps read back as Date; int8 (bigserial, count) as number.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;

export type RunTrigger = 'cron' | 'manual' | 'demo';
export type PageOutcome =
  | 'stored'
  | 'near_duplicate'
  | 'version'
  | 'unchanged'
  | 'duplicate'
  | 'off_topic'
  | 'not_article'
  | 'failed'
  | 'gone';
export type ClaimRelation = 'new' | 'restated' | 'conflicting' | 'updated';
export type SubscriberStatus = 'pending' | 'active' | 'unsubscribed' | 'bouncing';
export type DigestStatus = 'pending' | 'sending' | 'sent' | 'empty' | 'failed';
export type Frequency = 'daily' | 'weekly';
export type SourceOrigin = 'case-file' | 'cli' | 'demo';

export interface CasesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  definition: Json<unknown>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CrawlRunsTable {
  id: Generated<number>;
  trigger: RunTrigger;
  status: ColumnType<
    'running' | 'finished' | 'failed',
    'running' | undefined,
    'running' | 'finished' | 'failed'
  >;
  started_at: Generated<Date>;
  finished_at: NullableTimestamp;
  counts: Json<Record<string, number>>;
  error: string | null;
  /** The queued job that started the run, so its retries resume it. */
  job_key: string | null;
}

export interface SourcesTable {
  id: Generated<number>;
  case_id: number;
  kind: string;
  url: string;
  name: string;
  options: Json<Record<string, unknown>>;
  origin: SourceOrigin;
  enabled: Generated<boolean>;
  schedule: string | null;
  etag: string | null;
  last_modified: string | null;
  last_crawled_at: NullableTimestamp;
  failure_count: Generated<number>;
  last_error: string | null;
  failing_since: NullableTimestamp;
  paused_at: NullableTimestamp;
  /** When the case file stopped listing it (see syncSources); a retired source is read by no pass. */
  retired_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface RunSourcesTable {
  run_id: number;
  source_id: number;
  state: ColumnType<'queued' | 'done', 'queued' | 'done' | undefined, 'queued' | 'done'>;
  outcome: 'read' | 'not_modified' | 'failed' | null;
  candidates: Generated<number>;
  queued: Generated<number>;
  error: string | null;
}

export interface StoriesTable {
  id: Generated<number>;
  case_id: number;
  title: string;
  first_article_id: number | null;
  first_seen_at: Timestamp;
  first_published_at: NullableTimestamp;
}

export interface ArticlesTable {
  id: Generated<number>;
  case_id: number;
  canonical_url: string;
  title: string;
  byline: string | null;
  site_name: string | null;
  published_at: NullableTimestamp;
  modified_at: NullableTimestamp;
  language: string | null;
  description: string | null;
  text: string;
  text_hash: string;
  story_id: number;
  relevance: number;
  relevance_reasons: Json<string[]>;
  first_seen_at: Timestamp;
  last_fetched_at: Timestamp;
  version: Generated<number>;
  first_run_id: number | null;
  /** LSH band keys of the current text's MinHash signature (null for rows stored before near-duplicate search). */
  lsh_bands: number[] | null;
}

export interface ArticleTextsTable {
  case_id: number;
  text_hash: string;
  article_id: number;
}

export interface ArticleUrlsTable {
  id: Generated<number>;
  case_id: number;
  article_id: number;
  url: string;
  site: string;
  site_name: string | null;
  relation: 'canonical' | 'variant' | 'copy';
  first_seen_at: Timestamp;
}

export interface ArticleVersionsTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  title: string;
  text: string;
  text_hash: string;
  diff: Json<unknown> | null;
  seen_at: Timestamp;
}

export interface PagesTable {
  case_id: number;
  url_hash: string;
  url: string;
  source_id: number | null;
  run_id: number | null;
  state: 'queued' | 'done';
  outcome: PageOutcome | null;
  reason: string | null;
  http_status: number | null;
  attempts: Generated<number>;
  article_id: number | null;
  claims_new: Generated<number>;
  hints: Json<Record<string, unknown>>;
  queued_at: Timestamp;
  fetched_at: NullableTimestamp;
}

export interface ClaimsTable {
  id: Generated<number>;
  case_id: number;
  kind: string;
  text: string;
  normalized: string;
  normalized_hash: string;
  slots: Json<Record<string, unknown>>;
  origin: ColumnType<'coverage' | 'known_fact', 'coverage' | 'known_fact' | undefined, never>;
  first_seen_at: Timestamp;
  first_article_id: number | null;
  /** The keys the claim is found by when later claims are matched (GIN-indexed). */
  match_keys: ColumnType<string[], string[] | undefined, string[]>;
}

export interface ClaimMentionsTable {
  id: Generated<number>;
  claim_id: number;
  article_id: number;
  article_version: number;
  sentence: string;
  sentence_index: number;
  start_offset: number;
  end_offset: number;
  relation: ClaimRelation;
  related_claim_id: number | null;
  detail: string | null;
  created_at: Generated<Date>;
}

export interface SubscribersTable {
  id: Generated<number>;
  email: string;
  case_id: number;
  frequency: Frequency;
  hour: number;
  weekday: Generated<number>;
  timezone: string;
  status: SubscriberStatus;
  token_version: Generated<number>;
  last_error: string | null;
  created_at: Generated<Date>;
  confirmed_at: NullableTimestamp;
  unsubscribed_at: NullableTimestamp;
}

export interface DigestsTable {
  id: Generated<number>;
  subscriber_id: number;
  period_start: Timestamp;
  period_end: Timestamp;
  status: ColumnType<DigestStatus, DigestStatus | undefined, DigestStatus>;
  subject: string | null;
  message_id: string | null;
  attempts: Generated<number>;
  counts: Json<Record<string, number>>;
  error: string | null;
  created_at: Generated<Date>;
  sent_at: NullableTimestamp;
  /** When the current `sending` attempt took its lease. */
  sending_at: NullableTimestamp;
}

export interface DigestItemsTable {
  subscriber_id: number;
  kind: 'story' | 'claim' | 'mention' | 'version';
  item_id: number;
  digest_id: number;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface Database {
  app_settings: AppSettingsTable;
  cases: CasesTable;
  crawl_runs: CrawlRunsTable;
  sources: SourcesTable;
  run_sources: RunSourcesTable;
  stories: StoriesTable;
  articles: ArticlesTable;
  article_texts: ArticleTextsTable;
  article_urls: ArticleUrlsTable;
  article_versions: ArticleVersionsTable;
  pages: PagesTable;
  claims: ClaimsTable;
  claim_mentions: ClaimMentionsTable;
  subscribers: SubscribersTable;
  digests: DigestsTable;
  digest_items: DigestItemsTable;
}

export type Case = Selectable<CasesTable>;
export type Source = Selectable<SourcesTable>;
export type NewSource = Insertable<SourcesTable>;
export type SourceUpdate = Updateable<SourcesTable>;
export type CrawlRun = Selectable<CrawlRunsTable>;
export type Story = Selectable<StoriesTable>;
export type Article = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type Page = Selectable<PagesTable>;
export type Claim = Selectable<ClaimsTable>;
export type ClaimMention = Selectable<ClaimMentionsTable>;
export type Subscriber = Selectable<SubscribersTable>;
export type Digest = Selectable<DigestsTable>;
