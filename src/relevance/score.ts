import type { CaseDefinition } from '../cases/index.ts';
import { detectLanguage, normaliseLanguage } from './language.ts';

export interface RelevanceInput {
  title: string;
  text: string;
  /** The standfirst or first paragraph, when the extractor has it apart from the text. */
  lead?: string;
  /** The page's declared language (`es`, `es-MX`); detected from the text when absent. */
  language?: string;
}

export interface Relevance {
  score: number;
  relevant: boolean;
  /** Why: each line one piece of evidence, for the page's record and `extract --json`. */
  reasons: string[];
  /** ISO 639-1 where known (`en`, `es`), else ISO 639-3, `und` when undetermined. Non-English pages are kept. */
  language: string;
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

/** The page as units read together: the title with the lead, then each later paragraph. */
function units(title: string, lead: string | undefined, text: string): string[] {
  const paragraphs = text
    .split(/\n\s*\n|\n(?=\S)/)
    .map((p) => p.trim())
    .filter(Boolean);
  const first = lead?.trim() || paragraphs.shift() || '';
  if (lead && paragraphs[0]?.trim() === lead.trim()) paragraphs.shift();
  return [`${title}\n${first}`, ...paragraphs];
}

function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+'))
    .join('|');
}

/**
 * A matcher for a legal action between the sides, within one line: the defendant as its target ("sued Meta",
 * "lawsuit against Facebook parent Meta", "Meta's trial", "demanda contra Meta") or the plaintiff as its owner
 * ("New Mexico's lawsuit", "the suit brought by the attorney general of New Mexico", "New Mexico presses its
 * consumer protection case", "the state's lawsuit"). English, Spanish, French, German, Portuguese and Italian
 * forms are built in, as generic legal grammar ("procès contre Meta", "Klage gegen Meta", "processo contra a
 * Meta").
 */
