import type { Overlap } from './similarity.ts';
import { isNearDuplicate, overlap, similarityScore } from './similarity.ts';

export interface MatchCandidate<K> {
  key: K;
  shingles: Uint32Array;
}

export interface Match<K> {
  key: K;
  overlap: Overlap;
}

/**
 * The candidate that a text is a near duplicate of, if any: the most similar one that passes the thresholds
 * (ties go to the earlier candidate). Used by the pipeline (candidates from Postgres) and by
 * `dedup cluster` (candidates from memory) alike, so both decide the same way.
 *
 * A text close to candidates in two different stories joins the story of the closest; the two stories are
 * not merged. Merging would let a chain of partial copies glue unrelated pieces together, and a story that
 * only a late bridge connects is better shown twice than wrongly once.
 */
export function bestNearDuplicate<K>(
  shingles: Uint32Array,
  candidates: Iterable<MatchCandidate<K>>,
): Match<K> | undefined {
  let best: Match<K> | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    const o = overlap(shingles, candidate.shingles);
    if (!isNearDuplicate(o)) continue;
    const score = similarityScore(o);
    if (score > bestScore) {
      best = { key: candidate.key, overlap: o };
      bestScore = score;
    }
  }
  return best;
}
