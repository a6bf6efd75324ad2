/** How much two texts' shingle sets overlap. */
export interface Overlap {
  /** |A ∩ B| / |A ∪ B| */
  jaccard: number;
  /** |A ∩ B| / min(|A|, |B|): a trimmed copy is contained in its original. */
  containment: number;
  /** |A ∩ B| */
  shared: number;
  /** min(|A|, |B|) / max(|A|, |B|) */
  sizeRatio: number;
}

/** Exact overlap of two sorted shingle-hash arrays. */
export function overlap(a: Uint32Array, b: Uint32Array): Overlap {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  const small = Math.min(a.length, b.length);
  const large = Math.max(a.length, b.length);
  const union = a.length + b.length - shared;
  return {
    jaccard: union === 0 ? 0 : shared / union,
    containment: small === 0 ? 0 : shared / small,
    shared,
    sizeRatio: large === 0 ? 0 : small / large,
  };
}

/**
 * The thresholds of "the same piece", chosen on the labelled pairs of tests/dedup (figures in docs/dedup.md).
 * There, 1,168 pairs of different pieces — many of them reports of one event by different outlets, sharing
 * quotes, names and figures — reach at most Jaccard 0.13 and containment 0.27; 228 copies and reposts (new
 * furniture, trimmed endings, light edits, cut paragraphs) reach at least Jaccard 0.40 and containment 0.70.
 * The thresholds sit in the middle of those gaps. A pair is a near duplicate when
 * - their shingles' Jaccard is at least 0.3 (a repost with new furniture or light edits), or
 * - the shorter is at least 0.55 contained in the longer, is at least a fifth of its length and shares at least
 *   30 shingles (a trimmed copy; the floors keep out a short brief that repeats a few of the same sentences).
 */
export const nearDuplicateThresholds = {
  jaccard: 0.3,
  containment: 0.55,
  minSizeRatio: 0.2,
  minShared: 30,
} as const;

/** Whether an overlap makes two texts the same piece. */
export function isNearDuplicate(o: Overlap, t = nearDuplicateThresholds): boolean {
  if (o.jaccard >= t.jaccard) return true;
  return o.containment >= t.containment && o.sizeRatio >= t.minSizeRatio && o.shared >= t.minShared;
}

/** One number to rank candidates by: the stronger of the two signals. */
export function similarityScore(o: Overlap): number {
  return Math.max(o.jaccard, o.sizeRatio >= nearDuplicateThresholds.minSizeRatio ? o.containment * 0.9 : 0);
}
