import type { AliasTable } from './aliases.ts';
import { canonicaliseAliases } from './aliases.ts';
import { datesAgree } from './dates.ts';
import type { Quantity } from './numbers.ts';
import { quantityDifference } from './numbers.ts';
import { contentStems, sharedStems, stemSimilarity } from './similarity.ts';
import type { ClaimSlots } from './slots.ts';
import { claimSlots } from './slots.ts';

export type ClaimRelation = 'new' | 'restated' | 'conflicting' | 'updated';

/** A claim already known: from stored coverage, a known file, or the case's known facts. */
export interface ClaimCandidate {
  kind: string;
  text: string;
  /** Where it came from (a file, an article id, `known fact`), carried through to the result. */
  source?: string | null;
}

export interface ClaimToClassify {
  kind: string;
  text: string;
  slots: ClaimSlots;
}

export interface ClaimClassification<C extends ClaimCandidate = ClaimCandidate> {
  relation: ClaimRelation;
  matched: C | null;
  detail: string | null;
}

/**
 * Thresholds on the stem Dice similarity, chosen on tests/claims/labelled-pairs.ts (see bench:claims): a
 * restatement shares at least `restated` of its content words (translations back into English keep about half);
 * a conflict or an update needs only `sameMatter`, since the differing slot is what tells it apart.
 */
export const claimThresholds = { restated: 0.42, sameMatter: 0.28, update: 0.2 } as const;

interface Judged {
  relation: ClaimRelation;
  detail: string | null;
  score: number;
}

function describe(q: Quantity): string {
  return q.text;
}

function quantityConflict(a: ClaimSlots, b: ClaimSlots): string | null {
  for (const qa of a.quantities) {
    // Bare figures of two sentences are rarely the same thing counted: no conflict is read from them.
    if (qa.unit === 'number') continue;
    const same = b.quantities.filter((qb) => qb.unit === qa.unit);
    if (same.length === 0 || same.some((qb) => quantityDifference(qa, qb) === null)) continue;
    const qb = same.find((x) => x.value === qa.value) ?? same[0];
    if (qb) return quantityDifference({ ...qa, text: describe(qa) }, qb);
  }
  return null;
}

