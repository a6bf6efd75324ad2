import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createPGlite,
  migrateDown,
  migrateToLatest,
  migrationStatus,
  openDatabase,
} from '../../src/db/index.ts';
import type { Db } from '../../src/db/index.ts';
import { freshDatabase } from '../helpers/services.ts';
import type { FreshDatabase } from '../helpers/services.ts';

async function tables(db: Db): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_name not like 'kysely%' order by table_name`.execute(db);
  return rows.map((r) => r.table_name);
}

const dataModel = [
  'app_settings',
  'article_texts',
  'article_urls',
  'article_versions',
  'articles',
  'cases',
  'claim_keys',
  'claim_mentions',
  'claims',
  'crawl_runs',
  'digest_items',
  'digests',
  'pages',
  'run_sources',
  'sources',
  'stories',
  'subscribers',
];

async function upDownUp(db: Db): Promise<void> {
  expect(await tables(db)).toEqual(dataModel);
  expect((await migrationStatus(db)).every((m) => m.executedAt)).toBe(true);
  let result;
  do {
    result = await migrateDown(db);
    expect(result.error).toBeUndefined();
  } while ((result.results ?? []).length > 0);
  expect(await tables(db)).toEqual([]);
  const again = await migrateToLatest(db);
  expect(again.error).toBeUndefined();
  expect(await tables(db)).toEqual(dataModel);
}

describe('migrations', () => {
  let pgDb: FreshDatabase | undefined;
  afterAll(async () => pgDb?.drop());

  it('create the whole data model on PostgreSQL, and go down and up again', async () => {
    pgDb = await freshDatabase('migrations');
    await upDownUp(pgDb.db);
  });

  it('run the same on PGlite', async () => {
    const db = await openDatabase({ pglite: await createPGlite() });
    try {
      const first = await migrateToLatest(db);
      expect(first.error).toBeUndefined();
      await upDownUp(db);
    } finally {
      await db.destroy();
    }
  });
});
