import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from './types.ts';

/** A stored article that may be a near duplicate of a new text: verified in code against its text. */
export interface NearDuplicateCandidate {
  id: number;
  storyId: number;
  text: string;
  /** How many LSH bands it shares with the new text. */
  sharedBands: number;
}

/** Candidates past this many are not read: a true copy shares most bands and sorts first. */
export const maxCandidates = 20;

/**
 * Articles read per band key. A key carried by more articles than this is shared by many copies of one piece
 * (two texts share a key when they share two MinHash minima), and the copies read through it, or through the
 * text's other keys, lead to the same story. The cap also keeps the plan's estimated cost flat as the table
 * grows: PostgreSQL estimates each unseen key at 0.5% of the rows, so uncapped, at a million articles the
 * lookup was costed at ~400,000 units, past jit_above_cost (JIT adds ~10 ms to a query that runs in under one),
 * and a plan through the case_id index (every article of the case, 11 s) could look cheaper.
 */
const maxPerBand = 100;

// Advisory-lock namespace of band keys (the first of the two int4 lock keys), so they never collide with another
// use of advisory locks on the same server.
const bandLockSpace = 0x63770001;

/**
 * Serialises the ingest of texts that share a band key, until the caller's transaction ends. Two near
 * duplicates share a band (that is how they are found), so the second to arrive waits for the first to commit
 * and then finds it: without this, two workers storing copies of one story at once would each see nothing and
 * start a story each. Keys are taken in ascending order, so two transactions never wait on each other in a
 * cycle; this must be the first lock a transaction takes.
 */
export async function lockBands(trx: Kysely<Database>, bands: ArrayLike<number>): Promise<void> {
  const keys = [...new Set(Array.from(bands))].sort((a, b) => a - b);
  if (keys.length === 0) return;
  // unnest yields the already sorted keys in order; one round trip for all of them.
  await sql`select pg_advisory_xact_lock(${bandLockSpace}, k) from unnest(${keys}::int4[]) as k`.execute(trx);
}

/**
 * The lookup: per band key, the articles whose keys contain it (`@>`, one GIN probe each), counted per article.
 * Written as one probe per key rather than one `&&` over all 32: PostgreSQL estimates `&&` with 32 unseen keys
 * as matching 15% of the table and then prefers a sequential scan, where a single-key `@>` is estimated at
 * 0.5% and always goes through the index. Each probe reads at most `maxPerBand` articles.
 */
export function nearDuplicateQuery(caseId: number, keys: readonly number[], limit = maxCandidates) {
  return sql<{ id: string | number; story_id: string | number; text: string; shared: number }>`
    select a.id, a.story_id, a.text, hits.shared
    from (
      select m.id, count(*)::int as shared
      from unnest(${keys}::int4[]) as k(key)
      cross join lateral (
        select id from articles where lsh_bands @> array[k.key] and case_id = ${caseId} limit ${maxPerBand}
      ) as m
      group by m.id
      order by shared desc, m.id
      limit ${limit}
    ) as hits
    join articles as a on a.id = hits.id
    order by hits.shared desc, a.id`;
}

/**
 * Stored articles of the case that share at least one LSH band with `bands`, most shared first. Answered by
 * the GIN index on `articles.lsh_bands`, never by scanning the table.
 */
export async function nearDuplicateCandidates(
  db: Kysely<Database>,
  caseId: number,
  bands: ArrayLike<number>,
  limit = maxCandidates,
): Promise<NearDuplicateCandidate[]> {
  const keys = Array.from(bands);
  if (keys.length === 0) return [];
  const { rows } = await nearDuplicateQuery(caseId, keys, limit).execute(db);
  return rows.map((r) => ({
    id: Number(r.id),
    storyId: Number(r.story_id),
    text: r.text,
    sharedBands: r.shared,
  }));
}
