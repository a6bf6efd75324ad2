import { describe, expect, it } from 'vitest';
import { memoByText } from '../../src/claims/memo.ts';

// That a key does not keep its article's text alive cannot be seen from a test; what the memo answers can.
describe('memoByText', () => {
  it('asks once a text, answers the same for an equal text cut from elsewhere, and forgets the oldest past its bound', () => {
    const asked: string[] = [];
    const length = memoByText((t: string) => {
      asked.push(t);
      return t.length;
    }, 2);
    const article = 'Meta appealed. The judge ruled.';
    expect(length(article.slice(0, 14))).toBe(14);
    expect(length('Meta appealed.')).toBe(14);
    expect(asked).toEqual(['Meta appealed.']);
    length('b');
    length('c');
    length('Meta appealed.');
    expect(asked).toEqual(['Meta appealed.', 'b', 'c', 'Meta appealed.']);
  });
});