function actionMatcher(plaintiffs: readonly string[], defendants: readonly string[]): RegExp | null {
  const p = alternation(plaintiffs);
  const d = alternation(defendants);
  if (!p || !d) return null;
  const gap = (n: number) => `(?:[^\\S\\n]+[\\p{L}\\p{N}'’.,-]+){0,${n}}?[^\\S\\n]+`;
  const action = `(?:${[
    ...['trial', 'case', 'lawsuit', 'suit', 'complaint', 'verdict', 'judgment', 'appeal'],
    ...[
      'juicio',
      'demanda',
      'caso',
      'procès',
      'plainte',
      'Klage',
      'Prozess',
      'Verfahren',
      'processo',
      'ação',
    ],
  ].join('|')})`;
  const target = [
    ...['against', 'sued', 'sues', 'suing', 'v\\.', 'vs\\.', 'versus'],
    ...[
      'contra',
      'demandó\\s+a',
      'demanda\\s+a',
      'contre',
      'poursuit',
      'gegen',
      'verklagt',
      'contro',
      'processou',
    ],
  ].join('|');
  const forms = [
    `(?:${target})${gap(4)}(?:${d})`,
    `(?:${d})(?:['’]s)?${gap(2)}${action}`,
    `(?:${p}|the\\s+state)(?:['’]s)?${gap(4)}${action}`,
    `${action}${gap(1)}(?:brought|filed|presentada|interpuesta)${gap(1)}(?:by|por)${gap(4)}(?:${p})`,
  ];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export interface RelevanceModel {
  judge(input: RelevanceInput): Relevance;
}

/**
 * The relevance filter. A page covers the case when the plaintiff side and the defendant side are named close
 * together with the case's vocabulary (in the title and lead, or in one paragraph and the next), and the page
 * either names a legal action between them ("New Mexico's lawsuit", "the trial against Meta"), or uses two anchors
 * of this case (its court and judge, its figures, its investigation), or names the defendant more than
 * in passing with an anchor or dense legal vocabulary. Two parties named far apart — "New Mexico" in a dateline,
 * "Meta" in an unrelated paragraph — are not a case.
 *
 * A look-alike wins when the page names it and no paragraph covers this case in its own right — names both sides
 * with more of this case's anchors than look-alike terms, or as the sides of a legal action with the case's
 * vocabulary and no look-alike. So coverage of the Snap suit that recalls the Meta case in a clause is the Snap
 * suit's, while a roundup or a two-trials story that gives this case a paragraph with its court or its
 * figures is kept: DESIGN keeps a brief mention of this case inside a broader article.
 *
 * Language does not change the rules: the parties' names are the same in every language and the case definition
 * carries the foreign-language vocabulary (demanda, juicio, jurado, procès, Klage, Urteil, processo, giudice, …).
 */
export function relevanceModel(definition: CaseDefinition): RelevanceModel {
  const names = (role: string) =>
    definition.entities.filter((e) => e.role === role).flatMap((e) => [e.name, ...e.aliases]);
  const plaintiff = phraseMatcher(names('plaintiff'));
  const defendant = phraseMatcher(names('defendant'));
  const action = actionMatcher(names('plaintiff'), names('defendant'));
  const anchors = phraseMatcher([...names('court'), ...definition.anchors]);
  const keywords = phraseMatcher(definition.keywords);
  const exclusions = definition.exclusions.map((x) => ({ name: x.name, matcher: phraseMatcher(x.terms) }));

  return {
    judge({ title, text, lead, language }: RelevanceInput): Relevance {
      const all = `${title}\n${lead ?? ''}\n${text}`;
      const lang = language ? normaliseLanguage(language) : detectLanguage(`${title}\n${text}`);
      const parts = units(title, lead, text);
      const p = count(plaintiff, all);
      const d = count(defendant, all);
      const a = count(anchors, all);
      const k = count(keywords, all);
      // Both sides and the case's vocabulary within one window of two consecutive units; or one side set up in the title and lead and a later
      // paragraph naming the other with the case's vocabulary: a New Mexico story's "the state's lawsuit against
      // Meta", an earnings story's "a New Mexico jury's verdict".
      const [first = '', ...rest] = parts;
      const firstP = count(plaintiff, first) > 0;
      const firstD = count(defendant, first) > 0;
      const together =
        parts.some((unit, i) => {
          const window = `${unit}\n${parts[i + 1] ?? ''}`;
          const vocabulary = count(keywords, window) + count(anchors, window);
          return count(plaintiff, window) > 0 && count(defendant, window) > 0 && vocabulary > 0;
        }) ||
        rest.some(
          (unit) =>
            ((firstP && count(defendant, unit) > 0) || (firstD && count(plaintiff, unit) > 0)) &&
            count(keywords, unit) + count(anchors, unit) > 0,
        );
      const reasons = [
        `language ${lang}`,
        `plaintiff side named ${p}×`,
        `defendant side named ${d}×`,
        together ? 'both sides named together' : 'sides never named together',
        `anchors of this case ${a}×`,
        `case vocabulary ${k}×`,
      ];
      // A score for ranking and for the record; the decision below does not depend on its exact value.
      let score = (p ? 0.25 : 0) + (d ? 0.25 : 0) + (together ? 0.1 : 0) + Math.min(a, 3) * 0.1;
      score += Math.min(k, 4) * 0.025;
      if (count(plaintiff, title) && count(defendant, title)) score += 0.1;
      // This case covered in its own right: one unit names both sides and either this case's anchors there
      // outnumber the look-alikes' terms (a paragraph on two trials can name both), or it names no look-alike and
      // names a legal action between the sides with the case's vocabulary (a day of testimony needs no statute,
      // but a criminal sting's "jury convicts" beside "the attorney general" and "Facebook" is no action between
      // them). A clause recalling this case in a look-alike's paragraph is neither. When the title and lead
      // announce a look-alike against this case's defendant (the privacy case, a sting on Instagram), a later
      // paragraph that names the same parties with only the shared legal vocabulary ("a New Mexico jury", "Meta
      // argued") goes on with the look-alike's story, which has those parties too: there it takes this case's
      // anchors. A look-alike against another company (Snap) shares no defendant, so a later paragraph's legal
      // action against Meta ("his office took Meta to trial") is this case's. A lead that names only one side (New Mexico, suing Snap) lends it
      // to a later paragraph that names the other ("the state's trial against Meta" with its figures); a lead
      // that names both lends neither, since the look-alikes that share both parties share the statute and the
      // method too.
      const named = exclusions.filter((x) => count(x.matcher, all) > 0);
      const ledByLookAlike = firstD && named.some((x) => count(x.matcher, first) > 0);
      const own = parts.filter((unit, i) => {
        const unitP = count(plaintiff, unit) > 0;
        const unitD = count(defendant, unit) > 0;
        const sides =
          (unitP && unitD) || (i > 0 && firstP !== firstD && ((unitP && firstD) || (unitD && firstP)));
        if (!sides) return false;
        const others = named.reduce((sum, x) => sum + count(x.matcher, unit), 0);
        return (
          count(anchors, unit) > others ||
          (others === 0 && !ledByLookAlike && count(keywords, unit) >= 2 && count(action, unit) > 0)
        );
      }).length;
      let excluded: string | undefined;
      for (const x of named) {
        const n = count(x.matcher, all) + count(x.matcher, title);
        reasons.push(`look-alike "${x.name}" weight ${n}`);
        if (own === 0) excluded ??= x.name;
      }
      if (ledByLookAlike) reasons.push('a look-alike against the defendant named in the title or lead');
      if (named.length > 0) reasons.push(`paragraphs about this case alone ${own}`);
      // A legal action between the sides is enough, and so are two anchors; otherwise the defendant must be more
      // than a passing name (an NMDOJ suit against vape sellers "who advertised on Instagram" cites the same
      // statute) and the page needs an anchor or a dense legal vocabulary (closing arguments name no statute).
      const acted = count(action, all);
      reasons.push(`legal action between the sides named ${acted}×`);
      // Local coverage can leave the state unnamed ("a fund created in the state's lawsuit against Meta", "a
      // Santa Fe judge ordered Meta to pay $567 million"): a legal action beside the defendant with two of this
      // case's anchors, within one window, names the case itself; so do three anchors beside the defendant
      // without the action's words (a year-in-review's "in Santa Fe, a state jury… a $567 million abatement fund
      // to the jury's $375 million").
      const implied =
        p === 0 &&
        parts.some((unit, i) => {
          const window = `${unit}\n${parts[i + 1] ?? ''}`;
          const anchored = count(anchors, window);
          return (
            count(defendant, window) > 0 && (anchored >= 3 || (count(action, window) > 0 && anchored >= 2))
          );
        });
      if (implied)
        reasons.push('plaintiff unnamed but implied by an action against the defendant with anchors');
      const covered =
        (p > 0 || implied) &&
        d > 0 &&
        (together || implied) &&
        (acted > 0 || a >= 2 || (d >= 2 && (a > 0 || k >= 3)));
      const relevant = covered && !excluded;
      if (excluded) reasons.push(`excluded: reads as coverage of ${excluded}`);
      reasons.push(relevant ? 'relevant' : 'not relevant');
      score = Math.min(1, Math.round(score * 100) / 100);
      return { score: relevant ? score : Math.min(score, 0.45), relevant, reasons, language: lang };
    },
  };
}
