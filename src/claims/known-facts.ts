import type { CaseDefinition } from '../cases/index.ts';
import type { ClaimCandidate } from './classify.ts';

/**
 * A case's known facts as candidates: each fact is one canonical statement, matched like any claim of the
 * coverage. The store seeds itself with the same facts (src/pipeline/article-claims.ts).
 */
export function knownFactCandidates(definition: Pick<CaseDefinition, 'known_facts'>): ClaimCandidate[] {
  return definition.known_facts.map((fact) => ({
    kind: 'known_fact',
    text: fact.text,
    source: 'known fact',
  }));
}
