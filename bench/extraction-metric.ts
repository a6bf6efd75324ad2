// The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark, evaluate.py), in
// TypeScript: 4-token shingles compared as multisets, each page's counts normalised so every page weighs the
// same, precision and recall averaged over pages, F1 from the two means.

/** One page's true positive, false positive and false negative shares (summing to 1, or all 0). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
  /** Whether the two texts have identical token lists. */
  exact: boolean;
}

export interface OverlapScores {
  f1: number;
  precision: number;
  recall: number;
  /** Share of pages whose predicted token list equals the gold one. */
  accuracy: number;
  pages: number;
}

// Python's `\w` (Unicode): letters, digits and other numerics, and the underscore.
const tokenPattern = /[\p{L}\p{N}_]+/gu;

/** The text's tokens as the benchmark splits them (runs of word characters, case kept). */
export function tokenize(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

/**
 * The multiset of n-token shingles, keyed by the tokens joined with a space (tokens never contain one).
 * A text with fewer than n tokens gives one shorter shingle; an empty text gives none.
 */
export function shingles(tokens: readonly string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    const key = slice.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Compares one page's predicted text with its gold text; returns normalised tp/fp/fn. */
export function comparePage(gold: string, predicted: string): PageCounts {
  const goldTokens = tokenize(gold);
  const predTokens = tokenize(predicted);
  const truth = shingles(goldTokens);
  const pred = shingles(predTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of truth) {
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of pred) fp += Math.max(0, p - (truth.get(key) ?? 0));
  const sum = tp + fp + fn;
  const exact = goldTokens.length === predTokens.length && goldTokens.every((t, i) => t === predTokens[i]);
  if (sum === 0) return { tp: 0, fp: 0, fn: 0, exact };
  return { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact };
}

/** Precision of one page's counts, as evaluate.py defines it (1 when nothing is wrong). */
export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** Recall of one page's counts, as evaluate.py defines it (1 when nothing is wrong). */
export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/**
 * Aggregates pages: precision over pages that predicted something (tp+fp>0), recall over pages whose gold
 * has something (tp+fn>0), F1 of the two means. Returns zeros for no pages.
 */
export function aggregate(pages: readonly PageCounts[]): OverlapScores {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))), pages: pages.length };
}
