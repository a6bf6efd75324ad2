import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// A source its case file no longer lists is retired, not deleted: no pass reads it, and its crawl state (ETag,
// failures) and the pages it led to are kept, should the file list it again. Before, a feed taken out of the case
// file went on being read for ever.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table sources add column retired_at timestamptz`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table sources drop column retired_at`.execute(db);
}
