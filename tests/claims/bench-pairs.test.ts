import { describe, expect, it } from 'vitest';
import { labelledPairs } from './labelled-pairs.ts';

describe('labelled pairs', () => {
  it('hold 80+ pairs with every relation well represented', () => {
    expect(labelledPairs.length).toBeGreaterThanOrEqual(80);
    for (const r of ['new', 'restated', 'conflicting', 'updated'])
      expect(labelledPairs.filter((p) => p.relation === r).length).toBeGreaterThanOrEqual(18);
  });
});
