// What each figure of a sentence is the figure of. Coverage recaps a case's history in long sentences — "a $567
// million abatement fund on top of the $375 million a jury imposed in March, for a total of $942 million" — so
// two sentences that share their wording can state different figures of different things. A figure is compared
// only with a figure of the same thing: the same event for dates, the same words around it for quantities.
import type { AliasTable } from './aliases.ts';
import type { DateMention } from './dates.ts';
import { dateMentions } from './dates.ts';
import type { Quantity } from './numbers.ts';
import { docketPattern, quantityMentions } from './numbers.ts';
import { contentStems } from './similarity.ts';

export interface QuantityFigure {
  quantity: Quantity;
  /** Content stems of the words next to it: what it counts ("civil penalties", "abatement fund", "total"). */
  anchor: Set<string>;
  /** A rate ("$5,000 for each violation", "four days a week") is not a total and is compared only with rates. */
  rate: boolean;
  /** A sum of other figures ("a total of $942 million", "$942 million in all"): compared only with sums. */
  total: boolean;
  /** A figure asked for, expected or allowed ("seeking more than $1 billion", "expected to last six weeks"): not
   * what happened, so it is compared only with figures of the same sort. */
  projected: boolean;
  /** The stem of the noun the figure qualifies, written straight after it ("a four-week trial", "a $5,000
   * penalty"), or null: two figures of one unit with one head are figures of one thing whatever the sentence. */
  head: string | null;
  /** For a time, the content stems of its clause before it (empty for other figures): where a sentence names what
   * a time measures as its subject ("The court's decree will bind Meta for a decade", "a trial lasting barely three
   * weeks"). */
  before: Set<string>;
  /** A time between two events ("20 months after", "two years later"): it dates one event by another, it states
   * no figure of the matter. */
  span: boolean;
}

export interface DateFigure {
  date: string;
  /** A date set or expected ("scheduled to go to trial on Feb. 2"), not one on which something happened. */
  projected: boolean;
  anchor: Set<string>;
  /** The events the date is the date of, read from the event words near it: filed, removed, openings, verdict… */
  events: Set<string>;
}

export interface SentenceFigures {
  quantities: QuantityFigure[];
  dates: DateFigure[];
  /** Case numbers: "D-101-CV-2023-02838" (state), "1:23-cv-01115" (federal). */
  dockets: string[];
  /** Whom the sentence's ages can be of (see `ageGroups`). */
  ageGroups: Set<AgeGroup>;
}

/**
 * The groups of young people coverage of this case gives ages for: the investigators' decoys ("posing as children
 * under 14"), the accounts the decree governs ("accounts of users under 18") and the accounts Meta's own settings
 * cover ("private-by-default accounts for users under 16"). One sentence's age is not another's figure misstated
 * when the two speak of different groups only.
 */
export type AgeGroup = 'decoys' | 'decree' | 'product';

