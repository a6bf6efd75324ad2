import type { CaseDefinition } from '../cases/index.ts';

export interface RelevanceInput {
  title: string;
  text: string;
}

export interface Relevance {
  score: number;
  relevant: boolean;
  /** Why: each line one piece of evidence, for the page's record and `extract --json`. */
  reasons: string[];
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for any of the phrases, as whole words, ignoring case. */
function phraseMatcher(phrases: readonly string[]): RegExp | null {
  const alternatives = [...new Set(phrases)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+'));
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function count(matcher: RegExp | null, text: string): number {
  if (!matcher) return 0;
  matcher.lastIndex = 0;
  return text.match(matcher)?.length ?? 0;
}

export interface RelevanceModel {
  judge(input: RelevanceInput): Relevance;
}

/**
 * First form of the relevance filter: the case is covered when the page names its plaintiff side and its
 * defendant side and uses the case's legal vocabulary, unless a look-alike case's terms dominate.
 */
export function relevanceModel(definition: CaseDefinition): RelevanceModel {
  const side = (role: string) =>
    phraseMatcher(definition.entities.filter((e) => e.role === role).flatMap((e) => [e.name, ...e.aliases]));
  const plaintiff = side('plaintiff');
  const defendant = side('defendant');
  const court = side('court');
  const keywords = phraseMatcher(definition.keywords);
  const exclusions = definition.exclusions.map((x) => ({ name: x.name, matcher: phraseMatcher(x.terms) }));

  return {
    judge({ title, text }: RelevanceInput): Relevance {
      const all = `${title}\n${text}`;
      const reasons: string[] = [];
      const p = count(plaintiff, all);
      const d = count(defendant, all);
      const c = count(court, all);
      const k = count(keywords, all);
      let score = 0;
      if (p) score += 0.3;
      if (d) score += 0.3;
      if (c) score += 0.15;
      score += Math.min(k, 5) * 0.05;
      if (count(plaintiff, title) && count(defendant, title)) score += 0.1;
      reasons.push(
        `plaintiff side named ${p}×`,
        `defendant side named ${d}×`,
        `court named ${c}×`,
        `case vocabulary ${k}×`,
      );
      let excluded: string | undefined;
      for (const x of exclusions) {
        const n = count(x.matcher, all);
        if (n === 0) continue;
        reasons.push(`look-alike "${x.name}" named ${n}×`);
        // A look-alike wins when its terms outnumber this case's own court and plaintiff mentions.
        if (n >= Math.max(2, c + Math.ceil(p / 2))) excluded = x.name;
      }
      score = Math.min(1, Math.round(score * 100) / 100);
      const relevant = p > 0 && d > 0 && k > 0 && score >= 0.7 && !excluded;
      if (excluded) reasons.push(`excluded: reads as coverage of ${excluded}`);
      reasons.push(relevant ? 'relevant' : 'not relevant');
      return { score: excluded ? Math.min(score, 0.3) : score, relevant, reasons };
    },
  };
}
