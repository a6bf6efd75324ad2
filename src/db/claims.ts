import { sql } from 'kysely';
import type { Insertable, Transaction } from 'kysely';
import type { DetectedClaim } from '../claims/index.ts';
import type { Db } from './connect.ts';
import type { ClaimCandidateCache } from './claim-candidate-cache.ts';
import { createClaimCandidateCache } from './claim-candidate-cache.ts';
import type { ClaimMentionsTable, ClaimRelation, Database } from './types.ts';

type Tx = Transaction<Database>;

/** A stored claim, as classification sees it. */
export interface StoredClaim {
  id: number;
  kind: string;
  text: string;
  normalized: string;
  slots: Record<string, unknown>;
  origin: 'coverage' | 'known_fact';
  firstArticleId: number | null;
}

/** A claim ready to store: what detection found, and the keys later claims will find it by. */
export interface ClaimToStore extends Omit<DetectedClaim, 'kind'> {
  /** quote, number, event, legal event, allegation… — or `known_fact`'s own kind. */
  kind: string;
  matchKeys: string[];
  /** The article's date its relative dates were resolved against, for judging them. */
  articleDate?: string | null;
}

/** How a claim relates to what is stored: `matched` is the stored claim it restates, contradicts or updates. */
export interface ClaimDecision {
  relation: ClaimRelation;
  matched?: StoredClaim;
  detail?: string | null;
}

/** Decides a claim's relation from its candidates: the claim diff's own logic, given to the store. */
export type ClassifyClaim = (claim: ClaimToStore, candidates: StoredClaim[]) => ClaimDecision;

export type ClaimTally = Record<ClaimRelation, number>;

/** Coverage candidates past this many are not read: those sharing the most keys come first. */
const maxClaimCandidates = 40;

/**
 * Claims read per match key. Keys such as "jury", "verdi" or "milli" are carried by most claims of a case, and
 * reading every claim that carries them made this lookup most of PostgreSQL's work per page, growing with the
 * table. A key's claims are read in id order, so the capped list holds its oldest: the ones first said, which
 * are what later claims restate, contradict or update. Rare keys (a name, a figure, a docket) are read whole.
 */
const claimsPerKey = 100;

/**
 * The `n` claims that share the most keys, the older (smaller id) first among equals. Once a case's keys are full
 * a claim's keys name some 3,000 claims; sorting them all, pair by pair, for the first forty was a few percent of a
 * worker. Claims are grouped by how many keys they share (a few dozen groups), and only the groups the forty come
 * from are put in id order, natively.
 */
export function mostShared(shared: ReadonlyMap<number, number>, n: number): number[] {
  const byCount = new Map<number, number[]>();
  for (const [id, count] of shared) {
    const ids = byCount.get(count);
    if (ids) ids.push(id);
    else byCount.set(count, [id]);
  }
  const out: number[] = [];
  for (const count of [...byCount.keys()].sort((a, b) => b - a)) {
    for (const id of Float64Array.from(byCount.get(count) ?? []).sort()) {
      if (out.length === n) return out;
      out.push(id);
    }
  }
  return out;
}

/**
 * Stored claims of the case that may be the same statement as `claim`: all of the case's known facts (the
 * canonical statements every claim is diffed against, as `claims diff` does), the claim with the same
 * normalised text, then the coverage claims sharing the most match keys. Each key is one range of the B-tree
 * of claim_keys (migration 2026_11_28_180000_claim_keys): at most `claimsPerKey` index entries, however common
 * the key. With a `cache` (one a process and database, see claim-candidate-cache.ts) the keys already full and
 * the claims already read are not read again: one statement for the rest, and a second for claims not yet seen.
 */
