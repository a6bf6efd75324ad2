import { normaliseText } from './text-hash.ts';

/** Words per shingle. Five words is long enough that two independent reports rarely share a run by chance. */
export const shingleWords = 5;

/** FNV-1a over a string: a fast, well-spread 32-bit hash for shingles. */
function fnv1a(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The words of a text, normalised: case, quotes, dashes and punctuation no longer tell copies apart. */
export function words(text: string): string[] {
  return normaliseText(text)
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * The distinct shingles of a text (runs of five words), each as a 32-bit hash, sorted. A text shorter than a
 * shingle yields one shingle of all its words; an empty text yields none.
 */
export function shingles(text: string): Uint32Array {
  const w = words(text);
  if (w.length === 0) return new Uint32Array(0);
  const set = new Set<number>();
  if (w.length < shingleWords) set.add(fnv1a(w.join(' ')));
  for (let i = 0; i + shingleWords <= w.length; i++) set.add(fnv1a(w.slice(i, i + shingleWords).join(' ')));
  return Uint32Array.from(set).sort();
}
