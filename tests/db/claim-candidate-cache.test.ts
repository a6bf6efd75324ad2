import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import { defaultCaseFile } from '../../src/config/index.ts';
import type { Db } from '../../src/db/index.ts';
import { claimCandidates, createClaimCandidateCache, rekeyClaims, storeArticle } from '../../src/db/index.ts';
import { claimsToStore } from '../../src/pipeline/article-claims.ts';
import { syncCase } from '../../src/pipeline/sync-cases.ts';
import { articleInput } from '../helpers/articles.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase } from '../helpers/services.ts';

// A process keeps the claim lists of full keys and the claims it has read. What it keeps must give the candidates
// the store would, must not outlive its expiry, and must never hold what a transaction wrote before it commits.

let store: FreshDatabase;
let caseId: number;
let articleId: number;

beforeAll(async () => {
  store = await freshDatabase('claim_candidate_cache');
  caseId = (await syncCase(store.db, loadCaseFile(defaultCaseFile))).id;
  articleId = (
    await store.db
      .transaction()
      .execute((trx) =>
        storeArticle(trx, articleInput(caseId, 'https://wire.example/many', 'Many claims of one piece.')),
      )
  ).articleId;
});
afterAll(async () => store?.drop());

/** `n` coverage claims carrying `keys`, named `label 0`, `label 1`…; their ids, oldest first. */
async function insertClaims(
  db: Db,
  label: string,
  n: number,
  keys: (i: number) => string[],
): Promise<number[]> {
  const rows = await db
    .insertInto('claims')
    .values(
      Array.from({ length: n }, (_, i) => ({
        case_id: caseId,
        kind: 'statement',
        text: `${label} ${i}.`,
        normalized: `${label} ${i}`,
        normalized_hash: `${label}-${i}`,
        slots: '{}',
        origin: 'coverage' as const,
        match_keys: keys(i),
        first_seen_at: new Date(),
        first_article_id: articleId,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => Number(r.id));
}

const [probe] = claimsToStore('A claim to look candidates up for.');
const coverageTexts = (claims: { origin: string; text: string }[]) =>
  claims.filter((c) => c.origin === 'coverage').map((c) => c.text);

describe('the claim candidate cache', () => {
  it('gives the candidates the store gives, and keeps a full key as read until it expires', async () => {
    await insertClaims(store.db, 'Busy claim', 130, (i) => [
      'busykey',
      ...(i % 10 === 0 ? ['tenthkey'] : []),
    ]);
    let clock = 0;
    const cache = createClaimCandidateCache({ ttlMs: 1000, now: () => clock });
    const lookup = { ...probe!, matchKeys: ['busykey', 'tenthkey'] };
    const uncached = await claimCandidates(store.db, caseId, lookup);
    const first = await claimCandidates(store.db, caseId, lookup, cache);
    const second = await claimCandidates(store.db, caseId, lookup, cache);
    expect(first.map((c) => c.id)).toEqual(uncached.map((c) => c.id));
    expect(second).toEqual(uncached);
    // Those sharing both keys first (every tenth), then the oldest of the rest.
    expect(coverageTexts(uncached).slice(0, 3)).toEqual([
      'Busy claim 0.',
      'Busy claim 10.',
      'Busy claim 20.',
    ]);

    // The oldest claim loses the busy key in the store. The kept list still has it; once expired, it does not.
    const stored = await store.db.selectFrom('claims').select(['text', 'match_keys']).execute();
    const keysOf = new Map(stored.map((c) => [c.text, c.match_keys]));
    await rekeyClaims(store.db, caseId, (text) =>
      text === 'Busy claim 1.' ? ['otherkey'] : keysOf.get(text)!,
    );
    const busyOnly = { ...probe!, matchKeys: ['busykey'] };
    expect(coverageTexts(await claimCandidates(store.db, caseId, busyOnly))).not.toContain('Busy claim 1.');
    expect(coverageTexts(await claimCandidates(store.db, caseId, busyOnly, cache))).toContain(
      'Busy claim 1.',
    );
    clock = 1001;
    expect(coverageTexts(await claimCandidates(store.db, caseId, busyOnly, cache))).not.toContain(
      'Busy claim 1.',
    );
  });

  it('keeps nothing a transaction wrote: rolled back, its claims are not candidates', async () => {
    const cache = createClaimCandidateCache();
    const lookup = { ...probe!, matchKeys: ['phantomkey'] };
    await store.db
      .transaction()
      .execute(async (trx) => {
        const written = await insertClaims(trx, 'Phantom claim', 120, () => ['phantomkey']);
        const inside = await claimCandidates(trx, caseId, lookup, cache, new Set(written));
        expect(coverageTexts(inside)).toHaveLength(40);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect(coverageTexts(await claimCandidates(store.db, caseId, lookup, cache))).toEqual([]);
  });
});
