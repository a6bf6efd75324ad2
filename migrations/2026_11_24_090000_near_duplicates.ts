import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// Near-duplicate search: each article keeps the LSH band keys of its current text's MinHash signature. Two
// texts are candidates when their arrays overlap (`&&`), which the GIN index answers without a scan. Band keys
// are scoped to the case when computed, so one index serves every case.
//
// fastupdate is off: with it on, new keys wait in a pending list that every lookup scans, so lookup time grows
// with the insert rate; off, each insert pays for its 32 keys at once and a lookup stays a few index pages.
//
// Articles stored before this migration have no band keys: they are found by URL and exact text as before, not
// as near duplicates, until a re-crawl stores a new version.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('articles')
    .addColumn('lsh_bands', sql`int4[]`)
    .execute();
  await sql`create index articles_lsh_bands_idx on articles using gin (lsh_bands) with (fastupdate = off)`.execute(
    db,
  );

  // A page whose text is a near duplicate of a stored article: stored as its own article in that story.
  await sql`alter table pages drop constraint if exists pages_outcome_check`.execute(db);
  await sql`alter table pages add constraint pages_outcome_check check (outcome in ('stored', 'near_duplicate', 'version', 'unchanged', 'duplicate', 'off_topic', 'not_article', 'failed', 'gone'))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`update pages set outcome = 'stored' where outcome = 'near_duplicate'`.execute(db);
  await sql`alter table pages drop constraint if exists pages_outcome_check`.execute(db);
  await sql`alter table pages add constraint pages_outcome_check check (outcome in ('stored', 'version', 'unchanged', 'duplicate', 'off_topic', 'not_article', 'failed', 'gone'))`.execute(
    db,
  );
  await db.schema.dropIndex('articles_lsh_bands_idx').execute();
  await db.schema.alterTable('articles').dropColumn('lsh_bands').execute();
}
