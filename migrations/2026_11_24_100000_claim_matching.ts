import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// Claim matching: each claim keeps the keys it is found by (its entities, quantities, legal events and content
// words, normalised), and a GIN index answers "claims sharing a key with this one" without scanning the case's
// claims. Candidates found this way are scored and classified in code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('claims')
    .addColumn('match_keys', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .execute();
  await sql`create index claims_match_keys_idx on claims using gin (match_keys) with (fastupdate = off)`.execute(
    db,
  );
  // Where a story's claims are listed, and where a claim's mentions are counted per story.
  await db.schema
    .createIndex('claim_mentions_article_idx')
    .on('claim_mentions')
    .column('article_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('claim_mentions_article_idx').execute();
  await db.schema.dropIndex('claims_match_keys_idx').execute();
  await db.schema.alterTable('claims').dropColumn('match_keys').execute();
}
