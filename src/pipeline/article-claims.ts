import type { CaseDefinition } from '../cases/index.ts';
import { claimKey, detectClaims } from '../claims/index.ts';
import { shortHash } from '../dedup/index.ts';
import type { ClaimToStore, ClassifyClaim } from '../db/index.ts';
import { classifyByNormalizedText } from '../db/index.ts';

/**
 * The claims of a text as the store keeps them: detected, normalised, with the keys later claims find them by.
 * One place for the ingest stage, known facts and tests alike.
 */
export function claimsToStore(text: string): ClaimToStore[] {
  return detectClaims(text).map((claim) => ({ ...claim, matchKeys: [] }));
}

/** How a claim is classified against its stored candidates. */
export const classifyClaim: ClassifyClaim = classifyByNormalizedText;

/**
 * A case's known facts as claims: each fact is one statement, whatever its sentences, so it is stored whole
 * (with the slots detection finds in it) and matched like any claim of the coverage.
 */
export function knownFactClaims(definition: CaseDefinition): ClaimToStore[] {
  return definition.known_facts.map((fact, index) => {
    const normalized = claimKey(fact.text);
    const detected = detectClaims(fact.text)[0];
    return {
      kind: detected?.kind ?? 'event',
      text: fact.text,
      normalized,
      normalizedHash: shortHash(normalized),
      sentenceIndex: index,
      start: 0,
      end: fact.text.length,
      slots: { ...(detected?.slots ?? {}), ...(fact.source ? { source: fact.source } : {}) },
      matchKeys: [],
    };
  });
}
