import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// Every claim is compared with all of its case's known facts (a dozen or two), as `claims diff` does: a partial
// index finds them without reading the case's other claims.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index claims_known_facts_idx on claims (case_id) where origin = 'known_fact'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('claims_known_facts_idx').execute();
}
