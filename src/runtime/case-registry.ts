import type { ClaimCandidateCache, Db, StoredCase } from '../db/index.ts';
import { caseById, createClaimCandidateCache } from '../db/index.ts';
import type { ClaimContext } from '../pipeline/article-claims.ts';
import { claimContext } from '../pipeline/article-claims.ts';
import type { RelevanceModel } from '../relevance/index.ts';
import { relevanceModel } from '../relevance/index.ts';

export interface LoadedCase extends StoredCase {
  relevance: RelevanceModel;
  /** What its claims are read and matched with. */
  claims: ClaimContext;
  /** What this process has read of the case's stored claims; it outlives the definition's minute. */
  claimCandidates: ClaimCandidateCache;
}

/** Case definitions by id, read from the store once per process and kept for a minute. */
export interface CaseRegistry {
  get(caseId: number): Promise<LoadedCase>;
}

export function createCaseRegistry(db: Db, ttlMs = 60_000): CaseRegistry {
  const cache = new Map<number, { at: number; value: Promise<LoadedCase> }>();
  // One for all cases of this store: it keys what it keeps by case, and claim ids are the store's.
  const claimCandidates = createClaimCandidateCache();
  // The models made of each case's definition as last read. A definition read again unchanged keeps them: what the
  // claim diff remembers of the texts it has read is kept per vocabulary, and a new one each minute forgot it all.
  const models = new Map<number, { definition: string; relevance: RelevanceModel; claims: ClaimContext }>();
  return {
    get(caseId) {
      const hit = cache.get(caseId);
      if (hit && Date.now() - hit.at < ttlMs) return hit.value;
      const value = caseById(db, caseId).then((c) => {
        const definition = JSON.stringify(c.definition);
        let made = models.get(caseId);
        if (made?.definition !== definition) {
          made = { definition, relevance: relevanceModel(c.definition), claims: claimContext(c.definition) };
          models.set(caseId, made);
        }
        return { ...c, relevance: made.relevance, claims: made.claims, claimCandidates };
      });
      value.catch(() => cache.delete(caseId));
      cache.set(caseId, { at: Date.now(), value });
      return value;
    },
  };
}
