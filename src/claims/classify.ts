import { courtConflict, deciderConflict, officialConflict } from './actors.ts';
import type { AliasTable } from './aliases.ts';
import { canonicaliseAliases } from './aliases.ts';
import { datesAgree } from './dates.ts';
import type { DateFigure, QuantityFigure, SentenceFigures } from './figures.ts';
import { ageGroupsApart, sameEvents, sameTellingEvent, sentenceFigures, weakEvents } from './figures.ts';
import type { Quantity } from './numbers.ts';
import { quantitiesCompatible, quantityDifference } from './numbers.ts';
import { asksCourt, decidesRequest, foreseenStepDone, foreseenSteps, reportsDone } from './prospect.ts';
import { contentStems, diceOf, sameStems, sharedStems, stemSimilarity } from './similarity.ts';
import type { ClaimSlots } from './slots.ts';
import { claimSlots, outsideQuote } from './slots.ts';
import type { LegalEvent } from './legal.ts';
import { recappedStage } from './legal.ts';
import type { ClaimVocabulary } from './vocabulary.ts';
import { lookAlikeOf, vocabularyOf } from './vocabulary.ts';

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
  /** The article's date, for its relative dates ("Tuesday"). */
  articleDate?: string | null;
}

export interface ClaimClassification<C extends ClaimCandidate = ClaimCandidate> {
  relation: ClaimRelation;
  matched: C | null;
  detail: string | null;
}

/**
 * Thresholds on the stem Dice similarity, chosen on tests/claims/labelled-pairs.ts (see bench:claims): a
 * restatement shares at least `restated` of its content words (translations back into English keep about half);
 * a conflict or an update needs only `sameMatter`, since the differing slot is what tells it apart — a figure
 * must also be a figure of the same thing (see quantityConflict, dateConflict). A quotation given to another
 * speaker, or a statement denied, conflicts only when near-verbatim (`sameStatement`): long sentences share
 * half their words with many others, and a "not" somewhere in one says nothing of the other.
 */
export const claimThresholds = {
  restated: 0.36,
  sameMatter: 0.28,
  update: 0.2,
  sameStatement: 0.6,
  figures: 0.1,
} as const;

const otherStates = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Georgia',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
].join('|');

// A trial named, and the second phase's trial (heard by the judge alone) named as such.
const trialNamed = /\b(?:trial|phase)\b/i;
const secondPhaseTrial = /\b(?:second|nuisance|bench|remedy|remedies|abatement) (?:phase|trial|hearing)\b/i;

// The case's later phases, whose figures (a three-week trial) are not the jury trial's.
const laterPhase = /\b(?:second|nuisance|bench|remed\w*|abatement)\b/i;

/** What a conflict is about on the claim's side: one of its figures or dates, or the case's nature. */
type ConflictPoint = { quantity: Quantity } | { date: string } | { nature: string };

interface Found {
  detail: string;
  /** The claim's side, where it is a figure, a date or the case's nature. */
  point?: ConflictPoint;
}

interface Judged {
  relation: ClaimRelation;
  detail: string | null;
  score: number;
  /** For a conflict over a figure, date or the case's nature: the claim's side of it. */
  point?: ConflictPoint;
  /** The candidate's legal event, if it states one. */
  legal: LegalEvent | null;
  /** An update of a step the candidate foresaw or asked for: the coverage's stage does not make it a recall. */
  foreseen?: boolean;
}

/**
 * A figure of the claim that contradicts a figure of the other statement of the same thing. Figures either
 * states alike are accounted for ("$567 million on top of the $375 million" against "$375 million"); a rate is
 * compared with rates only; estimates conflict only when they cannot meet; and the two figures must have a
 * word of what they measure in common ("$375 million in civil penalties", "the $357 million penalty").
 */
function quantityConflict(
  own: SentenceFigures,
  other: SentenceFigures,
  oneMatter: boolean,
  loose: 'misprints' | 'misprints or heads' | null = null,
): Found | null {
  // A figure stated as what it is in the other statement: a total is not stated by the same sum as a part.
  const statedIn = (figures: SentenceFigures, f: QuantityFigure): boolean =>
    figures.quantities.some(
      (x) =>
        x.quantity.unit === f.quantity.unit &&
        x.rate === f.rate &&
        x.total === f.total &&
        quantityDifference(x.quantity, f.quantity) === null,
    );
  for (const fa of own.quantities) {
    const qa = fa.quantity;
    // Bare figures of two sentences are rarely the same thing counted: no conflict is read from them. Nor are the
    // ages of two groups (the decoys, the decree's accounts).
    if (qa.unit === 'number' || statedIn(other, fa)) continue;
    if (qa.unit === 'age' && ageGroupsApart(own, other)) continue;
    const same = other.quantities
      .filter((fb) => fb.quantity.unit === qa.unit && fb.rate === fa.rate && !statedIn(own, fb))
      .sort((x, y) => Number(y.quantity.value === qa.value) - Number(x.quantity.value === qa.value));
    for (const fb of same) {
      const qb = fb.quantity;
      if (fa.projected !== fb.projected || fa.total !== fb.total || quantitiesCompatible(qa, qb)) continue;
      // On a loose wording match, only a misprint's shape, or one noun the two figures qualify ("a four-week
      // trial", "a seven-week trial"), says they are figures of one thing.
      const one = loose
        ? misprinted(qa.value, qb.value) ||
          (fa.total && fb.total) ||
          (loose === 'misprints or heads' &&
            ((fa.head !== null && fa.head === fb.head) || oneTimeOf(fa, fb, own, other)))
        : sameThing(fa, fb, own, other, oneMatter);
      if (!one) continue;
      const detail = quantityDifference(qa, qb);
      if (detail) return { detail, point: { quantity: qa } };
    }
  }
  return null;
}

/**
 * Whether two times are of one thing: the only time of each sentence, one naming its thing straight after it ("a
 * five-year decree", "seven weeks of trial") and the other naming it before it in its clause ("the decree will bind
 * Meta for a decade", "a trial lasting barely three weeks").
 */
