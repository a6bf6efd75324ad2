// The words a case's claims are read with: its entities' aliases, the names too common in its coverage to tell
// two statements apart, and the look-alike cases whose statements are not this case's.
import type { CaseEntity } from '../cases/index.ts';
import type { AliasTable } from './aliases.ts';
import { aliasTable } from './aliases.ts';
import { contentStems } from './similarity.ts';

export interface ClaimVocabulary {
  aliases: AliasTable;
  /** Stems of the case's own names: nearly every claim has them, so they say nothing of which statement it is. */
  names: ReadonlySet<string>;
  /** Each look-alike case's terms with its name: a statement naming one is about that case, not this one. */
  lookAlikes: readonly (readonly [RegExp, string])[];
  /** The case's judges by name and alias (a court's person), which stand for "the judge"; null if none known. */
  judges: RegExp | null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The vocabulary of a case definition: its entities and the terms of its look-alike cases (`exclusions`). */
export function claimVocabulary(definition: {
  entities: readonly CaseEntity[];
  exclusions?: readonly { name: string; terms: readonly string[] }[];
}): ClaimVocabulary {
  const names = definition.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
  // A court's entities that are not courts themselves are its judges.
  const judges = definition.entities
    .filter((e) => e.role === 'court' && !/\bcourt\b/i.test(e.name))
    .flatMap((e) => [e.name, ...(e.aliases ?? [])]);
  return {
    judges:
      judges.length > 0
        ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${judges.map(escape).join('|')})(?![\p{L}\p{N}])`, 'gu')
        : null,
    aliases: aliasTable(definition.entities),
    names: distinctive(contentStems(names.join(' '))),
    lookAlikes: (definition.exclusions ?? []).map(
      (x) =>
        [
          new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${x.terms.map(escape).join('|')})(?![\p{L}\p{N}])`, 'iu'),
          x.name,
        ] as const,
    ),
  };
}

// Words of the case's names that are also the words of what happens in it ("the court", "a judge", "the state"):
// they stay in the wording compared.
const generic = contentStems(
  'court judge state district county first judicial department justice attorney general office federal supreme appeals',
);

function distinctive(stems: Set<string>): Set<string> {
  for (const g of generic) stems.delete(g);
  return stems;
}

const ofAliases = new WeakMap<AliasTable, ClaimVocabulary>();

/** A vocabulary of an alias table alone (no look-alikes), for callers that have only the aliases. */
export function vocabularyOf(source: ClaimVocabulary | AliasTable): ClaimVocabulary {
  if (!Array.isArray(source)) return source as ClaimVocabulary;
  const aliases = source as AliasTable;
  let vocabulary = ofAliases.get(aliases);
  if (!vocabulary) {
    vocabulary = {
      aliases,
      names: distinctive(contentStems(aliases.map(([, name]) => name).join(' '))),
      lookAlikes: [],
      judges: null,
    };
    ofAliases.set(aliases, vocabulary);
  }
  return vocabulary;
}

/** The look-alike case a statement is about, by its terms, or null for this case. */
export function lookAlikeOf(text: string, vocabulary: ClaimVocabulary): string | null {
  return vocabulary.lookAlikes.find(([re]) => re.test(text))?.[1] ?? null;
}
