import { mix32 } from '../../src/dedup/index.ts';

// Synthetic news texts for dedup tests and benchmarks: distinct articles that share a vocabulary (as reports
// of one case share names and terms), and the copies that syndication and reposting make of them.

/** A deterministic pseudo-random sequence (xorshift32), so a corpus is the same on every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

/**
 * The random sequence of text `i`: each draw a hash of (text, draw number). Not a seeded xorshift: every
 * xorshift32 seed is a place on one cycle of 2^32, so among a million texts many would start a few draws apart
 * and share long runs of words — near duplicates no one made.
 */
function counterRandom(seed: number, i: number): () => number {
  const text = mix32(mix32(seed + 0x9e3779b9) ^ mix32(i + 0x7f4a7c15));
  let draw = 0;
  return () => mix32(text ^ mix32(++draw)) / 0x100000000;
}

// 20 syllables in words of one to four: 168,420 possible words, far more than any vocabulary asks for.
const syllables = [
  'ka',
  'lo',
  'mi',
  'ten',
  'sar',
  'vu',
  'ne',
  'ro',
  'pha',
  'dil',
  'quo',
  'ber',
  'sta',
  'gi',
  'mon',
  'tra',
  'el',
  'os',
  'fen',
  'du',
];

/** A vocabulary of made-up words, plus the case's own terms, which every article uses. */
function vocabulary(size: number, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 1 + Math.floor(random() * 4);
    let w = '';
    for (let i = 0; i < n; i++) w += syllables[Math.floor(random() * syllables.length)];
    words.add(w);
  }
  return [...words];
}

const caseTerms = ['Meta', 'New Mexico', 'Torrez', 'jury', 'verdict', 'Santa Fe', 'court', 'million'];

export interface SyntheticCorpus {
  /** The text of article `i` (stable for a given seed). */
  article(i: number): string;
}

/**
 * A corpus of distinct articles of about `words` words in paragraphs of 40–80 words. Words are drawn with a
 * skew (a few common, many rare) and the case's terms are sprinkled in, so different articles share words but
 * rarely a five-word run.
 */
export function syntheticCorpus(seed = 1, words = 250): SyntheticCorpus {
  const vocab = vocabulary(5000, seededRandom(seed));
  return {
    article(i) {
      const random = counterRandom(seed, i);
      const paragraphs: string[] = [];
      let left = words;
      while (left > 0) {
        const n = Math.min(left, 40 + Math.floor(random() * 40));
        const out: string[] = [];
        for (let k = 0; k < n; k++) {
          out.push(
            random() < 0.08
              ? caseTerms[Math.floor(random() * caseTerms.length)]!
              : vocab[Math.floor(vocab.length * random() ** 2)]!,
          );
        }
        paragraphs.push(`${out.join(' ')}.`);
        left -= n;
      }
      return paragraphs.join('\n\n');
    },
  };
}

/** The ways a copy differs from its original. */
export type CopyKind = 'exact' | 'furniture' | 'trimmed' | 'edited';

/** A copy of `text` as an outlet would carry it. */
export function copyOf(text: string, kind: CopyKind, random: () => number): string {
  const paragraphs = text.split('\n\n');
  switch (kind) {
    case 'exact':
      return text;
    case 'furniture':
      return [
        'Sign up for our daily email to get the news first.',
        ...paragraphs,
        'Follow us for more stories like this one. Related Articles',
      ].join('\n\n');
    case 'trimmed':
      return paragraphs.slice(0, Math.max(1, Math.ceil(paragraphs.length * 0.7))).join('\n\n');
    case 'edited':
      return paragraphs
        .map((p) =>
          p
            .split(' ')
            .map((w) => (random() < 0.03 ? 'reportedly' : w))
            .join(' '),
        )
        .join('\n\n');
  }
}
