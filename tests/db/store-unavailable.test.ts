import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/index.ts';
import { isStoreUnavailable, openDatabase, StoreUnavailableError } from '../../src/db/index.ts';
import type { PrivateServer } from '../helpers/private-servers.ts';
import { freePort, privatePostgres } from '../helpers/private-servers.ts';

// PostgreSQL stopped under running statements: the process lives on, every failure is a StoreUnavailableError
// (what lets jobs wait for the server instead of failing), and the pool works again once the server is back.

let pg: PrivateServer;
let db: Db;

beforeAll(async () => {
  pg = await privatePostgres();
  db = await openDatabase({ url: pg.url }, { poolSize: 4 });
}, 60_000);
afterAll(async () => {
  await db?.destroy();
  await pg?.remove();
});

describe('a store that goes away', () => {
  it('fails statements in flight and new ones with StoreUnavailableError, then recovers', async () => {
    const failures: unknown[] = [];
    let stop = false;
    // Four sessions always busy, each in a transaction or a long statement, so clients are checked out when the
    // server goes: a checked-out client's lost socket must not end the process.
    const busy = Array.from({ length: 4 }, async (_, i) => {
      while (!stop) {
        try {
          if (i % 2) await sql`select pg_sleep(0.2)`.execute(db);
          else
            await db.transaction().execute(async (trx) => {
              await sql`select 1`.execute(trx);
              await sql`select pg_sleep(0.2)`.execute(trx);
            });
        } catch (error) {
          failures.push(error);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    });
    await new Promise((r) => setTimeout(r, 300));
    await pg.stop();
    await new Promise((r) => setTimeout(r, 800));
    await pg.start();
    await new Promise((r) => setTimeout(r, 500));
    const before = failures.length;
    await new Promise((r) => setTimeout(r, 600));
    stop = true;
    await Promise.all(busy);

    expect(failures.length).toBeGreaterThan(4);
    for (const f of failures) expect(f).toBeInstanceOf(StoreUnavailableError);
    // back: the sessions ran without failing once the server was up again
    expect(failures.length).toBe(before);
    const { rows } = await sql<{ n: number }>`select 1 as n`.execute(db);
    expect(rows).toEqual([{ n: 1 }]);
  }, 60_000);

  it('labels a refused connection, and leaves a failing statement as it is', async () => {
    const nowhere = await openDatabase({ url: `postgres://postgres@127.0.0.1:${await freePort()}/postgres` });
    try {
      const refused = await sql`select 1`.execute(nowhere).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(StoreUnavailableError);
      expect((refused as Error).message).toMatch(/ECONNREFUSED/);
    } finally {
      await nowhere.destroy();
    }
    const bad = await sql`select * from no_such_table`.execute(db).catch((e: unknown) => e);
    expect(bad).not.toBeInstanceOf(StoreUnavailableError);
    expect(isStoreUnavailable(bad)).toBe(false);
  });
});
