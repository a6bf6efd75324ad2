import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// The whole data model of DESIGN.md, plus `pages` (the crawl frontier: every URL fetched for a case with its
// last outcome) and `article_texts` / `digest_items`, which let unique keys do the deduplicating.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cases')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Installation-wide settings, such as the secret that signs unsubscribe links when none is configured.
  await db.schema
    .createTable('app_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('crawl_runs')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('trigger', 'text', (c) => c.notNull().check(sql`trigger in ('cron', 'manual', 'demo')`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('running')
        .check(sql`status in ('running', 'finished', 'failed')`),
    )
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addColumn('counts', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('error', 'text')
    .execute();

  await db.schema
    .createTable('sources')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('options', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    // Where the source came from: a case file, the command line, or the bundled demo site.
    .addColumn('origin', 'text', (c) =>
      c
        .notNull()
        .defaultTo('case-file')
        .check(sql`origin in ('case-file', 'cli', 'demo')`),
    )
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('schedule', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_crawled_at', 'timestamptz')
    .addColumn('failure_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('failing_since', 'timestamptz')
    .addColumn('paused_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('sources_case_url_key', ['case_id', 'url'])
    .execute();

  // Which sources a run reads and how each read ended: a run is over when none of its sources is queued.
  await db.schema
    .createTable('run_sources')
    .addColumn('run_id', 'integer', (c) => c.notNull().references('crawl_runs.id').onDelete('cascade'))
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('queued')
        .check(sql`state in ('queued', 'done')`),
    )
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('read', 'not_modified', 'failed')`))
    .addColumn('candidates', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('queued', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addPrimaryKeyConstraint('run_sources_pkey', ['run_id', 'source_id'])
    .execute();
  await db.schema
    .createIndex('run_sources_source_state_idx')
    .on('run_sources')
    .columns(['source_id', 'state'])
    .execute();

  await db.schema
    .createTable('stories')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('first_article_id', 'bigint')
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('first_published_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('stories_case_seen_idx')
    .on('stories')
    .columns(['case_id', 'first_seen_at'])
    .execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('canonical_url', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('byline', 'text')
    .addColumn('site_name', 'text')
    .addColumn('published_at', 'timestamptz')
    .addColumn('modified_at', 'timestamptz')
    .addColumn('language', 'text')
    .addColumn('description', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('text_hash', 'text', (c) => c.notNull())
    .addColumn('story_id', 'bigint', (c) => c.notNull())
    .addColumn('relevance', 'real', (c) => c.notNull())
    .addColumn('relevance_reasons', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_fetched_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('first_run_id', 'integer', (c) => c.references('crawl_runs.id').onDelete('set null'))
    .addUniqueConstraint('articles_case_canonical_url_key', ['case_id', 'canonical_url'])
    // Deferred so one transaction can insert an article and its new story in either order.
    .addForeignKeyConstraint('articles_story_fk', ['story_id'], 'stories', ['id'], (fk) =>
      fk.deferrable().initiallyDeferred(),
    )
    .execute();
  await db.schema.createIndex('articles_story_idx').on('articles').column('story_id').execute();
  await db.schema
    .createIndex('articles_case_seen_idx')
    .on('articles')
    .columns(['case_id', 'first_seen_at'])
    .execute();
  await sql`alter table stories add constraint stories_first_article_fk foreign key (first_article_id) references articles (id) on delete set null deferrable initially deferred`.execute(
    db,
  );

  // Every text an article has had, keyed by its hash: an exact copy elsewhere finds its owner through this key.
  await db.schema
    .createTable('article_texts')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('text_hash', 'text', (c) => c.notNull())
    .addColumn('article_id', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_texts_pkey', ['case_id', 'text_hash'])
    // Deferred: a new text is claimed for an article id drawn from the sequence before the article row exists.
    .addForeignKeyConstraint('article_texts_article_fk', ['article_id'], 'articles', ['id'], (fk) =>
      fk.onDelete('cascade').deferrable().initiallyDeferred(),
    )
    .execute();

  await db.schema
    .createTable('article_urls')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('article_id', 'bigint', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('site', 'text', (c) => c.notNull())
    // The outlet's own name for itself (og:site_name), when the page that carried this URL gave one.
    .addColumn('site_name', 'text')
    .addColumn('relation', 'text', (c) =>
      c.notNull().check(sql`relation in ('canonical', 'variant', 'copy')`),
    )
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('article_urls_case_url_key', ['case_id', 'url'])
    .execute();
  await db.schema.createIndex('article_urls_article_idx').on('article_urls').column('article_id').execute();

  await db.schema
    .createTable('article_versions')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('article_id', 'bigint', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('text_hash', 'text', (c) => c.notNull())
    .addColumn('diff', 'jsonb')
    .addColumn('seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('article_versions_article_version_key', ['article_id', 'version'])
    .execute();

  await db.schema
    .createTable('pages')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('url_hash', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('source_id', 'integer', (c) => c.references('sources.id').onDelete('set null'))
    .addColumn('run_id', 'integer', (c) => c.references('crawl_runs.id').onDelete('set null'))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('queued', 'done')`))
    .addColumn('outcome', 'text', (c) =>
      c.check(
        sql`outcome in ('stored', 'version', 'unchanged', 'duplicate', 'off_topic', 'not_article', 'failed', 'gone')`,
      ),
    )
    .addColumn('reason', 'text')
    .addColumn('http_status', 'integer')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('article_id', 'bigint', (c) => c.references('articles.id').onDelete('set null'))
    .addColumn('claims_new', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hints', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('queued_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('fetched_at', 'timestamptz')
    .addPrimaryKeyConstraint('pages_pkey', ['case_id', 'url_hash'])
    .execute();
  await db.schema.createIndex('pages_run_idx').on('pages').columns(['run_id', 'state']).execute();

  await db.schema
    .createTable('claims')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('normalized', 'text', (c) => c.notNull())
    .addColumn('normalized_hash', 'text', (c) => c.notNull())
    .addColumn('slots', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('origin', 'text', (c) =>
      c
        .notNull()
        .defaultTo('coverage')
        .check(sql`origin in ('coverage', 'known_fact')`),
    )
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('first_article_id', 'bigint', (c) => c.references('articles.id').onDelete('set null'))
    .addUniqueConstraint('claims_case_normalized_key', ['case_id', 'normalized_hash'])
    .execute();
  await db.schema
    .createIndex('claims_case_seen_idx')
    .on('claims')
    .columns(['case_id', 'first_seen_at'])
    .execute();

  await db.schema
    .createTable('claim_mentions')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('claim_id', 'bigint', (c) => c.notNull().references('claims.id').onDelete('cascade'))
    .addColumn('article_id', 'bigint', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('article_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sentence', 'text', (c) => c.notNull())
    .addColumn('sentence_index', 'integer', (c) => c.notNull())
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('relation', 'text', (c) =>
      c.notNull().check(sql`relation in ('new', 'restated', 'conflicting', 'updated')`),
    )
    .addColumn('related_claim_id', 'bigint', (c) => c.references('claims.id').onDelete('set null'))
    .addColumn('detail', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('claim_mentions_unique_key', [
      'article_id',
      'article_version',
      'sentence_index',
      'claim_id',
    ])
    .execute();
  await db.schema.createIndex('claim_mentions_claim_idx').on('claim_mentions').column('claim_id').execute();

  await db.schema
    .createTable('subscribers')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('frequency', 'text', (c) => c.notNull().check(sql`frequency in ('daily', 'weekly')`))
    .addColumn('hour', 'smallint', (c) =>
      c
        .notNull()
        .defaultTo(8)
        .check(sql`hour between 0 and 23`),
    )
    .addColumn('weekday', 'smallint', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`weekday between 1 and 7`),
    )
    .addColumn('timezone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('pending', 'active', 'unsubscribed', 'bouncing')`),
    )
    .addColumn('token_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('unsubscribed_at', 'timestamptz')
    .addUniqueConstraint('subscribers_email_case_key', ['email', 'case_id'])
    .execute();

  await db.schema
    .createTable('digests')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('subscriber_id', 'integer', (c) =>
      c.notNull().references('subscribers.id').onDelete('cascade'),
    )
    .addColumn('period_start', 'timestamptz', (c) => c.notNull())
    .addColumn('period_end', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'sending', 'sent', 'empty', 'failed')`),
    )
    .addColumn('subject', 'text')
    .addColumn('message_id', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('counts', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .addUniqueConstraint('digests_subscriber_period_key', ['subscriber_id', 'period_start'])
    .execute();

  // What each subscriber has been sent: the key makes "never an item from an earlier digest" a constraint.
  await db.schema
    .createTable('digest_items')
    .addColumn('subscriber_id', 'integer', (c) =>
      c.notNull().references('subscribers.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('story', 'claim', 'mention', 'version')`),
    )
    .addColumn('item_id', 'bigint', (c) => c.notNull())
    .addColumn('digest_id', 'bigint', (c) => c.notNull().references('digests.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('digest_items_pkey', ['subscriber_id', 'kind', 'item_id'])
    .execute();
  await db.schema.createIndex('digest_items_digest_idx').on('digest_items').column('digest_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'digest_items',
    'digests',
    'subscribers',
    'claim_mentions',
    'claims',
    'pages',
    'article_versions',
    'article_urls',
    'article_texts',
    'run_sources',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`alter table stories drop constraint stories_first_article_fk`.execute(db);
  for (const table of ['articles', 'stories', 'sources', 'crawl_runs', 'app_settings', 'cases']) {
    await db.schema.dropTable(table).execute();
  }
}