const ageGroupWords: [AgeGroup, RegExp][] = [
  [
    'decoys',
    /\b(?:decoys?|pos(?:e|es|ed|ing)|undercover|sting|fake (?:accounts?|profiles?|personas?)|made to look|pretend(?:ed|ing)?|present(?:ed|ing) as|investigators?|agents?)\b/i,
  ],
  [
    'decree',
    /\b(?:decree|judgment|injunction|court[’']s|ordered|orders?|requires?|required|requirements?|restrictions?|must)\b/i,
  ],
  [
    'product',
    /\b(?:features?|Teen Accounts|already (?:provides?|offers?|has|had)|introduced|rolled out|its own (?:settings|defaults|tools))\b/i,
  ],
];

function ageGroupsOf(text: string): Set<AgeGroup> {
  return new Set(ageGroupWords.filter(([, re]) => re.test(text)).map(([group]) => group));
}

/** Whether two sentences give ages of different groups only: neither names a group the other names. */
export function ageGroupsApart(a: SentenceFigures, b: SentenceFigures): boolean {
  if (a.ageGroups.size === 0 || b.ageGroups.size === 0) return false;
  for (const g of a.ageGroups) if (b.ageGroups.has(g)) return false;
  return true;
}

/** How many content words on each side of a figure say what it is of: the nearest ones, since a long sentence
 * recaps several events and farther words belong to the next figure. */
const anchorWords = 2;

/** Words that sit next to figures of anything: they say nothing of what a figure measures. */
const neutral = new Set(
  [
    'after before since until than first later earlier total nearly about around roughly almost least over under',
    'more less some just only entity case state pay pays paid paying order ordered ordering orders expected expect',
    'expects last lasts lasted lasting',
    'january february march april may june july august september october november december jan feb mar apr jun',
    'jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday',
  ]
    .join(' ')
    .split(' '),
);

const scheduled = /\b(?:scheduled|set (?:to|for)|expected|planned|will|is to|are to|due)\b/i;

// "Together with the jury's award, … owing $942M", "Add the judge's fund to the penalties and Meta owes …".
const sums =
  /\b(?:total|totals|totaling|totalling|combined|overall|altogether|bringing|together with|add|adds)\b/i;

// What makes a figure one asked for, expected or allowed rather than one that happened, said before it in its
// clause.
const projection =
  /\b(?:expected|expects?|scheduled|set to|could|may|might|would|plans?|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|propos(?:e|ed|es|ing)|wants?|wanted|hopes?|allows?|allowed)\b/i;

/** Events of the case's life, each with the words that name it; the first pattern that matches a word wins. */
const events: [RegExp, string][] = [
  [/^(?:amended|amendment)$/, 'amendment'],
  [/^(?:removed|removal|removes|moved)$/, 'removal'],
  [/^(?:remanded|remand|remands)$/, 'remand'],
  [/^(?:filing|brief|motion|motions)$/, 'motion'],
  [/^(?:filed|files|sued|sues|suing|brought|complaint)$/, 'filing'],
  [/^(?:said|says|told|statement|announced|announces|announcement|interview|news)$/, 'statement'],
  [/^(?:ruled|ruling|denied|denies|rejected|dismiss|dismissed|granted|dropped|hearing)$/, 'ruling'],
  [/^(?:openings?|opening)$/, 'openings'],
  [/^(?:selection)$/, 'jury selection'],
  [/^(?:closings?|closing|deliberations?|deliberated|deliberating)$/, 'closings'],
  [/^(?:testimony|testified|testifies|witness)$/, 'testimony'],
  [/^(?:began|begins|begin|starting|started|starts|opened|opens)$/, 'start'],
  [/^(?:ended|ends|ending|concluded|wrapped|closed)$/, 'end'],
  [/^(?:rested|trial)$/, 'trial'],
  [/^verdict$/, 'verdict'],
  [/^(?:jury|jurors)$/, 'jury'],
  [/^(?:effect|effective)$/, 'in effect'],
  [/^(?:judgment|decree|ordered)$/, 'judgment'],
  [/^(?:appeal|appealed|appeals|appealing)$/, 'appeal'],
  [/^(?:settled|settlement|settle)$/, 'settlement'],
];

// "$5,000 for each violation", "$5,000 penalty per violation", "four days a week".
// A clause joined on ("75,000 violations and priced each at $5,000") is another figure's: no "and" in between.
const rate =
  /^[\s-]*(?:(?!(?:and|or|but|then)\s)[\p{L}-]+\s+){0,2}(?:for each|for every|on each|on every|per|each|apiece)\b|^[\s-]*(?:an?|every)\s+(?:day|week|month|year|hour|violation|breach|infraction|child|user|account|person|post)s?\b/iu;

// "each carrying a $5,000 penalty", "each assessed at the statute's $5,000 maximum", "a per-violation fine of
// $5,000" (not "each of the 75,000 violations").
const rateBefore =
  /\b(?:each|every|per)(?! of)\s+(?:[\p{L}'’-]+\s+){0,4}(?:an?\s+)?$|\bper-\p{L}+\s+(?:[\p{L}-]+\s+){0,2}(?:of\s+)?$/iu;

interface Word {
  word: string;
  index: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((m) => ({
    word: m[0].toLowerCase(),
    index: m.index,
  }));
}

function stemOf(word: string): string | null {
  if (neutral.has(word)) return null;
  const [stem] = contentStems(word);
  return stem ?? null;
}

/**
 * Where a sentence's clauses meet: a comma, semicolon, colon, dash or bracket, and the words that add one figure
 * to another ("on top of", "in addition to"), whose two sides are figures of two things.
 */
export function clauseBreaks(text: string): number[] {
  return [
    // The comma of a figure ("75,000 violations") is no clause's end.
    ...text.matchAll(
      /(?<!\d),|,(?!\d)|[;:()]|\s[—–-]\s|\b(?:on top of|in addition to|adding to|added to|plus|besides)\b/gi,
    ),
  ].map((m) => m.index);
}

/**
 * The content stems of the `anchorWords` content words before `index` and after `end`, within the figure's
 * clause: "the abatement fund comes on top of the $375 million in civil penalties" is about penalties.
 */
function anchorAt(
  words: readonly Word[],
  breaks: readonly number[],
  index: number,
  end: number,
): Set<string> {
  const out = new Set<string>();
  const before = words.filter((w) => w.index < index && !breaks.some((b) => b > w.index && b < index));
  const after = words.filter((w) => w.index >= end && !breaks.some((b) => b >= end && b < w.index));
  for (const side of [before.reverse(), after]) {
    let taken = 0;
    for (const w of side) {
      if (taken === anchorWords) break;
      const stem = stemOf(w.word);
      if (stem === null) continue;
      out.add(stem);
      taken += 1;
    }
  }
  return out;
}

/**
 * The stem of the word straight after a figure, unless it is a word of no thing ("in", "a", "total"); for a time,
 * also the noun it is a time of ("seven weeks of trial", "five years of oversight").
 */
function headOf(after: string, time: boolean): string | null {
  const of = time ? /^\s+of\s+(?:the\s+|a\s+)?([\p{L}][\p{L}'’-]*)/u.exec(after)?.[1] : undefined;
  const word = (of ?? /^\s+([\p{L}][\p{L}'’-]*)/u.exec(after)?.[1])?.toLowerCase();
  return word ? stemOf(word) : null;
}

function stemsOf(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const stem = stemOf(w.word);
    if (stem !== null) out.add(stem);
  }
  return out;
}

/** The words of `text` before `index` back to the start of their clause (a comma, semicolon, dash or colon). */
function clauseBefore(text: string, index: number): string {
  // A figure's comma ("75,000") is read as a digit, not as a clause's end.
  const before = text.slice(0, index).replace(/(?<=\d),(?=\d)/g, '0');
  const cut = Math.max(...[',', ';', ' — ', ' – ', ':'].map((c) => before.lastIndexOf(c)));
  return before.slice(cut + 1);
}

function eventOf(words: readonly Word[], i: number): string | null {
  const w = words[i];
  if (!w) return null;
  // "an amended complaint" is not the complaint, and jurors who "filed into the courthouse" filed nothing.
  if (w.word === 'filed' && /^(?:into|out)$/.test(words[i + 1]?.word ?? '')) return null;
  if (words[i - 1]?.word === 'amended') return 'amendment';
  // "sent it back", "returned to state court" (not "returned its verdict").
  if (
    /^(?:sent|returned)$/.test(w.word) &&
    words.slice(i + 1, i + 4).some((x) => /^(?:back|state)$/.test(x.word))
  )
    return 'remand';
  // A notice is of what it names: "notice of removal", "notice of appeal".
  if (w.word === 'notice') {
    const of = words[i + 2]?.word;
    return of === 'removal' ? 'removal' : of === 'appeal' ? 'appeal' : null;
  }
  return events.find(([re]) => re.test(w.word))?.[1] ?? null;
}

/** Events every date of a trial is near ("the trial", "jurors"): they tell a date's event only when nothing else does. */
export const weakEvents: ReadonlySet<string> = new Set(['trial', 'jury']);

/** Whether two dates are of one telling event (both name it: the verdict, the remand, the openings). */
export function sameTellingEvent(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...a].some((e) => tellingEvents.has(e) && b.has(e));
}

// Events that happen once in the case, so two days for one of them cannot both be right. Filings, motions,
// rulings and statements happen many times (and in the look-alike cases too).
const tellingEvents = new Set([
  // The case's own suit is filed once (a statement of its filing, see classify's readStatement).
  'suit filed',
  'verdict',
  'remand',
  'removal',
  'openings',
  'jury selection',
  'closings',
  'amendment',
  'judgment',
]);

/** Whether two dates' events can be one: their telling events meet, or (when one has none) any of them do. */
export function sameEvents(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const strong = (s: ReadonlySet<string>): string[] => [...s].filter((e) => !weakEvents.has(e));
  const [sa, sb] = [strong(a), strong(b)];
  if (sa.length > 0 && sb.length > 0) return sa.some((e) => sb.includes(e));
  return [...a].some((e) => b.has(e));
}

/**
 * The events a date is the date of: those named in its clause before it ("Opening statements in the trial were
 * delivered on Feb. 9") or just after it ("Tuesday, when the jury returned"); else the nearest event named.
 * Words far after a date are often the next event ("on Dec. 18, less than two weeks after the state filed").
 */
function eventsAt(
  text: string,
  words: readonly Word[],
  breaks: readonly number[],
  mention: DateMention,
): Set<string> {
  // "December 2022, when the office sued": a clause of "when" after a date tells its event.
  const after = breaks.filter((b) => !/^[,;]\s*when\b/i.test(text.slice(b)));
  const out = new Set<string>();
  let nearest: { event: string; distance: number } | null = null;
  for (const [i, w] of words.entries()) {
    if (w.index >= mention.index && w.index < mention.end) continue;
    const event = eventOf(words, i);
    if (!event) continue;
    const before = w.index < mention.index;
    // Within its clause and its last ten words: "the verdict follows a trial that began with jury selection on
    // Feb. 2" dates the jury selection, not the verdict.
    const inClause = before
      ? !breaks.some((b) => b > w.index && b < mention.index) &&
        words.filter((x) => x.index > w.index && x.index < mention.index).length < 10
      : w.index - mention.end <= 25 && !after.some((b) => b >= mention.end && b < w.index);
    if (inClause) out.add(event);
    if (!before && w.index - mention.end > 25) continue;
    const distance = before ? mention.index - w.index : (w.index - mention.end) * 3;
    if (!nearest || distance < nearest.distance) nearest = { event, distance };
  }
  if (out.size === 0 && nearest) out.add(nearest.event);
  // "filed an amended complaint", "filed a motion": the filing is of that, not of the case.
  if (out.has('amendment') || out.has('motion')) out.delete('filing');
  // "The decree … took effect on Oct. 5": the day it binds, not the day it was entered.
  if (out.has('in effect')) out.delete('judgment');
  return out;
}

/**
 * The figures a sentence states with what each is of. `text` is the claim's words outside any quotation; the
 * case's entity names are neutral (they are next to every figure of this case).
 */
export function sentenceFigures(
  text: string,
  aliases: AliasTable,
  articleDate?: string | null,
): SentenceFigures {
  let plain = text;
  for (const [re] of aliases) plain = plain.replace(re, (m) => 'entity'.padEnd(m.length, ' '));
  const words = wordsOf(plain);
  const breaks = clauseBreaks(plain);
  // A figure alone in its clause ("…for each, a total of $375 million") is of what the clauses around it say.
  const anchorOf = (index: number, end: number): Set<string> => {
    const near = anchorAt(words, breaks, index, end);
    return near.size > 0 ? near : anchorAt(words, [], index, end);
  };
  const quantities = quantityMentions(plain).map((m) => ({
    quantity: m.quantity,
    anchor: anchorOf(m.index, m.end),
    rate: rate.test(plain.slice(m.end)) || rateBefore.test(plain.slice(Math.max(0, m.index - 45), m.index)),
    projected: projection.test(clauseBefore(plain, m.index) + m.quantity.text),
    head: headOf(plain.slice(m.end), m.quantity.unit === 'duration'),
    // Only times are compared by what their clause names before them (see QuantityFigure.before).
    before:
      m.quantity.unit === 'duration'
        ? stemsOf(words.filter((w) => w.index < m.index && !breaks.some((b) => b > w.index && b < m.index)))
        : new Set<string>(),
    span:
      m.quantity.unit === 'duration' &&
      /^\s*(?:after|before|later|earlier|since|ago|from when)\b/i.test(plain.slice(m.end)),
    total:
      sums.test(clauseBefore(plain, m.index)) ||
      // "All told, Meta owes…", "In all, the company must pay…": a sum told at the sentence's head.
      /^\s*(?:all told|in all|in total|altogether|combined)\b/i.test(plain) ||
      /^\s*(?:in all|all told|in total|altogether|combined)\b/i.test(plain.slice(m.end)),
  }));
  const dates = dateMentions(plain, articleDate).map((m) => ({
    date: m.date,
    projected: scheduled.test(clauseBefore(plain, m.index)),
    anchor: anchorOf(m.index, m.end),
    events: eventsAt(plain, words, breaks, m),
  }));
  const dockets = [...text.matchAll(docketPattern)].map((m) => m[0].toUpperCase());
  const ageGroups = quantities.some((q) => q.quantity.unit === 'age')
    ? ageGroupsOf(plain)
    : new Set<AgeGroup>();
  return { quantities, dates, dockets, ageGroups };
}