function oneTimeOf(
  a: QuantityFigure,
  b: QuantityFigure,
  own: SentenceFigures,
  other: SentenceFigures,
): boolean {
  const onlyTime = (f: QuantityFigure, all: SentenceFigures): boolean =>
    f.quantity.unit === 'duration' &&
    !f.span &&
    all.quantities.filter((x) => x.quantity.unit === 'duration').length === 1;
  if (!onlyTime(a, own) || !onlyTime(b, other)) return false;
  return (a.head !== null && b.before.has(a.head)) || (b.head !== null && a.before.has(b.head));
}

/**
 * Whether two figures measure the same thing: a word of what they measure in common, or (in two statements close
 * enough to be about one matter) nothing around one of them or one figure of the unit in each, or a misprint's shape (digits swapped or one digit changed: $357M
 * for $375M, 225 pages for 228), which coverage gets wrong with whatever words it puts around the figure.
 */
function sameThing(
  a: QuantityFigure,
  b: QuantityFigure,
  own: SentenceFigures,
  other: SentenceFigures,
  oneMatter: boolean,
): boolean {
  if (sameStems(a.anchor, b.anchor) > 0) return true;
  // Two sums of one unit are the case's one sum: what Meta owes in all; two rates, its one rate (the penalty for
  // each violation, "a price of ten thousand dollars on every breach").
  if ((a.total && b.total) || (a.rate && b.rate)) return true;
  // The same number under another bound ("14 and under", "under 14") is one figure misreported.
  if (a.quantity.value === b.quantity.value) return true;
  if (oneMatter) {
    // In two statements of one matter, a figure with nothing around it, or the only figure of its unit in each,
    // is that matter's figure ("The decree will remain in force for 10 years" and "a five-year decree").
    const only = (f: QuantityFigure, all: SentenceFigures): boolean =>
      all.quantities.filter((x) => x.quantity.unit === f.quantity.unit).length === 1;
    if (a.anchor.size === 0 || b.anchor.size === 0 || (only(a, own) && only(b, other))) return true;
  }
  return misprinted(a.quantity.value, b.quantity.value);
}

const digits = (value: number): string => String(value).replace(/\D|0+$/g, '');

/** Whether two figures are one figure misprinted: two digits or more, one changed or the same digits reordered. */
function misprinted(a: number, b: number): boolean {
  // A figure under 100 is no misprint: "under 16" and "under 18" are two rules. 57,000 violations for 75,000 is.
  if (a < 100 || b < 100) return false;
  const x = digits(a);
  const y = digits(b);
  if (x.length !== y.length || x === y || x.length < 2) return false;
  const differ = [...x].filter((c, i) => c !== y[i]).length;
  return differ === 1 || [...x].sort().join() === [...y].sort().join();
}

/** A case number of the claim where the other statement gives another of the same form. */
function docketConflict(own: SentenceFigures, other: SentenceFigures): string | null {
  const form = (d: string): string => (d.includes(':') ? 'federal' : 'state');
  for (const d of own.dockets) {
    if (other.dockets.includes(d)) continue;
    const e = other.dockets.find((x) => form(x) === form(d));
    if (e) return `${d} ≠ ${e}`;
  }
  return null;
}

/** Whether two statements state one exact figure (an amount, a count, a day) alike. */
function sharesFigure(a: SentenceFigures, b: SentenceFigures): boolean {
  return (
    a.quantities.some(
      (f) =>
        f.quantity.unit !== 'number' &&
        b.quantities.some(
          (g) => g.quantity.unit === f.quantity.unit && quantityDifference(g.quantity, f.quantity) === null,
        ),
    ) || a.dates.some((d) => d.date.length === 10 && b.dates.some((e) => e.date === d.date))
  );
}

/**
 * A date of the claim that contradicts a date of the other statement for the same event: neither states the
 * other's date, and both are dates of one event (by the event words near them, else by two words around them).
 */
function dateConflict(
  own: SentenceFigures,
  other: SentenceFigures,
  oneMatter: boolean,
  telling = false,
  excused: (own: string, other: string) => boolean = () => false,
): Found | null {
  const onlyOwn = own.dates.filter((d) => !other.dates.some((e) => datesAgree(d.date, e.date)));
  const onlyOther = other.dates.filter((e) => !own.dates.some((d) => datesAgree(d.date, e.date)));
  // One date each in two statements of one matter are the dates of one event, unless their events differ.
  const single = own.dates.length === 1 && other.dates.length === 1 && oneMatter;
  for (const d of onlyOwn)
    for (const e of onlyOther) {
      if (d.projected !== e.projected) continue;
      // On a loose wording match only a day of one telling event (the verdict, the remand) counts.
      if (telling && !sameTellingEvent(d.events, e.events)) continue;
      const known = d.events.size > 0 && e.events.size > 0;
      const sameEvent = known ? sameEvents(d.events, e.events) : single || sameStems(d.anchor, e.anchor) >= 2;
      if (sameEvent && !excused(d.date, e.date))
        return { detail: `${d.date} ≠ ${e.date}`, point: { date: d.date } };
    }
  return null;
}

/** Dates whose event is only the legal step their sentence reports, not a word beside them. */
const datedByStep = new WeakSet<DateFigure>();

// Steps of the case that happen once, whose day a known fact records: another day for one is a mistake. A "filed"
// is the complaint's only when the sentence names the suit (motions, notices and briefs are filed too).
const onceSteps = new Set(['verdict', 'judgment', 'motion to dismiss', 'case']);
const decidedStatuses = new Set(['granted', 'denied', 'dismissed']);
const otherParty = /\b(?:Zuckerberg|chief executive|CEO|individual(?:ly)?|executives?)\b/i;
const theSuit = /\b(?:sued|suit|lawsuit|complaint)\b/i;
const amended =
  /\bamend\w*|\bnew (?:lawsuit|suit|complaint)\b|\bsecond (?:lawsuit|suit|complaint)\b|\b(?:revised|updated|refiled) (?:version of (?:its|the|their) )?complaint\b/i;

