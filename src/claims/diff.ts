import type { AliasTable } from './aliases.ts';
import type { ClaimCandidate, ClaimRelation } from './classify.ts';
import { classifyClaim } from './classify.ts';
import type { AnalysedClaim } from './detect.ts';

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
  aliases: AliasTable,
): ClaimDiffEntry[] {
  return claims.map((claim) => {
    const { relation, matched, detail } = classifyClaim(claim, known, aliases);
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
