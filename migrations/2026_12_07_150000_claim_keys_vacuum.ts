import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// Claim candidates are read from claim_keys by index-only scans, which are only index-only on pages the visibility
// map marks all-visible: until a vacuum has passed, every entry a lookup reads costs a heap visit too. At 2,700
// claims a lookup of 17 keys took 4.2 ms before a vacuum and 1.5 ms after. The table only grows, some forty rows a
// claim, and by default autovacuum waits for a fifth of its size in new rows; it now passes every 2% (and after the
// first 2,000 rows). Workers keep the lists of full keys in memory (src/db/claim-candidate-cache.ts), so what is
// still read is mostly rare keys' newest entries, the ones a vacuum has not reached yet.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table claim_keys set (
      autovacuum_vacuum_insert_threshold = 2000,
      autovacuum_vacuum_insert_scale_factor = 0.02,
      autovacuum_analyze_threshold = 2000,
      autovacuum_analyze_scale_factor = 0.02
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table claim_keys reset (
      autovacuum_vacuum_insert_threshold,
      autovacuum_vacuum_insert_scale_factor,
      autovacuum_analyze_threshold,
      autovacuum_analyze_scale_factor
    )`.execute(db);
}
