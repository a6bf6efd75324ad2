import type { CaseDefinition } from '../cases/index.ts';
import type { AliasTable } from './aliases.ts';
import type { ClaimVocabulary } from './vocabulary.ts';
import type { ClaimCandidate, ClaimRelation } from './classify.ts';
import { classifyClaim } from './classify.ts';
import type { AnalysedClaim } from './detect.ts';
import { analyseClaims } from './detect.ts';
import { knownFactCandidates } from './known-facts.ts';
import { claimVocabulary } from './vocabulary.ts';

export interface ClaimDiffEntry {
  text: string;
  kind: string;
  slots: AnalysedClaim['slots'];
  relation: ClaimRelation;
  matched: { text: string; file: string | null } | null;
  detail: string | null;
}

/**
 * Classifies each claim against the known candidates and against the claims before it in the same text (a
 * piece that repeats itself restates its own claim). Pure: the CLI and the bench call it with files' claims.
 */
export function diffClaims(
  claims: readonly AnalysedClaim[],
  known: readonly ClaimCandidate[],
  vocabulary: ClaimVocabulary | AliasTable,
): ClaimDiffEntry[] {
  return claims.map((claim) => {
    const { relation, matched, detail } = classifyClaim(claim, known, vocabulary);
    return {
      text: claim.text,
      kind: claim.kind,
      slots: claim.slots,
      relation,
      matched: matched ? { text: matched.text, file: matched.source ?? null } : null,
      detail,
    };
  });
}

/** A piece of coverage as `claims diff` reads it: its text, where it came from, and its date if known. */
export interface DiffPiece {
  text: string;
  source: string;
  publishedAt?: string | null;
}

const vocabularies = new WeakMap<object, ClaimVocabulary>();

/**
 * `claims diff` without files: the claims of `piece` classified against the claims of the `known` pieces and
 * the case's known facts, with the case's vocabulary (aliases, look-alike cases).
 */
export function diffPieces(
  definition: Pick<CaseDefinition, 'entities' | 'exclusions' | 'known_facts'>,
  known: readonly DiffPiece[],
  piece: DiffPiece,
): ClaimDiffEntry[] {
  let vocabulary = vocabularies.get(definition);
  if (!vocabulary) vocabularies.set(definition, (vocabulary = claimVocabulary(definition)));
  const aliases = vocabulary.aliases;
  const claimsOf = (p: DiffPiece): AnalysedClaim[] =>
    analyseClaims(p.text, { aliases, articleDate: p.publishedAt ?? null });
  const candidates: ClaimCandidate[] = [
    ...knownFactCandidates(definition),
    ...known.flatMap((k) => claimsOf(k).map((c) => ({ kind: c.kind, text: c.text, source: k.source }))),
  ];
  return diffClaims(claimsOf(piece), candidates, vocabulary);
}