/**
 * A date or amount the claim gives for a step of the case that a known fact records otherwise, whatever the
 * wording: the claim reports the same step with the same outcome (the verdict, the judgment, the denial of the
 * motion to dismiss, the filing) and gives it one date that is not the fact's, or a money figure that is a
 * misprint of the fact's ($924 million for $942 million). A money figure is compared by its misprint's shape
 * even without the step: coverage gets a famous figure wrong in any sentence. Sums and parts, rates, and figures
 * asked for or expected are left to the wording rules.
 */
function factFrameConflict(
  text: string,
  own: ClaimSlots,
  ownFigures: SentenceFigures,
  fact: ClaimSlots,
  factFigures: SentenceFigures,
): Found | null {
  for (const fa of ownFigures.quantities) {
    if (fa.quantity.unit !== 'USD' || fa.rate || fa.projected) continue;
    for (const fb of factFigures.quantities) {
      if (fb.quantity.unit !== 'USD' || fb.rate) continue;
      if (factFigures.quantities.some((x) => quantityDifference(x.quantity, fa.quantity) === null)) break;
      const ratio = fa.quantity.value / fb.quantity.value;
      if (ratio < 0.5 || ratio > 2 || !misprinted(fa.quantity.value, fb.quantity.value)) continue;
      const detail = quantityDifference(fa.quantity, fb.quantity);
      if (detail) return { detail, point: { quantity: fa.quantity } };
    }
  }
  const step = own.legal;
  if (!step || !fact.legal || step.matter !== fact.legal.matter || !onceSteps.has(step.matter)) return null;
  if (!step.statuses.some((s) => fact.legal?.statuses.includes(s))) {
    // The other outcome of a decided step ("sided with Meta on its motion to dismiss" for the denial), on the
    // fact's day or none: a ruling on someone else (the chief executive dropped the same day) is another ruling.
    const sameDay = ownFigures.dates.every((d) => factFigures.dates.some((e) => datesAgree(d.date, e.date)));
    return step.stage === fact.legal.stage &&
      decidedStatuses.has(step.status) &&
      sameDay &&
      !otherParty.test(text)
      ? { detail: `${step.matter}: ${step.status} ≠ ${fact.legal.status}` }
      : null;
  }
  if (step.matter === 'case' && (!theSuit.test(text) || amended.test(text))) return null;
  const days = ownFigures.dates.filter((d) => !d.projected);
  const [day] = days;
  const [factDay] = factFigures.dates;
  if (days.length !== 1 || !day || factFigures.dates.length !== 1 || !factDay) return null;
  // The claim's own words must say what its date is the date of ("the verdict came down on", "filed the suit
  // in"): a date that only sits in a sentence about the step may be another event's (a bond posted, a renaming).
  if (datedByStep.has(day) || !sameTellingEvent(day.events, factDay.events)) return null;
  if (datesAgree(day.date, factDay.date)) return null;
  if (suitAnnounced(text, step, day.date, factDay.date)) return null;
  return { detail: `${step.matter}: ${day.date} ≠ ${factDay.date}`, point: { date: day.date } };
}

/**
 * Whether a claim's day for the suit is the day it was made public: "sued Meta on Wednesday", the day after the
 * filing, is how news tells it (coverage says both: "sued … on Wednesday … The lawsuit, filed Tuesday"), not
 * another filing day. A suit "filed" that day, or "sued" on any other, is another day.
 */
function suitAnnounced(text: string, legal: LegalEvent | null, day: string, filedOn: string): boolean {
  return (
    legal?.matter === 'case' && announcedSuit.test(text) && !filedWords.test(text) && dayAfter(day, filedOn)
  );
}

const announcedSuit = /\b(?:sued|sues|suing|announced)\b/i;
const filedWords = /\b(?:filed|filing|lodged|submitted)\b/i;

