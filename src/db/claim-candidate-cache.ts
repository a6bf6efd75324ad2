import type { StoredClaim } from './claims.ts';

/**
 * What one process keeps of a case's claim store between lookups, so that a claim's candidates cost PostgreSQL
 * the keys and claims it has not seen yet instead of the same common keys and claims for every claim:
 *
 * - **Full keys.** A key's candidates are its oldest `claimsPerKey` claims. Once a key has that many, later claims
 *   (higher ids) never enter its list, so the list is kept as read. Common keys ("jury", "verdi") fill within the
 *   first few hundred claims; they were most of the index entries every lookup read.
 * - **Claims.** A stored claim's text, normalised form, slots and first article do not change once written.
 *
 * Entries expire after `ttlMs`, which bounds two ways a kept list can fall behind the store: a claim given a lower
 * id by a transaction that commits after the list was read, and `claims rekey` run beside the workers. Both cost
 * a candidate for a while. A kept claim can outlive its row only if the row is deleted (its case removed), and then
 * no list read from the store names it any more. One cache serves one store; claims are keyed by id, keys by case.
 */
export interface ClaimCandidateCache {
  fullKey(caseId: number, key: string): readonly number[] | undefined;
  keepFullKey(caseId: number, key: string, ids: readonly number[]): void;
  claim(id: number): StoredClaim | undefined;
  keepClaim(claim: StoredClaim): void;
}

/** A map that forgets its oldest entries past `max` and any entry older than `ttlMs`. */
class Expiring<K, V> {
  private readonly entries = new Map<K, { at: number; value: V }>();
  constructor(
    private readonly max: number,
    private readonly ttlMs: number,
  ) {}

  get(key: K, now: number): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (now - hit.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value;
  }

  set(key: K, value: V, now: number): void {
    this.entries.delete(key);
    this.entries.set(key, { at: now, value });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as K);
  }
}

export function createClaimCandidateCache(
  options: { maxKeys?: number; maxClaims?: number; ttlMs?: number; now?: () => number } = {},
): ClaimCandidateCache {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  // 5,000 full keys of 100 ids and 5,000 claims of a kilobyte or so: a few megabytes a process.
  const keys = new Expiring<string, readonly number[]>(options.maxKeys ?? 5000, ttlMs);
  const claims = new Expiring<number, StoredClaim>(options.maxClaims ?? 5000, ttlMs);
  return {
    fullKey: (caseId, key) => keys.get(`${caseId}\u0000${key}`, now()),
    keepFullKey: (caseId, key, ids) => keys.set(`${caseId}\u0000${key}`, ids, now()),
    claim: (id) => claims.get(id, now()),
    keepClaim: (claim) => claims.set(claim.id, claim, now()),
  };
}
