import { normaliseText, shortHash } from '../dedup/index.ts';
import type { Sentence } from './sentences.ts';
import { splitSentences } from './sentences.ts';

export type ClaimKind = 'quote' | 'number';

export interface DetectedClaim {
  kind: ClaimKind;
  text: string;
  /** The claim's comparison form: normalised text without punctuation. */
  normalized: string;
  normalizedHash: string;
  sentenceIndex: number;
  start: number;
  end: number;
  slots: Record<string, unknown>;
}

const quoteMarks = /["“”]([^"“”]{20,})["“”]/;
const numberPattern =
  /(\$\s?\d[\d,.]*\s*(million|billion|thousand)?|\b\d[\d,.]*\s*(%|percent|million|billion|pages?|violations?|years?|days?|months?|accounts?)|\b(under|over|age|aged)\s+\d+\b|\b\d{1,3}(,\d{3})+\b)/i;

/** The comparison form of a claim: normalised, punctuation dropped, so trivial re-punctuation still matches. */
export function claimKey(text: string): string {
  return normaliseText(text)
    .replace(/[^\p{L}\p{N}$%\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function classify(sentence: Sentence): ClaimKind | null {
  if (quoteMarks.test(sentence.text)) return 'quote';
  if (numberPattern.test(sentence.text)) return 'number';
  return null;
}

/** First form of claim detection: sentences that quote someone or state a number. */
export function detectClaims(text: string): DetectedClaim[] {
  const claims: DetectedClaim[] = [];
  splitSentences(text).forEach((sentence, sentenceIndex) => {
    const kind = classify(sentence);
    if (!kind || sentence.text.length > 600) return;
    const normalized = claimKey(sentence.text);
    const numbers = sentence.text.match(new RegExp(numberPattern, 'gi')) ?? [];
    claims.push({
      kind,
      text: sentence.text,
      normalized,
      normalizedHash: shortHash(normalized),
      sentenceIndex,
      start: sentence.start,
      end: sentence.end,
      slots: kind === 'number' ? { quantities: numbers.map((n) => n.trim()) } : {},
    });
  });
  return claims;
}
