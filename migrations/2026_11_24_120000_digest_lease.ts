import type { Kysely } from 'kysely';

// A digest in `sending` holds a lease from `sending_at`: an attempt that finds the lease lapsed (its worker was
// killed mid-send) takes the digest over and sends it again with the same Message-ID. The index serves the
// scheduler's sweep for digests left unfinished.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('digests').addColumn('sending_at', 'timestamptz').execute();
  await db.schema
    .createIndex('digests_unfinished_idx')
    .on('digests')
    .column('status')
    .where('status', 'in', ['pending', 'sending', 'failed'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('digests_unfinished_idx').execute();
  await db.schema.alterTable('digests').dropColumn('sending_at').execute();
}
