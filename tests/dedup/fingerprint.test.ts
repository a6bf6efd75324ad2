import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  clusterStories,
  diffVersions,
  estimatedJaccard,
  fingerprint,
  minhash,
  overlap,
  shingles,
} from '../../src/dedup/index.ts';
import { labelledPairs } from './labelled-pairs.ts';

const text = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Sentence ${i} says the jury weighed fact number ${i * 7} about the platform.`,
  ).join(' ');

describe('shingles and MinHash', () => {
  it('shingle five-word runs, ignoring case, punctuation and quote style', () => {
    expect(shingles('One two three four five six')).toHaveLength(2);
    expect(shingles('“Hello,” she said — TODAY.')).toEqual(shingles('"hello" She said today'));
    expect(shingles('')).toHaveLength(0);
    expect(shingles('just three words')).toHaveLength(1);
  });

  it('estimate Jaccard within a few hundredths of the exact value', () => {
    for (const p of labelledPairs().filter((_, i) => i % 37 === 0)) {
      const a = shingles(p.a.text);
      const b = shingles(p.b.text);
      expect(Math.abs(estimatedJaccard(minhash(a), minhash(b)) - overlap(a, b).jaccard)).toBeLessThan(0.2);
    }
  });

  it('give copies shared LSH bands, and keep band keys of different cases apart', () => {
    const a = fingerprint(text(60), 1);
    const b = fingerprint(text(40), 1);
    expect([...a.bands].filter((k) => b.bands.includes(k)).length).toBeGreaterThan(0);
    const other = bandKeys(a.signature, 2);
    expect([...a.bands].filter((k) => other.includes(k))).toEqual([]);
    expect(fingerprint(text(60), 1).bands).toEqual(a.bands);
  });

  it('find every labelled copy of 0.3 Jaccard or more through a shared band', () => {
    const copies = labelledPairs().filter((p) => p.same);
    let found = 0;
    for (const p of copies) {
      const a = fingerprint(p.a.text, 7);
      const b = fingerprint(p.b.text, 7);
      if ([...a.bands].some((k) => b.bands.includes(k))) found += 1;
    }
    expect(found / copies.length).toBeGreaterThanOrEqual(0.99);
  });
});

describe('clustering into stories', () => {
  it('groups copies with their original and keeps different pieces apart', () => {
    const pairs = labelledPairs();
    const original = pairs.find((p) => p.kind === 'trimmed')!;
    const furniture = pairs.find((p) => p.kind === 'furniture' && p.a.id === original.a.id)!;
    const other = pairs.find((p) => !p.same && p.a.id !== original.a.id && p.b.id !== original.a.id)!;
    const clusters = clusterStories([
      { item: 'original', text: original.a.text },
      { item: 'other', text: other.a.text },
      { item: 'trimmed', text: original.b.text },
      { item: 'exact', text: original.a.text },
      { item: 'furniture', text: furniture.b.text },
    ]);
    expect(clusters).toEqual([['original', 'trimmed', 'exact', 'furniture'], ['other']]);
  });

  it('lets a late copy that bridges two stories join the closer one, without merging them', () => {
    const left = text(40);
    const right = Array.from(
      { length: 40 },
      (_, i) => `Another line ${i} reports the ruling on motion number ${i * 3} today.`,
    ).join(' ');
    // The bridge carries all of `left` and half of `right`: close to both, closer to `left`.
    const bridge = `${left} ${right.slice(0, Math.floor(right.length / 2))}`;
    const clusters = clusterStories([
      { item: 'left', text: left },
      { item: 'right', text: right },
      { item: 'bridge', text: bridge },
    ]);
    expect(clusters).toEqual([['left', 'bridge'], ['right']]);
  });
});

describe('version diffs', () => {
  it('list sentences added, removed and changed', () => {
    const before =
      'The jury deliberated for two days. It found 75,000 violations. Meta said it would appeal.';
    const after =
      'The jury deliberated for two days. It found 57,000 violations. Meta said it would appeal. The judge will rule on abatement in May.';
    expect(diffVersions(before, after)).toEqual({
      added: ['The judge will rule on abatement in May.'],
      removed: [],
      changed: [{ from: 'It found 75,000 violations.', to: 'It found 57,000 violations.' }],
    });
    expect(diffVersions(before, before)).toEqual({ added: [], removed: [], changed: [] });
    expect(diffVersions(before, 'The jury deliberated for two days.').removed).toEqual([
      'It found 75,000 violations.',
      'Meta said it would appeal.',
    ]);
  });
});
