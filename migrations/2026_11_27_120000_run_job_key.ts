import type { Kysely } from 'kysely';

// A run started by a queued job records the job (`job_key`): a later try of the same job — the first died, or
// lost PostgreSQL, after the run was stored — carries on with that run instead of starting a second one that
// finds every source taken by the first. Runs started outside the queues have none.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('crawl_runs')
    .addColumn('job_key', 'text', (c) => c.unique())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('crawl_runs').dropColumn('job_key').execute();
}