export async function claimCandidates(
  db: Db | Tx,
  caseId: number,
  claim: Pick<ClaimToStore, 'normalizedHash' | 'matchKeys'>,
  cache: ClaimCandidateCache = createClaimCandidateCache(),
  own: ReadonlySet<number> = new Set(),
): Promise<StoredClaim[]> {
  const keys = [...new Set(claim.matchKeys)];
  const kept = new Map<string, readonly number[]>();
  for (const key of keys) {
    const ids = cache.fullKey(caseId, key);
    if (ids) kept.set(key, ids);
  }
  const unread = keys.filter((k) => !kept.has(k));
  const { rows: lists } = await sql<{ source: 'hash' | 'fact' | 'key'; key: string | null; ids: string[] }>`
    select 'hash' as source, null as key,
      array(select id from claims where case_id = ${caseId} and normalized_hash = ${claim.normalizedHash}) as ids
    union all
    select 'fact', null, array(select id from claims where case_id = ${caseId} and origin = 'known_fact')
    union all
    select 'key', k.key, array(select m.id from claim_key_oldest(${caseId}, k.key, ${claimsPerKey}) as m(id))
    from unnest(${unread}::text[]) as k(key)`.execute(db);
  const shared = new Map<number, number>();
  const facts: number[] = [];
  const count = (ids: readonly number[]) => {
    for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
  };
  for (const ids of kept.values()) count(ids);
  let sameText: number[] = [];
  for (const list of lists) {
    const ids = list.ids.map(Number);
    if (list.source === 'hash') sameText = ids;
    else if (list.source === 'fact') facts.push(...ids);
    else {
      count(ids);
      // Claims this transaction wrote are not kept: were it rolled back, they would never have been.
      if (ids.length >= claimsPerKey && !ids.some((id) => own.has(id)))
        cache.keepFullKey(caseId, list.key!, ids);
    }
  }
  // The same text first, then the most keys shared, the older first; the known facts after them, oldest first.
  for (const id of sameText) shared.set(id, Number.MAX_SAFE_INTEGER);
  const best = mostShared(shared, maxClaimCandidates);
  const chosen = [...best, ...facts.filter((id) => !best.includes(id)).sort((a, b) => a - b)];
  const found = new Map<number, StoredClaim>();
  for (const id of chosen) {
    const hit = cache.claim(id);
    if (hit) found.set(id, hit);
  }
  const missing = chosen.filter((id) => !found.has(id));
  if (missing.length) {
    const { rows } = await sql<{
      id: string;
      kind: string;
      text: string;
      normalized: string;
      slots: Record<string, unknown>;
      origin: 'coverage' | 'known_fact';
      first_article_id: string | null;
    }>`
      select id, kind, text, normalized, slots, origin, first_article_id
      from claims where id = any(${missing}::bigint[])`.execute(db);
    for (const r of rows) {
      const stored: StoredClaim = {
        id: Number(r.id),
        kind: r.kind,
        text: r.text,
        normalized: r.normalized,
        slots: r.slots,
        origin: r.origin,
        firstArticleId: r.first_article_id === null ? null : Number(r.first_article_id),
      };
      found.set(stored.id, stored);
      if (!own.has(stored.id)) cache.keepClaim(stored);
    }
  }
  return chosen.map((id) => found.get(id)).filter((c): c is StoredClaim => c !== undefined);
}

/** The first form of the claim diff, and the fallback: the same normalised text is restated, anything else new. */
export const classifyByNormalizedText: ClassifyClaim = (claim, candidates) => {
  const same = candidates.find((c) => c.normalized === claim.normalized);
  return same ? { relation: 'restated', matched: same } : { relation: 'new' };
};