/** The surname of the judge a sentence names ("Judge Bryan Biedscheid" → Biedscheid). */
function judgeOf(text: string): string | null {
  const name = /\bJudge\s+(?:[A-Z][\p{L}.'’-]+\s+){0,2}?([A-Z][\p{L}'’-]+)\b(?!\s+[A-Z])/u.exec(text)?.[1];
  // "Judge Biedscheid's ruling": the possessive is not part of the name.
  return name ? name.replace(/['’]s?$/u, '') : null;
}

/** What judging needs of a candidate, read once from its text: its slots and the stems of its wording. */
interface ReadCandidate {
  slots: ClaimSlots;
  stems: Set<string>;
  quoteStems: Set<string> | null;
}

/**
 * Candidates recur (known facts, the case's common claims are candidates of most claims), and reading one is
 * most of the cost of judging it: the last few thousand read are kept, per alias table.
 */
const readCandidates = new WeakMap<AliasTable, Map<string, ReadCandidate>>();
const maxReadCandidates = 5000;

function readCandidate(text: string, aliases: AliasTable): ReadCandidate {
  let cache = readCandidates.get(aliases);
  if (!cache) readCandidates.set(aliases, (cache = new Map()));
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const slots = claimSlots(text, { aliases });
  const read = {
    slots,
    stems: contentStems(canonicaliseAliases(text, aliases)),
    quoteStems: slots.quote ? contentStems(slots.quote) : null,
  };
  cache.set(text, read);
  if (cache.size > maxReadCandidates) cache.delete(cache.keys().next().value as string);
  return read;
}

function judge(
  claim: ClaimToClassify,
  own: Pick<ReadCandidate, 'stems' | 'quoteStems'>,
  candidate: ClaimCandidate,
  aliases: AliasTable,
): Judged {
  const read = readCandidate(candidate.text, aliases);
  const other = read.slots;
  const a = claim.slots;
  if (claim.kind === 'legal_status') {
    if (!other.nature) return { relation: 'new', detail: null, score: 0 };
    return other.nature === a.nature
      ? { relation: 'restated', detail: null, score: 1 }
      : { relation: 'conflicting', detail: `${a.nature ?? '?'} ≠ ${other.nature}`, score: 1 };
  }
  // Two quotations are compared by their quoted words, anything else by the whole statement.
  const byQuote = own.quoteStems && read.quoteStems;
  const stemsA = byQuote ? (own.quoteStems ?? own.stems) : own.stems;
  const stemsB = byQuote ? (read.quoteStems ?? read.stems) : read.stems;
  const score = stemSimilarity(stemsA, stemsB);
  // The case moves along one line of stages (filed … remanded … motion decided … verdict … judgment … appeal):
  // a later stage is an update of what an earlier one said, whichever matter it names and whatever its figures.
  if (a.legal && other.legal && a.legal.stage > other.legal.stage && score >= claimThresholds.update)
    return {
      relation: 'updated',
      detail: `${other.legal.matter}: ${other.legal.status} → ${a.legal.matter}: ${a.legal.status}`,
      score,
    };
  if (score >= claimThresholds.sameMatter) {
    const quantity = quantityConflict(a, other);
    if (quantity) return { relation: 'conflicting', detail: quantity, score };
    if (
      a.dates.length &&
      other.dates.length &&
      !a.dates.some((d) => other.dates.some((e) => datesAgree(d, e)))
    )
      return { relation: 'conflicting', detail: `${a.dates.join(', ')} ≠ ${other.dates.join(', ')}`, score };
    const judges = [judgeOf(claim.text), judgeOf(candidate.text)];
    if (judges[0] && judges[1] && judges[0] !== judges[1])
      return { relation: 'conflicting', detail: `judge ${judges[0]} ≠ ${judges[1]}`, score };
    if (a.speaker && other.speaker && a.speaker !== other.speaker && score >= claimThresholds.restated)
      return { relation: 'conflicting', detail: `speaker ${a.speaker} ≠ ${other.speaker}`, score };
    if (a.negated !== other.negated && score >= claimThresholds.restated && !a.quote)
      return {
        relation: 'conflicting',
        detail: a.negated ? 'negated ≠ affirmed' : 'affirmed ≠ negated',
        score,
      };
  }
  if (a.legal && other.legal) {
    if (a.legal.status !== other.legal.status) {
      if (
        a.legal.matter === other.legal.matter &&
        a.legal.stage === other.legal.stage &&
        score >= claimThresholds.sameMatter
      )
        return {
          relation: 'conflicting',
          detail: `${a.legal.matter}: ${a.legal.status} ≠ ${other.legal.status}`,
          score,
        };
      return { relation: 'new', detail: null, score };
    }
  }
  // A quotation is restated only by a quotation.
  if (a.quote && !other.quote) return { relation: 'new', detail: null, score };
  // A restatement says no more than its original: a figure of a kind the original lacks is news, and two short
  // sentences sharing two words are not the same statement.
  const addsFigure = a.quantities.some((q) => !other.quantities.some((o) => o.unit === q.unit));
  if (score >= claimThresholds.restated && !addsFigure && (sharedStems(stemsA, stemsB) >= 3 || score >= 0.6))
    return { relation: 'restated', detail: null, score };
  return { relation: 'new', detail: null, score };
}

const rank: Record<ClaimRelation, number> = { conflicting: 4, updated: 3, restated: 2, new: 0 };

/**
 * Known facts are the case's timeline as its configurer knows it today, events after a piece included: they
 * anchor conflicts (a wrong figure, "criminal" for a civil case), but a piece that restates one while taking
 * the coverage a stage further is reported as the update it is to its readers.
 */
function weight(judged: Judged, candidate: ClaimCandidate): number {
  return judged.relation === 'restated' && candidate.kind === 'known_fact' ? 1 : rank[judged.relation];
}

/**
 * Classifies a claim against candidate claims (pure; a database lookup or the known files supply them): the
 * closest restatement wins when it is near-verbatim; otherwise a conflict beats an update beats a restatement,
 * the closest candidate first within each. Returns the relation, the candidate it is about and the difference.
 */
export function classifyClaim<C extends ClaimCandidate>(
  claim: ClaimToClassify,
  candidates: readonly C[],
  aliases: AliasTable = [],
): ClaimClassification<C> {
  let best: { judged: Judged; candidate: C; weight: number } | null = null;
  const own = {
    stems: contentStems(canonicaliseAliases(claim.text, aliases)),
    quoteStems: claim.slots.quote ? contentStems(claim.slots.quote) : null,
  };
  for (const candidate of candidates) {
    const judged = judge(claim, own, candidate, aliases);
    if (judged.relation === 'new') continue;
    if (judged.relation === 'restated' && judged.score >= 0.8 && candidate.kind !== 'known_fact')
      return { relation: 'restated', matched: candidate, detail: null };
    const w = weight(judged, candidate);
    if (!best || w > best.weight || (w === best.weight && judged.score > best.judged.score))
      best = { judged, candidate, weight: w };
  }
  return best
    ? { relation: best.judged.relation, matched: best.candidate, detail: best.judged.detail }
    : { relation: 'new', matched: null, detail: null };
}
