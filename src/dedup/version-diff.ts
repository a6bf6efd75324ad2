import { diffArrays } from 'diff';
import { splitSentences } from '../claims/index.ts';

/** What changed between two versions of an article, sentence by sentence. */
export interface VersionDiff {
  added: string[];
  removed: string[];
  /** A sentence rewritten in place (a correction, a changed figure): removed and added paired by likeness. */
  changed: { from: string; to: string }[];
}

/** Two sentences are the same sentence rewritten when this share of their words is common to both. */
const rewrittenLikeness = 0.5;

/** Jaccard of the two sentences' word sets (sentences are short; five-word shingles would see no overlap). */
function likeness(a: string, b: string): number {
  const wordsOf = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}$%]+(?:[.,][\p{N}]+)*/gu) ?? []);
  const x = wordsOf(a);
  const y = wordsOf(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The sentence-level diff of an article's old and new text: sentences added, removed, and changed (a removed
 * sentence and an added one in the same place that read alike). Returns empty lists for equal texts.
 */
export function diffVersions(previous: string, next: string): VersionDiff {
  const before = splitSentences(previous).map((s) => s.text);
  const after = splitSentences(next).map((s) => s.text);
  const result: VersionDiff = { added: [], removed: [], changed: [] };
  const parts = diffArrays(before, after);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const following = parts[i + 1];
    if (part.removed && following?.added) {
      // Pair each removed sentence with the most alike added one of the same hunk.
      const added = [...following.value];
      for (const from of part.value) {
        let best = -1;
        let bestScore = rewrittenLikeness;
        added.forEach((to, index) => {
          const score = likeness(from, to);
          if (score >= bestScore) {
            best = index;
            bestScore = score;
          }
        });
        if (best >= 0) result.changed.push({ from, to: added.splice(best, 1)[0]! });
        else result.removed.push(from);
      }
      result.added.push(...added);
      i += 1;
    } else if (part.removed) result.removed.push(...part.value);
    else if (part.added) result.added.push(...part.value);
  }
  return result;
}
