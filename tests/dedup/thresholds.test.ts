import { describe, expect, it } from 'vitest';
import { isNearDuplicate, overlap, shingles } from '../../src/dedup/index.ts';
import { labelledPairs } from './labelled-pairs.ts';

describe('near-duplicate thresholds on the labelled pairs', () => {
  const rows = labelledPairs().map((p) => ({
    ...p,
    match: isNearDuplicate(overlap(shingles(p.a.text), shingles(p.b.text))),
  }));

  it('cover every kind of copy and many different pieces', () => {
    const kinds = new Set(rows.filter((r) => r.same).map((r) => r.kind));
    expect([...kinds].sort()).toEqual([
      'cut-paragraph',
      'edited',
      'furniture',
      'site copy',
      'trimmed',
      'trimmed-with-furniture',
    ]);
    expect(rows.filter((r) => r.same).length).toBeGreaterThanOrEqual(200);
    expect(rows.filter((r) => !r.same).length).toBeGreaterThanOrEqual(1000);
  });

  it('reach pairwise precision and recall of at least 0.95', () => {
    const tp = rows.filter((r) => r.same && r.match).length;
    const fp = rows.filter((r) => !r.same && r.match).length;
    const fn = rows.filter((r) => r.same && !r.match).length;
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('keep different reports of the same event apart', () => {
    const wrong = rows.filter((r) => !r.same && r.match).map((r) => `${r.a.id} ~ ${r.b.id}`);
    expect(wrong).toEqual([]);
  });
});
