/**
 * A pure function of a text, remembered for the last `max` texts it was asked about. Judging compares each claim
 * with dozens of candidates and each candidate with many claims, asking the same of the same texts each time.
 */
export function memoByText<T>(fn: (text: string) => T, max = 5000): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text) as T;
    const value = fn(text);
    // A key of its own: a sentence sliced from an article shares, and so keeps alive, the whole article's text.
    kept.set(Buffer.from(text, 'utf8').toString('utf8'), value);
    if (kept.size > max) kept.delete(kept.keys().next().value as string);
    return value;
  };
}
