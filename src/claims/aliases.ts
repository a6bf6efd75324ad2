import type { CaseEntity } from '../cases/index.ts';

/** Alias → canonical name, longest alias first so "Meta Platforms, Inc." wins over "Meta". */
export type AliasTable = readonly (readonly [RegExp, string])[];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds the alias table of a case's entities (each entity's name and aliases map to its name). */
export function aliasTable(entities: readonly CaseEntity[]): AliasTable {
  const pairs: [string, string][] = [];
  for (const e of entities) for (const a of [e.name, ...(e.aliases ?? [])]) pairs.push([a, e.name]);
  pairs.sort((x, y) => y[0].length - x[0].length);
  return pairs.map(
    ([alias, name]) =>
      [new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(alias)}(?![\p{L}\p{N}])`, 'giu'), name] as const,
  );
}

/** The canonical names of the entities `text` mentions, in table order, each once. */
export function mentionedEntities(text: string, table: AliasTable): string[] {
  const found = new Set<string>();
  let rest = text;
  for (const [re, name] of table) {
    if (re.test(rest)) {
      found.add(name);
      rest = rest.replace(re, ' ');
    }
    re.lastIndex = 0;
  }
  return [...found];
}

/** `text` with every alias replaced by its canonical name, so "AG Torrez" and "Raúl Torrez" compare equal. */
export function canonicaliseAliases(text: string, table: AliasTable): string {
  let out = text;
  const marks: string[] = [];
  for (const [re, name] of table) {
    out = out.replace(re, () => {
      marks.push(name);
      return `\uE000${marks.length - 1}\uE000`;
    });
  }
  return out.replace(/\uE000(\d+)\uE000/g, (_, i: string) => marks[Number(i)] ?? '');
}
