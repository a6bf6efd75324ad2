import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import { defaultCaseFile } from '../../src/config/index.ts';
import type { ClaimToStore, ClassifyClaim } from '../../src/db/index.ts';
import { claimCandidates, rekeyClaims, storeArticle, storeClaims } from '../../src/db/index.ts';
import { mostShared } from '../../src/db/claims.ts';
import { claimClassifier, claimContext, claimsToStore } from '../../src/pipeline/article-claims.ts';
import { syncCase } from '../../src/pipeline/sync-cases.ts';
import { articleInput } from '../helpers/articles.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase } from '../helpers/services.ts';

// The claim store: known facts seed it, candidates come through the index, and each relation the claim diff
// decides is stored with the claim it is about and the detail of the difference.

let store: FreshDatabase;
let caseId: number;

beforeAll(async () => {
  store = await freshDatabase('claims');
  caseId = (await syncCase(store.db, loadCaseFile(defaultCaseFile))).id;
});
afterAll(async () => store?.drop());

/** Claims that share a match key, as the claim diff's keys would make two statements about one penalty. */
const withKey = (claims: ClaimToStore[]) => claims.map((c) => ({ ...c, matchKeys: ['verdict-penalty'] }));

async function article(url: string, text: string) {
  return store.db.transaction().execute((trx) => storeArticle(trx, articleInput(caseId, url, text)));
}

describe('the claim store', () => {
  it('is seeded with the case’s known facts, once', async () => {
    const facts = await store.db
      .selectFrom('claims')
      .select('text')
      .where('origin', '=', 'known_fact')
      .execute();
    expect(facts.length).toBe(loadCaseFile(defaultCaseFile).known_facts.length);
    await syncCase(store.db, loadCaseFile(defaultCaseFile));
    const again = await store.db
      .selectFrom('claims')
      .select('id')
      .where('origin', '=', 'known_fact')
      .execute();
    expect(again).toHaveLength(facts.length);
  });

  it('stores a conflicting claim as its own statement, with the claim it contradicts and why', async () => {
    const first = 'Jurors found 75,000 violations and set the civil penalty at $375 million.';
    const second = 'Jurors found 75,000 violations and set the civil penalty at $357 million.';
    const a = await article('https://wire.example/verdict', first);
    await store.db.transaction().execute((trx) =>
      storeClaims(trx, {
        caseId,
        articleId: a.articleId,
        version: 1,
        claims: withKey(claimsToStore(first)),
      }),
    );
    // A stand-in for the claim diff: a stored claim with the same words but another figure conflicts.
    const classify: ClassifyClaim = (claim, candidates) => {
      const other = candidates.find((c) => c.text === first);
      return other
        ? { relation: 'conflicting', matched: other, detail: '$357 million ≠ $375 million' }
        : { relation: 'new' };
    };
    const b = await article('https://aggregator.example/verdict', second);
    const tally = await store.db.transaction().execute(async (trx) => {
      return storeClaims(trx, {
        caseId,
        articleId: b.articleId,
        version: 1,
        claims: withKey(claimsToStore(second)),
        classify,
      });
    });
    // Every claim detected in the sentence (a sentence can make more than one) conflicts with the stored one.
    const detected = claimsToStore(second).length;
    expect(detected).toBeGreaterThan(0);
    expect(tally).toEqual({ new: 0, restated: 0, conflicting: detected, updated: 0 });
    const mention = await store.db
      .selectFrom('claim_mentions')
      .innerJoin('claims as related', 'related.id', 'claim_mentions.related_claim_id')
      .select(['claim_mentions.relation', 'claim_mentions.detail', 'related.text as relatedText'])
      .where('claim_mentions.article_id', '=', b.articleId)
      .executeTakeFirstOrThrow();
    expect(mention).toEqual({
      relation: 'conflicting',
      detail: '$357 million ≠ $375 million',
      relatedText: first,
    });
  });

  it('finds candidates by a shared match key through the index, without the same text, and every known fact', async () => {
    const [probe] = claimsToStore('Meta was ordered to pay a different amount.');
    const coverage = async (matchKeys: string[]) =>
      (await claimCandidates(store.db, caseId, { ...probe!, matchKeys }))
        .filter((c) => c.origin === 'coverage')
        .map((c) => c.text);
    expect([...new Set(await coverage(['verdict-penalty']))]).toEqual([
      'Jurors found 75,000 violations and set the civil penalty at $375 million.',
      'Jurors found 75,000 violations and set the civil penalty at $357 million.',
    ]);
    expect(await coverage(['another-key'])).toEqual([]);
    // The known facts come whatever the keys: every claim is diffed against them, as `claims diff` does.
    const facts = (await claimCandidates(store.db, caseId, { ...probe!, matchKeys: ['another-key'] })).filter(
      (c) => c.origin === 'known_fact',
    );
    expect(facts).toHaveLength(loadCaseFile(defaultCaseFile).known_facts.length);
  });

  it('reads at most a hundred claims of a common key, the oldest, so the lookup does not grow with the table', async () => {
    const a = await article('https://wire.example/many', 'Many claims share one common word.');
    const rows = Array.from({ length: 150 }, (_, i) => ({
      case_id: caseId,
      kind: 'statement',
      text: `Common claim number ${i}.`,
      normalized: `common claim number ${i}`,
      normalized_hash: `common-${i}`,
      slots: '{}',
      origin: 'coverage' as const,
      match_keys: ['commonword', ...(i === 140 ? ['rarename'] : [])],
      first_seen_at: new Date(),
      first_article_id: a.articleId,
    }));
    await store.db.insertInto('claims').values(rows).execute();
    const [probe] = claimsToStore('A claim with a common word.');
    const texts = (await claimCandidates(store.db, caseId, { ...probe!, matchKeys: ['commonword'] }))
      .filter((c) => c.origin === 'coverage')
      .map((c) => c.text);
    expect(texts).toHaveLength(40);
    expect(texts[0]).toBe('Common claim number 0.');
    // The 141st claim carries the common key and a rare one. Were the common key read whole it would share two
    // keys with the probe and come first; its common key is past the cap, so it shares one, like the oldest.
    const ranked = await claimCandidates(store.db, caseId, {
      ...probe!,
      matchKeys: ['commonword', 'rarename'],
    });
    expect(ranked[0]?.text).toBe('Common claim number 0.');
    expect(ranked.map((c) => c.text)).not.toContain('Common claim number 140.');
  });
});