/** Inserts a claim unless its normalised form is stored; returns the id of the row that holds it. */
async function insertClaim(
  trx: Tx,
  caseId: number,
  claim: ClaimToStore,
  origin: 'coverage' | 'known_fact',
  articleId: number | null,
): Promise<{ id: number; created: boolean; firstArticleId: number | null }> {
  const created = await trx
    .insertInto('claims')
    .values({
      case_id: caseId,
      kind: claim.kind,
      text: claim.text,
      normalized: claim.normalized,
      normalized_hash: claim.normalizedHash,
      slots: JSON.stringify(claim.slots),
      origin,
      match_keys: claim.matchKeys,
      first_seen_at: new Date(),
      first_article_id: articleId,
    })
    .onConflict((oc) => oc.columns(['case_id', 'normalized_hash']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (created) return { id: Number(created.id), created: true, firstArticleId: articleId };
  const existing = await trx
    .selectFrom('claims')
    .select(['id', 'first_article_id'])
    .where('case_id', '=', caseId)
    .where('normalized_hash', '=', claim.normalizedHash)
    .executeTakeFirstOrThrow();
  return { id: Number(existing.id), created: false, firstArticleId: existing.first_article_id };
}

/**
 * Stores the claims of one article version with their mentions, each classified against the case's stored
 * claims: `restated` mentions the stored claim; `new`, `conflicting` and `updated` store the claim as a
 * statement of its own, the latter two with the claim they contradict or update and the detail of the
 * difference. A claim this article introduced itself (an earlier version, or twice in one text) stays `new`
 * for it. The unique key on the normalised form decides when two workers store the same claim at once.
 * Returns how many mentions of each relation were stored.
 */
export async function storeClaims(
  trx: Tx,
  input: {
    caseId: number;
    articleId: number;
    version: number;
    claims: ClaimToStore[];
    classify?: ClassifyClaim;
    /** What this process has read of the case's claims before (one cache a process and database). */
    cache?: ClaimCandidateCache;
  },
): Promise<ClaimTally> {
  const tally: ClaimTally = { new: 0, restated: 0, conflicting: 0, updated: 0 };
  const classify = input.classify ?? classifyByNormalizedText;
  const cache = input.cache ?? createClaimCandidateCache();
  // Claims this transaction writes: not kept in the cache before it commits.
  const written = new Set<number>();
  const mentions: Insertable<ClaimMentionsTable>[] = [];
  const decided = new Map<
    string,
    { claimId: number; relation: ClaimRelation; related: number | null; detail: string | null }
  >();
  for (const claim of input.claims) {
    let outcome = decided.get(claim.normalizedHash);
    if (!outcome) {
      const candidates = await claimCandidates(trx, input.caseId, claim, cache, written);
      const decision = classify(claim, candidates);
      if (decision.relation === 'restated' && decision.matched) {
        const own = decision.matched.firstArticleId === input.articleId;
        outcome = {
          claimId: decision.matched.id,
          relation: own ? 'new' : 'restated',
          related: null,
          detail: null,
        };
      } else {
        const row = await insertClaim(trx, input.caseId, claim, 'coverage', input.articleId);
        if (row.created) written.add(row.id);
        // The same normalised text stored meanwhile by another article is a restatement of it after all.
        const relation: ClaimRelation =
          row.created || row.firstArticleId === input.articleId
            ? decision.relation
            : decision.relation === 'new'
              ? 'restated'
              : decision.relation;
        outcome = {
          claimId: row.id,
          relation,
          related:
            relation === 'conflicting' || relation === 'updated' ? (decision.matched?.id ?? null) : null,
          detail: decision.detail ?? null,
        };
      }
      decided.set(claim.normalizedHash, outcome);
    }
    mentions.push({
      claim_id: outcome.claimId,
      article_id: input.articleId,
      article_version: input.version,
      sentence: claim.text,
      sentence_index: claim.sentenceIndex,
      start_offset: claim.start,
      end_offset: claim.end,
      relation: outcome.relation,
      related_claim_id: outcome.related,
      detail: outcome.detail,
    });
  }
  if (mentions.length) {
    const stored = await trx
      .insertInto('claim_mentions')
      .values(mentions)
      .onConflict((oc) =>
        oc.columns(['article_id', 'article_version', 'sentence_index', 'claim_id']).doNothing(),
      )
      .returning('relation')
      .execute();
    for (const m of stored) tally[m.relation] += 1;
  }
  return tally;
}

/**
 * Seeds the case's claim store with its known facts, so coverage is diffed against them from the first article
 * on. Facts already stored (by their normalised form) are left as they are.
 */
export async function storeKnownFacts(db: Db, caseId: number, facts: ClaimToStore[]): Promise<number> {
  if (facts.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    let created = 0;
    for (const fact of facts)
      if ((await insertClaim(trx, caseId, fact, 'known_fact', null)).created) created += 1;
    return created;
  });
}

/**
 * Recomputes the match keys of every stored claim of a case with `keysOf` (the code's current way of making
 * them), a thousand claims a statement; the trigger on claims refreshes claim_keys. Claims stored before a
 * change to how keys are made (the stemmer, the case's aliases) are otherwise found by their old keys only.
 * Returns how many claims were read and how many had other keys.
 */
export async function rekeyClaims(
  db: Db,
  caseId: number,
  keysOf: (text: string) => string[],
  batch = 1000,
): Promise<{ claims: number; changed: number }> {
  let after = 0;
  let claims = 0;
  let changed = 0;
  for (;;) {
    const rows = await db
      .selectFrom('claims')
      .select(['id', 'text', 'match_keys'])
      .where('case_id', '=', caseId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) break;
    after = Number(rows[rows.length - 1]!.id);
    claims += rows.length;
    const stale = rows
      .map((r) => ({ id: Number(r.id), keys: keysOf(r.text), old: r.match_keys }))
      .filter((r) => r.keys.length !== r.old.length || r.keys.some((k, i) => k !== r.old[i]));
    if (stale.length === 0) continue;
    // One statement a batch; the keys travel as JSON since a SQL array of arrays must be rectangular.
    await sql`
      update claims as c
      set match_keys = array(select jsonb_array_elements_text(s.keys))
      from jsonb_to_recordset(${JSON.stringify(stale.map(({ id, keys }) => ({ id, keys })))}::jsonb)
        as s(id bigint, keys jsonb)
      where c.id = s.id`.execute(db);
    changed += stale.length;
  }
  return { claims, changed };
}
