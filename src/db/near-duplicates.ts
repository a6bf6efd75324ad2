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

/**
 * A band key carried by articles of this many different stories (among the first `maxPerBand` read) is "hot":
 * it comes from text that many unrelated pieces share (a standard lead or boilerplate paragraph: both MinHash
 * minima of the band fall inside it), not from a copy. A hot key is neither locked nor looked up. Locked, it
 * made every ingest of a text carrying it wait for every other (on the bench site, where every article on the
 * case opens with one of three leads, ingests queued on the fifteen or so keys the leads give); looked up, it
 * filled the candidates with unrelated articles, each read and shingled.
 * A copy shares most of its original's keys, and ties through a hot key among dozens of unrelated articles
 * never made it a reliable way to find one anyway.
 */
export const hotBandStories = 5;

// Advisory-lock namespace of band keys (the first of the two int4 lock keys), so they never collide with another
// use of advisory locks on the same server.
const bandLockSpace = 0x63770001;

function sortedKeys(bands: ArrayLike<number>): number[] {
  return [...new Set(Array.from(bands))].sort((a, b) => a - b);
}

/** The keys to look near duplicates up by: those not hot. */
function searchable(rows: readonly { key: number; stories: number }[]): number[] {
  return rows.filter((r) => r.stories < hotBandStories).map((r) => r.key);
}

// In the band lookups below, `case_id + 0` keeps the planner from ANDing the case's index into the GIN probe: with
// statistics from when the table was small, or one case filling it, it did, reading every article of the case for
// each key (2,700 rows a key at 3,000 pages, 17 ms a hotness check). A band key is near enough unique to a case.

/**
 * Per band key (ascending), how many different stories carry it; with `lock`, each key that is not hot is tried
 * for the rest of the transaction (`locked`: whether it was free), without waiting.
 */
function bandsQuery(caseId: number, keys: readonly number[], lock: boolean) {
  const locking = lock
    ? sql`, case when s.stories < ${hotBandStories} then pg_try_advisory_xact_lock(${bandLockSpace}, k.key) end as locked`
    : sql``;
  return sql<{ key: number; stories: number; locked?: boolean | null }>`
    select k.key, s.stories${locking}
    from unnest(${keys}::int4[]) as k(key)
    cross join lateral (
      select count(distinct m.story_id)::int as stories
      from (
        select story_id from articles where lsh_bands @> array[k.key] and case_id + 0 = ${caseId} limit ${maxPerBand}
      ) as m
    ) as s`;
}

/**
 * Serialises the ingest of texts that share a band key, until the caller's transaction ends, and returns the
 * keys to look near duplicates up by: the text's keys that are not hot. Two near duplicates share a band (that
 * is how they are found), so the second to arrive waits for the first to commit and then finds it: without
 * this, two workers storing copies of one story at once would each see nothing and start a story each. This must
 * be the first lock a transaction takes.
 *
 * No key is held while waiting: the keys are tried all at once, inside a savepoint, and when one is taken the
 * ones got are given back (rollback to the savepoint), the transaction waits until the taken key is free (a
 * shared lock, given back at once, so every transaction waiting for it wakes together) and tries again. Before,
 * a transaction waiting for one key held the lower ones meanwhile, and every ingest needing those waited behind
 * it, in chains. Since nothing is held while waiting, two transactions never wait on each other in a cycle.
 *
 * Hot keys are left out of both the locks and the lookup, so what a transaction looks up is always what it has
 * locked. Whether a key is hot is read before its lock is taken, and a key only ever gets hotter (stories are
 * added, not removed): when two transactions share a key and only one of them locks it, the other saw it hot
 * from a later snapshot, and any order in which they could have run one after the other would have it hot too
 * for the one that ran second. So concurrent ingests still decide as some serial order of them would.
 */
export async function lockBands(
  trx: Kysely<Database>,
  caseId: number,
  bands: ArrayLike<number>,
): Promise<number[]> {
  const keys = sortedKeys(bands);
  if (keys.length === 0) return [];
  await sql`savepoint band_locks`.execute(trx);
  for (;;) {
    const { rows } = await bandsQuery(caseId, keys, true).execute(trx);
    const taken = rows.find((r) => r.stories < hotBandStories && !r.locked);
    if (!taken) {
      await sql`release savepoint band_locks`.execute(trx);
      return searchable(rows);
    }
    await sql`rollback to savepoint band_locks`.execute(trx);
    await sql`select pg_advisory_xact_lock_shared(${bandLockSpace}, ${taken.key}::int4)`.execute(trx);
    await sql`rollback to savepoint band_locks`.execute(trx);
  }
}

/** The keys of `bands` to look near duplicates up by (those that are not hot), without locking anything. */
export async function searchableBands(
  db: Kysely<Database>,
  caseId: number,
  bands: ArrayLike<number>,
): Promise<number[]> {
  const keys = sortedKeys(bands);
  if (keys.length === 0) return [];
  const { rows } = await bandsQuery(caseId, keys, false).execute(db);
  return searchable(rows);
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
        select id from articles where lsh_bands @> array[k.key] and case_id + 0 = ${caseId} limit ${maxPerBand}
      ) as m
      group by m.id
      order by shared desc, m.id
      limit ${limit}
    ) as hits
    join articles as a on a.id = hits.id
    order by hits.shared desc, a.id`;
}

/** A row of `nearDuplicateQuery` as a candidate. */
export function nearDuplicateCandidate(r: {
  id: string | number;
  story_id: string | number;
  text: string;
  shared: number;
}): NearDuplicateCandidate {
  return { id: Number(r.id), storyId: Number(r.story_id), text: r.text, sharedBands: r.shared };
}

/** The stored articles of the case that carry any of `keys`, most shared first (see `nearDuplicateQuery`). */
export async function candidatesByBands(
  db: Kysely<Database>,
  caseId: number,
  keys: readonly number[],
  limit = maxCandidates,
): Promise<NearDuplicateCandidate[]> {
  if (keys.length === 0) return [];
  const { rows } = await nearDuplicateQuery(caseId, keys, limit).execute(db);
  return rows.map(nearDuplicateCandidate);
}

/**
 * Stored articles of the case that share at least one LSH band with `bands`, hot bands left out, most shared
 * first. Answered by the GIN index on `articles.lsh_bands`, never by scanning the table. Inside a store
 * transaction, `lockBands` gives the keys instead, with their locks.
 */
export async function nearDuplicateCandidates(
  db: Kysely<Database>,
  caseId: number,
  bands: ArrayLike<number>,
  limit = maxCandidates,
): Promise<NearDuplicateCandidate[]> {
  return candidatesByBands(db, caseId, await searchableBands(db, caseId, bands), limit);
}