describe('choosing the candidates that share the most keys', () => {
  it('takes the most shared first, the older among equals, and stops at the number asked for', () => {
    const shared = new Map([
      [30, 1],
      [7, 3],
      [12, 1],
      [9, 3],
      [4, 1],
      [100, 2],
      [55, Number.MAX_SAFE_INTEGER],
    ]);
    expect(mostShared(shared, 10)).toEqual([55, 7, 9, 100, 4, 12, 30]);
    expect(mostShared(shared, 5)).toEqual([55, 7, 9, 100, 4]);
    expect(mostShared(new Map(), 5)).toEqual([]);
  });
});

describe('rekeying stored claims', () => {
  it('makes stale match keys again, and the claim is found by its new keys', async () => {
    const a = await article('https://wire.example/stale-keys', 'A claim stored with keys made another way.');
    const [row] = await store.db
      .insertInto('claims')
      .values({
        case_id: caseId,
        kind: 'statement',
        text: 'Stale keys claim about the abatement fund.',
        normalized: 'stale keys claim about the abatement fund',
        normalized_hash: 'stale-keys',
        slots: '{}',
        origin: 'coverage',
        match_keys: ['oldkey'],
        first_seen_at: new Date(),
        first_article_id: a.articleId,
      })
      .returning('id')
      .execute();
    const keysOf = (text: string) => (text.startsWith('Stale keys') ? ['newkey', 'zfund'] : undefined);
    const before = await store.db
      .selectFrom('claims')
      .select(['id', 'text', 'match_keys'])
      .where('case_id', '=', caseId)
      .execute();
    const result = await rekeyClaims(
      store.db,
      caseId,
      (text) => keysOf(text) ?? before.find((b) => b.text === text)!.match_keys,
      7,
    );
    expect(result).toEqual({ claims: before.length, changed: 1 });
    const [probe] = claimsToStore('Another claim.');
    const found = async (key: string) =>
      (await claimCandidates(store.db, caseId, { ...probe!, matchKeys: [key] })).map((c) => c.id);
    expect(await found('newkey')).toContain(Number(row!.id));
    expect(await found('oldkey')).not.toContain(Number(row!.id));
    // A second pass finds nothing left to change.
    expect(
      (
        await rekeyClaims(
          store.db,
          caseId,
          (text) => keysOf(text) ?? before.find((b) => b.text === text)!.match_keys,
        )
      ).changed,
    ).toBe(0);
  });
});

