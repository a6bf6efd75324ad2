import type { Transaction } from 'kysely';
import type { DetectedClaim } from '../claims/index.ts';
import type { ClaimRelation, Database } from './types.ts';

type Tx = Transaction<Database>;

export interface ClaimTally {
  /** Claims stored for the first time. */
  new: number;
  /** Mentions of claims that other articles made first. */
  restated: number;
}

/**
 * Stores the claims of one article version with their mentions. First form of the claim diff: a claim whose
 * normalised form is already stored is `restated`, otherwise `new`. The unique key on the normalised hash
 * decides, so two workers storing the same claim at once agree on which one was first.
 */
export async function storeClaims(
  trx: Tx,
  input: { caseId: number; articleId: number; version: number; claims: DetectedClaim[] },
): Promise<ClaimTally> {
  const tally: ClaimTally = { new: 0, restated: 0 };
  if (input.claims.length === 0) return tally;
  const unique = new Map(input.claims.map((c) => [c.normalizedHash, c]));
  const created = await trx
    .insertInto('claims')
    .values(
      [...unique.values()].map((c) => ({
        case_id: input.caseId,
        kind: c.kind,
        text: c.text,
        normalized: c.normalized,
        normalized_hash: c.normalizedHash,
        slots: JSON.stringify(c.slots),
        first_seen_at: new Date(),
        first_article_id: input.articleId,
      })),
    )
    .onConflict((oc) => oc.columns(['case_id', 'normalized_hash']).doNothing())
    .returning(['id', 'normalized_hash'])
    .execute();
  const createdHashes = new Set(created.map((r) => r.normalized_hash));
  const known = await trx
    .selectFrom('claims')
    .select(['id', 'normalized_hash', 'first_article_id'])
    .where('case_id', '=', input.caseId)
    .where('normalized_hash', 'in', [...unique.keys()])
    .execute();
  const idByHash = new Map(known.map((r) => [r.normalized_hash, r]));
  const mentions = input.claims.flatMap((c) => {
    const claim = idByHash.get(c.normalizedHash);
    if (!claim) return [];
    // A claim this same article introduced (an earlier version, or twice in the text) is still its own.
    const relation: ClaimRelation =
      createdHashes.has(c.normalizedHash) || claim.first_article_id === input.articleId ? 'new' : 'restated';
    return [
      {
        claim_id: claim.id,
        article_id: input.articleId,
        article_version: input.version,
        sentence: c.text,
        sentence_index: c.sentenceIndex,
        start_offset: c.start,
        end_offset: c.end,
        relation,
        related_claim_id: null,
        detail: null,
      },
    ];
  });
  if (mentions.length) {
    const stored = await trx
      .insertInto('claim_mentions')
      .values(mentions)
      .onConflict((oc) =>
        oc.columns(['article_id', 'article_version', 'sentence_index', 'claim_id']).doNothing(),
      )
      .returning('relation')
      .execute();
    tally.restated = stored.filter((m) => m.relation === 'restated').length;
  }
  tally.new = created.length;
  return tally;
}
