import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './types.ts';
import { LabellingPostgresDialect } from './unavailable.ts';

const INT8 = 20;
// Ids are bigserial and counts are int8; both stay far below 2^53, so numbers are safe and simpler than strings.
const parseInt8 = (value: string): number => Number(value);

export type Db = Kysely<Database>;

/** Where the store lives: a PostgreSQL URL, a PGlite data directory, or an existing PGlite instance. */
export type StoreTarget = { url: string } | { dataDir: string } | { pglite: PGlite };

/** Opens the store. The caller owns the result and must `destroy()` it. */
export async function openDatabase(target: StoreTarget, options: { poolSize?: number } = {}): Promise<Db> {
  if ('url' in target) {
    const pool = new pg.Pool({
      connectionString: target.url,
      // Every query here is a short indexed lookup or write. PostgreSQL's JIT kicks in on estimated cost, and
      // the near-duplicate lookup's estimate (32 index probes) crosses the threshold at a few hundred thousand
      // articles: compiling took 6 ms of a 7 ms lookup. So JIT is off for our sessions.
      options: '-c jit=off',
      max: options.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8 ? parseInt8 : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle client losing its connection (server restart) must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    // Nor may a checked-out one: the pool stops listening to a client's errors while it is lent out, and a
    // client whose socket dies mid-query (PostgreSQL restarted, a failover) then emits an 'error' nobody handles,
    // which ends the process. Its queries are rejected all the same, and the pool drops it when it comes back.
    pool.on('connect', (client) => client.on('error', () => undefined));
    // Losing the server is told apart from a failing statement (StoreUnavailableError), so jobs wait it out.
    return new Kysely<Database>({ dialect: new LabellingPostgresDialect({ pool }) });
  }
  const pglite = 'pglite' in target ? target.pglite : await createPGlite(target.dataDir);
  return new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
}

/** A PGlite instance whose int8 columns read back as numbers, like the pg pool's. */
export async function createPGlite(dataDir?: string): Promise<PGlite> {
  if (dataDir) fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  return PGlite.create({ dataDir, parsers: { [INT8]: parseInt8 } });
}
