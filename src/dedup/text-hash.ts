import { createHash } from 'node:crypto';

/** Text folded for comparison: compatibility forms, case, quotes, dashes and white space made uniform. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The exact-duplicate key of an article: a hash of its normalised main text. */
export function textHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}

/** A short stable hash, for job ids and row keys. */
export function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}
