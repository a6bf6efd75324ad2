import { describe, expect, it } from 'vitest';
import {
  aggregate,
  comparePage,
  pagePrecision,
  pageRecall,
  shingles,
  tokenize,
} from '../../bench/extraction-metric.ts';

describe('tokenize', () => {
  it('splits on anything that is not a word character, keeping case and accents', () => {
    expect(tokenize("Don't stop—now, Raúl: 13-year-old_x!")).toEqual([
      'Don',
      't',
      'stop',
      'now',
      'Raúl',
      '13',
      'year',
      'old_x',
    ]);
  });
  it('gives nothing for an empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' — … ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('counts 4-token shingles as a multiset', () => {
    const counts = shingles(tokenize('x y z w x y z w'));
    expect(Object.fromEntries(counts)).toEqual({ 'x y z w': 2, 'y z w x': 1, 'z w x y': 1, 'w x y z': 1 });
  });
  it('gives one shorter shingle for a text of fewer than four tokens, none for an empty one', () => {
    expect([...shingles(['Hi', 'there'])]).toEqual([['Hi there', 1]]);
    expect(shingles([]).size).toBe(0);
  });
});

describe('comparePage', () => {
  it('normalises tp/fp/fn so they sum to one', () => {
    // gold shingles: "a b c d", "b c d e"; predicted: "a b c d" → tp 1, fn 1.
    const counts = comparePage('a b c d e', 'a b c d');
    expect(counts).toEqual({ tp: 0.5, fp: 0, fn: 0.5, exact: false });
    expect(pagePrecision(counts)).toBe(1);
    expect(pageRecall(counts)).toBe(0.5);
  });
  it('counts repeated shingles only as often as the gold has them', () => {
    const short = comparePage('x y z w x y z w', 'x y z w');
    expect(short.tp).toBeCloseTo(0.2);
    expect(short.fn).toBeCloseTo(0.8);
    expect(pageRecall(short)).toBeCloseTo(0.2);
    const long = comparePage('x y z w', 'x y z w x y z w');
    expect(long.fp).toBeCloseTo(0.8);
    expect(pagePrecision(long)).toBeCloseTo(0.2);
  });
  it('ignores whitespace and punctuation differences', () => {
    const counts = comparePage('One two.\n\nThree four five', 'One two — Three four five!');
    expect(counts).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
  });
  it('gives all zeros for two empty texts', () => {
    expect(comparePage('', '')).toEqual({ tp: 0, fp: 0, fn: 0, exact: true });
  });
});

describe('aggregate', () => {
  it('averages precision over pages that predicted something and recall over pages with gold text', () => {
    const pages = [
      comparePage('a b c d e', 'a b c d'), // P 1, R 0.5
      comparePage('same words here', 'same words here'), // P 1, R 1, exact
      comparePage('', 'a'), // P 0; no gold, so no recall
      comparePage('a b', ''), // R 0; predicted nothing, so no precision
    ];
    const scores = aggregate(pages);
    expect(scores.precision).toBeCloseTo(2 / 3);
    expect(scores.recall).toBeCloseTo(0.5);
    expect(scores.f1).toBeCloseTo(4 / 7);
    expect(scores.accuracy).toBe(0.25);
    expect(scores.pages).toBe(4);
  });
  it('gives zeros for no pages', () => {
    expect(aggregate([])).toEqual({ f1: 0, precision: 0, recall: 0, accuracy: 0, pages: 0 });
  });
});
