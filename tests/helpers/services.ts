import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureMigrated, openDatabase } from '../../src/db/index.ts';
import type { Db } from '../../src/db/index.ts';
import { removeQueuePrefix } from '../../src/queue/index.ts';

// Tests talk to the real servers this machine (and CI) runs; these are their addresses unless told otherwise.
export const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export interface FreshDatabase {
  url: string;
  db: Db;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

/** A new, migrated database of its own on the real PostgreSQL server; `drop()` removes it. */
export async function freshDatabase(label: string): Promise<FreshDatabase> {
  const name = `cw_${label.replace(/\W+/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(databaseUrl, name);
  const db = await openDatabase({ url });
  await ensureMigrated(db);
  return {
    url,
    db,
    async drop() {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: databaseUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/** A queue prefix no other test uses; `remove()` deletes every key under it. */
export function freshQueuePrefix(label: string): { prefix: string; remove(): Promise<void> } {
  const prefix = `cwtest-${label.replace(/\W+/g, '-')}-${randomBytes(4).toString('hex')}`;
  return { prefix, remove: () => removeQueuePrefix(redisUrl, prefix) };
}
