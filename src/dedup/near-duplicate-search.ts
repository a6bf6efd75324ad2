import { bestNearDuplicate } from './best-match.ts';
import { fingerprint } from './fingerprint.ts';
import { shingles } from './shingles.ts';

/** What a store needs to find a text's near duplicates: where to look, and how to choose among what it finds. */
export interface NearDuplicateSearch {
  /** The text's LSH band keys, scoped: stored with the text, and looked up to find candidates. */
  lshBands: number[];
  /** The candidate the text is a near duplicate of (verified by shingle overlap), or undefined. */
  nearDuplicateOf: <C extends { text: string }>(candidates: C[]) => C | undefined;
}

/** The near-duplicate search of a text within a scope (a case id). */
export function nearDuplicateSearch(text: string, scope: number): NearDuplicateSearch {
  const print = fingerprint(text, scope);
  return {
    lshBands: Array.from(print.bands),
    nearDuplicateOf: (candidates) =>
      bestNearDuplicate(
        print.shingles,
        candidates.map((c) => ({ key: c, shingles: shingles(c.text) })),
      )?.key,
  };
}