/** Whether `later` is the calendar day after `earlier` (both full dates, 2023-12-06 and 2023-12-05). */
function dayAfter(later: string, earlier: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(later) || !/^\d{4}-\d{2}-\d{2}$/.test(earlier)) return false;
  return Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`) === 86_400_000;
}

/**
 * Whether the claim restates a known fact's step whatever its wording: the mirror of `factFrameConflict`. The
 * claim reports a step the fact records (the verdict, the judgment, the denial of the motion to dismiss, the
 * filing) with the same outcome, and every date and figure it gives is the fact's: "The verdict came down on
 * March 24" and "All told, the Facebook parent faces roughly $942M under the judgment" share almost no wording
 * with the fact, and say nothing else.
 */
function factFrameRestates(
  text: string,
  own: ClaimSlots,
  ownFigures: SentenceFigures,
  fact: ClaimSlots,
  factFigures: SentenceFigures,
): boolean {
  const step = own.legal;
  if (!step || !fact.legal || step.matter !== fact.legal.matter || !onceSteps.has(step.matter)) return false;
  if (!step.statuses.some((s) => fact.legal?.statuses.includes(s))) return false;
  if (step.matter === 'case' && (!theSuit.test(text) || amended.test(text))) return false;
  if (otherParty.test(text)) return false;
  const dates = ownFigures.dates;
  const quantities = ownFigures.quantities.filter((f) => f.quantity.unit !== 'number' && !f.span);
  if (dates.length + quantities.length === 0) return false;
  // A date is the step's only when the claim's own words tell it, as for a conflict.
  const datesOfStep = dates.every(
    (d) =>
      !datedByStep.has(d) &&
      factFigures.dates.some(
        (e) =>
          (datesAgree(d.date, e.date) || suitAnnounced(text, step, d.date, e.date)) &&
          sameTellingEvent(d.events, e.events),
      ),
  );
  const figuresOfFact = quantities.every((f) =>
    factFigures.quantities.some(
      (o) =>
        o.quantity.unit === f.quantity.unit &&
        o.rate === f.rate &&
        quantityDifference(o.quantity, f.quantity) === null,
    ),
  );
  return datesOfStep && figuresOfFact;
}

/** What judging needs of a statement, read once from its text: its slots, the stems of its wording, its figures. */
interface ReadCandidate {
  slots: ClaimSlots;
  stems: Set<string>;
  quoteStems: Set<string> | null;
  figures: SentenceFigures;
  /** The look-alike case it is about, or null for this case. */
  lookAlike: string | null;
  /** The latest stage of the case it reports or recalls as given (its legal step, a verdict or judgment it names). */
  reached: number;
}

/**
 * Candidates recur (known facts, the case's common claims are candidates of most claims), and reading one is
 * most of the cost of judging it: the last few thousand read are kept, per vocabulary.
 */
const readCandidates = new WeakMap<ClaimVocabulary, Map<string, ReadCandidate>>();
const maxReadCandidates = 5000;

/** The stems of a text's wording, less the case's own names (which every statement of the case shares). */
function wordingStems(text: string, vocabulary: ClaimVocabulary): Set<string> {
  const stems = contentStems(canonicaliseAliases(text, vocabulary.aliases));
  for (const name of vocabulary.names) stems.delete(name);
  for (const stem of stems) if (calendarWords.has(stem)) stems.delete(stem);
  return stems;
}

// Dates and figures are compared as figures, not as words: "about three weeks" and "about six weeks" share no
// wording for being figures of one unit.
const calendarWords = contentStems(
  [
    'january february march april may june july august september october november december jan feb mar apr jun',
    'jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday',
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty forty',
    'fifty sixty seventy eighty ninety hundred thousand million billion day days week weeks month months year',
    'years hour hours percent',
  ].join(' '),
);

function readStatement(
  text: string,
  slots: ClaimSlots,
  vocabulary: ClaimVocabulary,
  articleDate?: string | null,
): ReadCandidate {
  const figures = sentenceFigures(outsideQuote(text), vocabulary.aliases, articleDate);
  // A date no event word tells is the date of the legal step the sentence reports ("The jury found … and imposed
  // $375 million in civil penalties on March 24, 2026" dates the verdict).
  const step = slots.legal ? stepEvents[slots.legal.status] : undefined;
  if (step)
    for (const d of figures.dates)
      // A ruling's date in a sentence whose step is a ruling's outcome is that step's ("went back in April 2024,
      // when a federal judge granted the remand motion").
      if ([...d.events].every((e) => weakEvents.has(e) || e === 'ruling')) {
        d.events = new Set([...d.events, step]);
        datedByStep.add(d);
      }
  // A date of a statement that the case was filed, told by nothing but the filing, is the suit's: the case is
  // filed once ("sued Meta in January 2024" against the complaint filed December 5, 2023).
  // A suit of several states or attorneys general is another suit than the case's, whoever it names.
  if (slots.legal?.status === 'filed' && slots.legal.matter === 'case' && !manyPlaintiffs.test(text))
    for (const d of figures.dates)
      if (d.events.has('filing') && [...d.events].every((e) => suitEvents.has(e)))
        d.events = new Set([...d.events, 'suit filed']);
  return {
    slots,
    stems: wordingStems(text, vocabulary),
    quoteStems: slots.quote ? wordingStems(slots.quote, vocabulary) : null,
    figures,
    // A filing by many states or a coalition is another suit's, even where the case's terms for it are missing.
    reached: Math.max(slots.legal?.stage ?? 0, recappedStage(text)),
    lookAlike:
      lookAlikeOf(text, vocabulary) ??
      // So is a suit of theirs settled ("Meta settled the suit brought by a bipartisan group of attorneys general").
      (((slots.legal?.status === 'filed' && slots.legal.matter === 'case') ||
        slots.legal?.status === 'settled') &&
      manyPlaintiffs.test(text)
        ? 'another suit'
        : null),
  };
}

const suitEvents = new Set(['filing', 'statement', 'trial', 'jury']);
// A suit of many states, or of another state ("Massachusetts also chose its own state court, suing Meta"), is
// another suit than the case's, whoever it names.
const manyPlaintiffs = new RegExp(
  String.raw`\battorneys general\b|\bcoalition\b|\b(?:dozens of|\d+|other|several|many|multiple) (?:other )?states\b|^(?:(?!New Mexico).)*\b(?:${otherStates})\b(?:(?!New Mexico).)*$`,
  'i',
);

/** The date event of a legal step. */
const stepEvents: Record<string, string> = {
  filed: 'filing',
  removed: 'removal',
  remanded: 'remand',
  'found liable': 'verdict',
  ordered: 'judgment',
  openings: 'openings',
  'jury selection': 'jury selection',
  closings: 'closings',
};

function readCandidate(text: string, vocabulary: ClaimVocabulary): ReadCandidate {
  let cache = readCandidates.get(vocabulary);
  if (!cache) readCandidates.set(vocabulary, (cache = new Map()));
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const read = readStatement(text, claimSlots(text, { aliases: vocabulary.aliases }), vocabulary);
  cache.set(text, read);
  if (cache.size > maxReadCandidates) cache.delete(cache.keys().next().value as string);
  return read;
}

/**
 * Whether `later` takes the matter of `earlier` a stage further: the same matter at a later status, or the
 * case's line (filed … removed … remanded … motion decided … verdict … judgment … appeal) moved on, which any
 * statement of an earlier stage is the start of.
 */
// Motions after the verdict and a stay pending appeal are steps of the line too: each follows the one before.
const mainLine = new Set([
  'case',
  'venue',
  'motion to dismiss',
  'trial',
  'verdict',
  'motion for a new trial',
  'judgment',
  'appeal',
  'stay',
]);

// A refusal says "not" in other words: "the judge's refusal to order changes" is "the decision not to require them".
const refusing = /\b(?:refus\w*|declin\w*|reject\w*|den(?:y|ies|ied|ial))\b/i;

// Verbs of no matter ("never asked for", "did not say") deny no statement of one.
const generalVerbs =
  /^(?:ask|asks|asked|say|says|said|tell|tells|told|know|knows|knew|known|want|wants|wanted|see|sees|saw|seen|get|gets|got|go|goes|went|gone|come|comes|came|make|makes|made|take|takes|took|taken|use|uses|used|do|does|did|done|seem|seems|seemed)$/i;

/**
 * Whether a sentence's "not" (or "never", "no longer") denies the very predicate the other statement asserts: the
 * first content word after it ("does not require" against "requires", "did not find" against "concluded"), in the
 * sentence's own clause — "adults who are not connected to a minor" or "scenarios that do not reflect how teens use
 * its apps" deny nothing the other statement says, and neither does "never initiated contact" beside "received
 * requests from adults".
 */
function deniesOf(text: string, vocabulary: ClaimVocabulary, otherStems: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(
    /(?<!\b(?:who|that|which|whom|whose)\s+(?:[\p{L}’']+\s+)?)\b(?:not|never|no longer|n[’']t)\s+((?:(?:be|been|being|have|has|had|yet|ever|even|actually|really|immediately)\s+)*)([\p{L}’'-]+)/giu,
  )) {
    if (generalVerbs.test(m[2] ?? '')) continue;
    const [predicate] = wordingStems(m[2] ?? '', vocabulary);
    if (predicate !== undefined && otherStems.has(predicate)) return true;
  }
  return false;
}

/**
 * The step another statement foresees that a claim reports done, told by the words they share: at least two of
 * the foreseeing clause's stems, or one where the two statements are close enough for a side matter's update. The
 * claim must itself report something done, not foresee or promise it too; null where it does not.
 */
function foreseenStep(
  claim: ClaimToClassify,
  candidate: ClaimCandidate,
  read: ReadCandidate,
  score: number,
): string | null {
  // A quotation's promise ("We will keep fighting") is no step of the case. A denial reports nothing done ("Torrez
  // did not comment"), and the two must be statements of one matter. (The cheap tests first: most candidates fail
  // them.)
  if (candidate.kind === 'known_fact' || claim.slots.quote || read.slots.quote || claim.slots.negated)
    return null;
  if (score < claimThresholds.update) return null;
  // A claim of an earlier step than the other statement is at reports nothing it foresaw.
  if (claim.slots.legal && claim.slots.legal.stage < read.reached) return null;
  if (!reportsDone(claim.text)) return null;
  // "Biedscheid rejected the state's request": the decision of what the other statement asked the court for.
  if (decidesRequest(claim.text) && asksCourt(candidate.text))
    return foreseenSteps(candidate.text).join('; ') || null;
  return foreseenStepDone(candidate.text, claim.text);
}

/** A refusal that is the step's denial ("refused to dismiss", "declined to throw out"): its "not" is the denial. */
function refusedStep(text: string, legal: LegalEvent | null): boolean {
  return legal?.status === 'denied' && /\b(?:refused|declined) to\b/i.test(text);
}

/**
 * Outcomes of one step that exclude each other, whatever matter a sentence names with them: an appeal announced
 * and one given up; a dismissal with prejudice and one without ("dropped Zuckerberg as a defendant without
 * prejudice", "Zuckerberg was dismissed with prejudice").
 */
function opposedOutcomes(a: string, b: string): boolean {
  const pair = [a, b].sort().join(' | ');
  return opposedPairs.has(pair);
}

const opposedPairs = new Set([
  'appeal announced | no appeal',
  // The motion to dismiss denied, and the claims thrown out.
  'denied | dismissed',
  'denied | remanded',
  'dismissed with prejudice | dismissed without prejudice',
  'dismissed | kept as defendant',
  'dismissed with prejudice | kept as defendant',
  'dismissed without prejudice | kept as defendant',
]);

/** One statement settles the case before its verdict, the other reports the verdict. */
function settledUntried(a: LegalEvent, b: LegalEvent): boolean {
  const untried = (e: LegalEvent): boolean => e.status === 'settled' && e.stage < 6;
  // A case that went to trial, or was decided by its jury, was not settled before it.
  const tried = (e: LegalEvent): boolean => e.statuses.some((s) => triedStatuses.has(s));
  return (untried(a) && tried(b)) || (untried(b) && tried(a));
}

const triedStatuses = new Set([
  'jury seated',
  'openings',
  'rested',
  'closings',
  'deliberating',
  'trial ended',
  'found liable',
]);

function isLaterStage(later: LegalEvent, earlier: LegalEvent): boolean {
  return later.stage > earlier.stage;
}

function judge(
  claim: ClaimToClassify,
  own: ReadCandidate,
  candidate: ClaimCandidate,
  vocabulary: ClaimVocabulary,
): Judged {
  const read = readCandidate(candidate.text, vocabulary);
  const other = read.slots;
  const a = claim.slots;
  const legal = other.legal;
  // A statement of a look-alike case (the Snap suit, the multistate suit) says nothing of this case's statements.
  if (own.lookAlike !== read.lookAlike) return { relation: 'new', detail: null, score: 0, legal: null };
  if (claim.kind === 'legal_status') {
    // The case's nature is compared with what another statement says of it as such: a known fact, or another
    // sentence's civil-or-criminal claim (not the other claim its own sentence carries).
    if (!other.nature || (candidate.kind !== 'legal_status' && candidate.kind !== 'known_fact'))
      return { relation: 'new', detail: null, score: 0, legal };
    return other.nature === a.nature
      ? { relation: 'restated', detail: null, score: 1, legal }
      : {
          relation: 'conflicting',
          detail: `${a.nature ?? '?'} ≠ ${other.nature}`,
          score: 1,
          legal,
          point: { nature: a.nature ?? '' },
        };
  }
  // Two quotations are compared by their quoted words, anything else by the whole statement.
  const byQuote = own.quoteStems && read.quoteStems;
  const stemsA = byQuote ? (own.quoteStems ?? own.stems) : own.stems;
  const stemsB = byQuote ? (read.quoteStems ?? read.stems) : read.stems;
  // Shared stems are counted once a pair: the score and the tests of one matter below all use them.
  const shared = sharedStems(stemsA, stemsB);
  const score = diceOf(shared, stemsA, stemsB);
  const judged = (relation: ClaimRelation, detail: string | null = null, point?: ConflictPoint): Judged => ({
    relation,
    detail,
    score,
    legal,
    ...(point ? { point } : {}),
  });
  // A suit's day given as the day after its filing is the day it was announced (see suitAnnounced).
  const announced = (day: string, filedOn: string): boolean =>
    suitAnnounced(claim.text, a.legal, day, filedOn) && (!legal || legal.matter === 'case');
  // Whether each names a party other than the company (its chief executive): "Meta itself remained a defendant" is
  // not Zuckerberg's remaining one.
  const ownPartyNamed = otherParty.test(claim.text);
  const otherPartyNamed = otherParty.test(candidate.text);
  const sameParty = ownPartyNamed === otherPartyNamed;
  // Two statements of one matter: close in wording, and sharing more than a predicate ("expected to last").
  const oneMatter = score >= claimThresholds.restated && shared >= 3;
  // A case number is the case's: another number of the same form for it is wrong, whatever the wording.
  const docket = docketConflict(own.figures, read.figures);
  if (docket) return judged('conflicting', docket);
  // Who decided, which judge or attorney general, which court: the case has one of each for each step.
  const ownActs = { text: claim.text, legal: a.legal, figures: own.figures };
  const otherActs = { text: candidate.text, legal, figures: read.figures };
  const close =
    score >= claimThresholds.sameMatter ||
    (score >= claimThresholds.figures && sharesFigure(own.figures, read.figures));
  const who =
    deciderConflict(ownActs, otherActs, vocabulary.judges, score >= claimThresholds.sameMatter) ??
    courtConflict(ownActs, otherActs) ??
    officialConflict(ownActs, otherActs, close, score >= claimThresholds.sameStatement, vocabulary.judges);
  if (who) return judged('conflicting', who);
  // A known fact is the case's own record of a step: the claim's date or amount for that step is checked against it
  // however the two are worded ("The verdict came down on Thursday, March 26" against the verdict of March 24).
  if (candidate.kind === 'known_fact') {
    const frame = factFrameConflict(claim.text, a, own.figures, other, read.figures);
    if (frame) return judged('conflicting', frame.detail, frame.point);
    if (factFrameRestates(claim.text, a, own.figures, other, read.figures)) return judged('restated');
  }
  // A misprinted figure or a day of the same event is a conflict on a loose wording match.
  if (score >= claimThresholds.figures && score < claimThresholds.sameMatter) {
    // A figure's noun is one thing only within one phase of the trial: the nuisance phase was a trial too.
    const onePhase = laterPhase.test(claim.text) === laterPhase.test(candidate.text);
    const misprint = quantityConflict(
      own.figures,
      read.figures,
      false,
      onePhase ? 'misprints or heads' : 'misprints',
    );
    if (misprint) return judged('conflicting', misprint.detail, misprint.point);
    const sameMatterLegal = !a.legal || !other.legal || a.legal.matter === other.legal.matter;
    const date = sameMatterLegal ? dateConflict(own.figures, read.figures, false, true, announced) : null;
    if (date) return judged('conflicting', date.detail, date.point);
  }
  // Two statements of one matter: shared wording, or an exact figure in common and some wording.
  if (
    score >= claimThresholds.sameMatter ||
    (score >= claimThresholds.figures && sharesFigure(own.figures, read.figures))
  ) {
    // Two statements that state one exact figure alike and share some wording are of one matter for their other
    // figures: "a five-year decree … users under 18" and "for five years … children under 14".
    const figureMatter = oneMatter || (sharesFigure(own.figures, read.figures) && shared >= 2);
    // Nor are the lengths of two phases' trials one figure: "the three-week bench trial", "a seven-week trial".
    const phaseTrial = (t: string): boolean => secondPhaseTrial.test(t);
    const twoTrials =
      trialNamed.test(claim.text) &&
      trialNamed.test(candidate.text) &&
      phaseTrial(claim.text) !== phaseTrial(candidate.text);
    const quantity = twoTrials ? null : quantityConflict(own.figures, read.figures, figureMatter);
    if (quantity) return judged('conflicting', quantity.detail, quantity.point);
    // Dates of two legal matters (the remand, the motion to dismiss) are the dates of two events.
    // Nor are the days of two phases of the trial (the jury's, the judge's nuisance phase) one event's.
    // Two steps of one matter (the complaint and its amended version) are two events with their own dates.
    const sameMatter =
      (!a.legal ||
        !other.legal ||
        (a.legal.matter === other.legal.matter && a.legal.stage === other.legal.stage)) &&
      laterPhase.test(claim.text) === laterPhase.test(candidate.text);
    const date = sameMatter ? dateConflict(own.figures, read.figures, oneMatter, false, announced) : null;
    if (date) return judged('conflicting', date.detail, date.point);
    if (a.speaker && other.speaker && a.speaker !== other.speaker && score >= claimThresholds.sameStatement)
      return judged('conflicting', `speaker ${a.speaker} ≠ ${other.speaker}`);
    // A request and its refusal differ in more than a "not": that is an update, judged below.
    const sameStep = a.legal === null ? other.legal === null : a.legal.status === other.legal?.status;
    // "refused to throw out the case" is the denial it reports, not a denial of it.
    const refusal = refusedStep(claim.text, a.legal) || refusedStep(candidate.text, legal);
    // On one matter, a "not" of the other statement's own predicate denies what that statement says: "did not
    // find that Meta had violated" against "concluded that Meta violated".
    const deniedThere = (): boolean =>
      a.negated ? deniesOf(claim.text, vocabulary, stemsB) : deniesOf(candidate.text, vocabulary, stemsA);
    if (
      a.negated !== other.negated &&
      !a.quote &&
      !refusal &&
      ((score >= claimThresholds.sameStatement && sameStep) ||
        // The denied step may be one the affirming side's verbs state and the denial's do not ("did not find").
        (oneMatter &&
          deniedThere() &&
          !refusing.test(claim.text) &&
          !refusing.test(candidate.text) &&
          (sameStep || a.legal === null || other.legal === null)))
    )
      return judged('conflicting', a.negated ? 'negated ≠ affirmed' : 'affirmed ≠ negated');
  }
  // A step the other statement foresaw (due, asked for, promised, not yet taken), reported done: after the
  // conflicts, since a step reported done another way than foreseen is the other outcome of it.
  const foreseenDone = (): Judged | null => {
    const step = foreseenStep(claim, candidate, read, score);
    return step ? { ...judged('updated', `foreseen → done: ${step}`), foreseen: true } : null;
  };
  // A settlement before the jury decided, against a verdict the jury returned: the case was tried, not settled.
  if (a.legal && other.legal && settledUntried(a.legal, other.legal))
    return judged('conflicting', `${a.legal.status} ≠ ${other.legal.status}`);
  // A later step is an update of a statement of the same matter, of an earlier step of the case's main line
  // (filed … verdict … judgment … appeal), of a known fact, or of a statement that shares some of its wording.
  // A request decided is an update of the request whatever else its statement recalls ("Two weeks after the
  // final judgment, Meta asked … for a new trial").
  const decidesAsked =
    a.legal !== null &&
    other.legal?.status === 'pending' &&
    a.legal.matter === other.legal.matter &&
    isLaterStage(a.legal, other.legal);
  if (
    a.legal &&
    other.legal &&
    isLaterStage(a.legal, other.legal) &&
    (a.legal.stage > read.reached || decidesAsked) &&
    (a.legal.matter === other.legal.matter ||
      (mainLine.has(a.legal.matter) && mainLine.has(other.legal.matter)) ||
      candidate.kind === 'known_fact' ||
      score >= claimThresholds.update)
  )
    return {
      ...judged(
        'updated',
        `${other.legal.matter}: ${other.legal.status} → ${a.legal.matter}: ${a.legal.status}`,
      ),
      ...(decidesAsked ? { foreseen: true } : {}),
    };
  if (a.legal && other.legal && !other.legal.statuses.includes(a.legal.status)) {
    // Two outcomes that exclude each other need less shared wording: each names the step it is the other side of.
    const opposed = opposedOutcomes(a.legal.status, other.legal.status);
    if (
      (a.legal.matter === other.legal.matter || opposed) &&
      // An appeal given up and one announced exclude each other whichever decision they name: giving up an
      // appeal of the ruling is not appealing the judgment.
      (a.legal.stage === other.legal.stage || (opposed && a.legal.matter === 'appeal')) &&
      !a.legal.statuses.some((s) => other.legal?.statuses.includes(s)) &&
      // Two outcomes for one person named in both need only that person and a word: "dismissed Mark Zuckerberg
      // from the case" and "Zuckerberg would remain a defendant".
      score >=
        (opposed
          ? ownPartyNamed && otherPartyNamed
            ? claimThresholds.figures
            : claimThresholds.update
          : claimThresholds.sameMatter) &&
      sameParty
    )
      return judged('conflicting', `${a.legal.matter}: ${a.legal.status} ≠ ${other.legal.status}`);
    return foreseenDone() ?? judged('new');
  }
  // A quotation is restated only by a quotation.
  if (a.quote && !other.quote) return judged('new');
  const done = foreseenDone();
  if (done) return done;
  return restates(a, own.figures, read, score, shared, sameParty) ? judged('restated') : judged('new');
}

/**
 * Whether a statement restates another. It states none of its dates for another day than the original's, and
 * either (a) shares enough of its wording and says no more (a figure of a kind the original lacks is news; two
 * short sentences sharing two words are not one statement), or (b) reports the same legal step of the same
 * matter ("Meta has said it plans to appeal" and "the company will appeal"), or (c) on one matter, states the
 * original's own figures ("Jurors counted 75,000 violations and imposed $5,000 for each one").
 */
function restates(
  a: ClaimSlots,
  own: SentenceFigures,
  read: ReadCandidate,
  score: number,
  shared: number,
  sameParty: boolean,
): boolean {
  const other = read.slots;
  const ownDates = own.dates.map((d) => d.date);
  const otherDates = read.figures.dates.map((d) => d.date);
  const datesDiffer =
    ownDates.length > 0 &&
    otherDates.length > 0 &&
    !ownDates.some((d) => otherDates.some((e) => datesAgree(d, e)));
  if (datesDiffer) return false;
  // A figure of a unit (or a rate of a unit) the original has none of: "$375 million, or $5,000 a violation".
  // A span between two events ("20 months after the ruling") dates the matter; it adds no figure to it.
  const quantities = own.quantities.filter((f) => !f.span);
  const added = quantities.filter(
    (f) => !read.figures.quantities.some((o) => o.quantity.unit === f.quantity.unit && o.rate === f.rate),
  );
  // A case number the original does not give is a figure added too ("carried the number 1:23-cv-01115").
  const addsFigure = added.length > 0 || own.dockets.some((d) => !read.figures.dockets.includes(d));
  if (!addsFigure && score >= claimThresholds.restated && (shared >= 3 || score >= 0.6)) return true;
  if (
    a.legal &&
    other.legal &&
    a.legal.matter === other.legal.matter &&
    other.legal.statuses.includes(a.legal.status) &&
    // "Meta itself remained a defendant" is no restatement of Zuckerberg's remaining one.
    sameParty &&
    !addsFigure &&
    score >= claimThresholds.update &&
    // The same step with another amount ("$1.2 billion in all" for the judgment's $942 million) says otherwise.
    quantities.every((f) => {
      const alike = read.figures.quantities.filter(
        (o) => o.quantity.unit === f.quantity.unit && o.rate === f.rate,
      );
      return alike.length === 0 || alike.some((o) => quantityDifference(o.quantity, f.quantity) === null);
    })
  )
    return true;
  const figures = [
    ...quantities.filter((f) => f.quantity.unit !== 'number').map((f) => f.quantity),
    ...ownDates,
  ];
  const stated = figures.filter((f) =>
    typeof f === 'string'
      ? otherDates.some((e) => datesAgree(f, e))
      : read.figures.quantities.some(
          (o) => o.quantity.unit === f.unit && quantityDifference(o.quantity, f) === null,
        ),
  ).length;
  // Two figures in common are evidence enough on a loose wording match; one needs the matter's wording.
  const enough = stated >= 2 ? 0 : claimThresholds.sameMatter;
  // A duration may restate a span of dates ("over three weeks in May, from May 4 to May 22"); other added
  // figures are news.
  if (added.some((f) => f.quantity.unit !== 'duration')) return false;
  return stated >= 1 && stated >= 2 * (figures.length - stated) && score >= enough;
}

/**
 * The candidate a claim restates when its figures were each stated before, but by two statements: coverage
 * recaps in one sentence what a paragraph said in two ("They found 75,000 violations." "…ordered to pay $375
 * million."). Each figure must be stated alike by a statement sharing some wording with the claim, and the claim
 * state two figures or more (one figure alone is restatement rule (c) of `restates`). Returns the closest of them.
 */
function restatedAcross<C extends ClaimCandidate>(
  own: ReadCandidate,
  candidates: readonly C[],
  vocabulary: ClaimVocabulary,
): C | null {
  const figures = own.figures.quantities.filter((f) => f.quantity.unit !== 'number');
  const days = own.figures.dates.filter((d) => d.date.length === 10);
  if (figures.length + days.length < 2) return null;
  const unstated = new Set<object>([...figures, ...days]);
  let closest: { candidate: C; score: number } | null = null;
  for (const candidate of candidates) {
    const read = readCandidate(candidate.text, vocabulary);
    if (read.lookAlike !== own.lookAlike) continue;
    const score = stemSimilarity(own.stems, read.stems);
    if (score < claimThresholds.figures) continue;
    let states = false;
    for (const f of figures)
      if (
        read.figures.quantities.some(
          (o) =>
            o.quantity.unit === f.quantity.unit &&
            o.rate === f.rate &&
            quantityDifference(o.quantity, f.quantity) === null,
        )
      )
        states = unstated.delete(f) || states;
    for (const d of days)
      if (read.figures.dates.some((e) => e.date === d.date)) states = unstated.delete(d) || states;
    if (states && (!closest || score > closest.score)) closest = { candidate, score };
  }
  return unstated.size === 0 ? (closest?.candidate ?? null) : null;
}

/** Whether every date of the claim is one the other statement states: else the claim says more than it. */
function datesStated(own: ReadCandidate, other: ReadCandidate): boolean {
  return own.figures.dates.every((d) => other.figures.dates.some((e) => datesAgree(d.date, e.date)));
}

function factStates(facts: readonly ReadCandidate[], point: ConflictPoint | undefined): boolean {
  if (!point) return false;
  return facts.some((f) =>
    'nature' in point
      ? f.slots.nature === point.nature
      : 'date' in point
        ? f.figures.dates.some((d) => datesAgree(d.date, point.date))
        : f.figures.quantities.some(
            (q) =>
              q.quantity.unit === point.quantity.unit &&
              quantityDifference(q.quantity, point.quantity) === null,
          ),
  );
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
 * the closest candidate first within each — except that a claim restating a statement of its own stage (or a
 * later one) is no update: that stage was reported already. Returns the relation, the candidate it is about and
 * the difference. `vocabulary` is the case's (claimVocabulary), or just its alias table.
 */
export function classifyClaim<C extends ClaimCandidate>(
  claim: ClaimToClassify,
  candidates: readonly C[],
  vocabularyOrAliases: ClaimVocabulary | AliasTable = [],
): ClaimClassification<C> {
  const vocabulary = vocabularyOf(vocabularyOrAliases);
  const own = readStatement(claim.text, claim.slots, vocabulary, claim.articleDate);
  const ownLegal = claim.slots.legal;
  // Whether the coverage already is at this claim's stage of the case (or further): then the claim recalls what
  // happened, it is no update.
  // Known facts do not count: they are the timeline as the case's configurer knows it today, and a piece that
  // takes the coverage a stage further is reported as the update it is to its readers.
  let stageKnown = false;
  const facts: ReadCandidate[] = [];
  const judgedAll: { judged: Judged; candidate: C }[] = [];
  for (const candidate of candidates) {
    const judged = judge(claim, own, candidate, vocabulary);
    // A statement of this case at this stage or further: by its step, or by the verdict or judgment it names as
    // given ("The final judgment adds a $567 million fund to the penalties the jury imposed").
    const read = readCandidate(candidate.text, vocabulary);
    if (
      ownLegal &&
      candidate.kind !== 'known_fact' &&
      read.lookAlike === own.lookAlike &&
      read.reached >= ownLegal.stage
    )
      stageKnown = true;
    if (candidate.kind === 'known_fact') facts.push(readCandidate(candidate.text, vocabulary));
    if (judged.relation === 'new') continue;
    // A near-verbatim restatement of the coverage settles it — but the case's nature is checked against the known
    // facts first: repeating an earlier "criminal" does not make it right.
    if (
      judged.relation === 'restated' &&
      judged.score >= 0.8 &&
      candidate.kind !== 'known_fact' &&
      claim.kind !== 'legal_status' &&
      datesStated(own, readCandidate(candidate.text, vocabulary))
    )
      return { relation: 'restated', matched: candidate, detail: null };
    judgedAll.push({ judged, candidate });
  }
  // A claim that restates the known fact of its own step is no update of the known facts of earlier steps: the
  // case's record holds that step already. (It is still an update of coverage that had not reached it.)
  const factHoldsStep =
    ownLegal !== null &&
    judgedAll.some(
      ({ judged, candidate }) =>
        candidate.kind === 'known_fact' &&
        judged.relation === 'restated' &&
        (judged.legal?.stage ?? 0) >= ownLegal.stage,
    );
  let best: { judged: Judged; candidate: C; weight: number } | null = null;
  for (const { judged, candidate } of judgedAll) {
    if (judged.relation === 'updated' && stageKnown && !judged.foreseen) continue;
    if (judged.relation === 'updated' && factHoldsStep && candidate.kind === 'known_fact') continue;
    // Where the claim states a known fact's own figure, date or the case's nature, the coverage disagreeing with it
    // is the one that is wrong: it was reported as conflicting when it was stored.
    if (
      judged.relation === 'conflicting' &&
      candidate.kind !== 'known_fact' &&
      factStates(facts, judged.point)
    )
      continue;
    const w = weight(judged, candidate);
    if (!best || w > best.weight || (w === best.weight && judged.score > best.judged.score))
      best = { judged, candidate, weight: w };
  }
  if (best) return { relation: best.judged.relation, matched: best.candidate, detail: best.judged.detail };
  const combined = restatedAcross(own, candidates, vocabulary);
  return combined
    ? { relation: 'restated', matched: combined, detail: null }
    : { relation: 'new', matched: null, detail: null };
}