describe('the claim store with the case’s claim diff', () => {
  const context = claimContext(loadCaseFile(defaultCaseFile));

  /** Stores `text` as an article's claims the way the ingest stage does; returns each claim's mention. */
  async function ingestClaims(url: string, text: string) {
    const a = await article(url, text);
    await store.db.transaction().execute((trx) =>
      storeClaims(trx, {
        caseId,
        articleId: a.articleId,
        version: 1,
        claims: claimsToStore(text, context, '2026-09-01'),
        classify: claimClassifier(context),
      }),
    );
    return store.db
      .selectFrom('claim_mentions')
      .leftJoin('claims as related', 'related.id', 'claim_mentions.related_claim_id')
      .select([
        'claim_mentions.relation',
        'claim_mentions.detail',
        'related.text as relatedText',
        'related.origin',
      ])
      .where('claim_mentions.article_id', '=', a.articleId)
      .orderBy('claim_mentions.sentence_index')
      .execute();
  }

  it('finds the known fact a claim contradicts through its match keys, and says how they differ', async () => {
    const mentions = await ingestClaims(
      'https://aggregator.example/dismissal',
      "Judge Bryan Biedscheid granted Meta's motion to dismiss in May 2024.",
    );
    expect(mentions).toEqual([
      {
        relation: 'conflicting',
        detail: 'motion to dismiss: granted ≠ denied',
        relatedText: "Judge Bryan Biedscheid denied Meta's motion to dismiss on May 30, 2024.",
        origin: 'known_fact',
      },
    ]);
  });

  it('records a later stage of a matter as an update, and a restatement against the stored claim', async () => {
    const [appeal] = await ingestClaims(
      'https://wire.example/appeal',
      'Meta has appealed the final judgment to the New Mexico Court of Appeals.',
    );
    expect(appeal).toMatchObject({
      relation: 'updated',
      origin: 'known_fact',
      relatedText: expect.stringContaining('The final judgment on August 6, 2026'),
    });
    // Another article saying it again (the same text alone would be the same article, stored once).
    const [again] = await ingestClaims(
      'https://paper.example/appeal',
      'Meta has appealed the final judgment to the New Mexico Court of Appeals. A hearing is months away.',
    );
    expect(again).toMatchObject({ relation: 'restated', relatedText: null });
  });

  it('stores a changed figure as conflicting with the coverage that first gave it', async () => {
    const [first] = await ingestClaims(
      'https://wire.example/decoys',
      'Investigators posed as children under 14 on Facebook and Instagram.',
    );
    expect(first?.relation).toBe('new');
    const [second] = await ingestClaims(
      'https://blog.example/decoys',
      'Investigators posed as children 14 and under on Facebook and Instagram.',
    );
    expect(second).toMatchObject({
      relation: 'conflicting',
      origin: 'coverage',
      relatedText: 'Investigators posed as children under 14 on Facebook and Instagram.',
    });
    expect(second?.detail).toContain('14');
  });
});
