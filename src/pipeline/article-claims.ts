import type { CaseDefinition } from '../cases/index.ts';
import type { AliasTable, ClaimSlots, ClaimVocabulary } from '../claims/index.ts';
import {
  analyseClaims,
  canonicaliseAliases,
  classifyClaim,
  claimKey,
  claimVocabulary,
  contentStems,
} from '../claims/index.ts';
import { shortHash } from '../dedup/index.ts';
import type { ClaimToStore, ClassifyClaim, StoredClaim } from '../db/index.ts';

/** What claims of one case are read and matched with: its aliases, and the stems too common to match by. */
export interface ClaimContext {
  aliases: AliasTable;
  /** The case's vocabulary for judging claims: aliases, its own names, its look-alike cases. */
  vocabulary: ClaimVocabulary;
  /** Stems of the case's own names ("meta", "mexic", "torre"): nearly every claim has them, so no key is made of them. */
  commonStems: ReadonlySet<string>;
}

const noContext: ClaimContext = {
  aliases: [],
  vocabulary: claimVocabulary({ entities: [] }),
  commonStems: new Set(),
};

/** The claim context of a case definition. */
export function claimContext(definition: Pick<CaseDefinition, 'entities' | 'exclusions'>): ClaimContext {
  const names = definition.entities.flatMap((e) => [e.name, ...e.aliases]);
  const vocabulary = claimVocabulary(definition);
  return { aliases: vocabulary.aliases, vocabulary, commonStems: contentStems(names.join(' ')) };
}

/**
 * The keys a claim is found by: the stems of its content words, aliases made canonical, less the case's own
 * names. Two statements of one matter share some (a reworded quote, a changed figure, a later stage).
 */
export function matchKeys(text: string, context: ClaimContext): string[] {
  const stems = contentStems(canonicaliseAliases(text, context.aliases));
  return [...stems].filter((s) => !context.commonStems.has(s)).sort();
}

/**
 * The claims of a text as the store keeps them: detected with their slots (dates resolved against the article's
 * date), normalised, with their match keys. One place for the ingest stage, known facts and tests alike.
 */
export function claimsToStore(
  text: string,
  context: ClaimContext = noContext,
  articleDate: string | null = null,
): ClaimToStore[] {
  return analyseClaims(text, { aliases: context.aliases, articleDate }).map((claim) => ({
    ...claim,
    matchKeys: matchKeys(claim.text, context),
  }));
}

/** The claim diff as the store uses it: src/claims' classification over the stored candidates. */
export function claimClassifier(context: ClaimContext): ClassifyClaim {
  return (claim, candidates) => {
    const known = candidates.map((stored: StoredClaim) => ({
      // Known facts are the case's canonical statements: classification treats them as such.
      kind: stored.origin === 'known_fact' ? 'known_fact' : stored.kind,
      text: stored.text,
      source: String(stored.id),
      stored,
    }));
    const result = classifyClaim(
      {
        kind: claim.kind,
        text: claim.text,
        slots: claim.slots as unknown as ClaimSlots,
        articleDate: claim.articleDate ?? null,
      },
      known,
      context.vocabulary,
    );
    return { relation: result.relation, matched: result.matched?.stored, detail: result.detail };
  };
}

/**
 * A case's known facts as claims: each fact is one statement, whatever its sentences, so it is stored whole
 * (with the slots detection finds in it) and matched like any claim of the coverage.
 */
export function knownFactClaims(definition: CaseDefinition): ClaimToStore[] {
  const context = claimContext(definition);
  return definition.known_facts.map((fact, index) => {
    const normalized = claimKey(fact.text);
    const detected = analyseClaims(fact.text, { aliases: context.aliases })[0];
    return {
      kind: detected?.kind ?? 'legal_event',
      text: fact.text,
      normalized,
      normalizedHash: shortHash(normalized),
      sentenceIndex: index,
      start: 0,
      end: fact.text.length,
      slots: { ...(detected?.slots ?? {}), ...(fact.source ? { source: fact.source } : {}) },
      matchKeys: matchKeys(fact.text, context),
    };
  });
}
