// Who did a thing of the case, and where: the jury or the judge, which judge, which attorney general, a state
// or a federal court. Coverage gets these wrong in sentences that share few words with the right ones ("the
// judge found Meta liable", "a federal jury in Albuquerque", "Attorney General Hector Balderas filed the suit"),
// and the case has one of each for each step, so a second one for the same step is a conflict whatever the
// wording — as long as the two statements are of the same step.
import { memoByText } from './memo.ts';
import type { LegalEvent } from './legal.ts';
import type { QuantityFigure, SentenceFigures } from './figures.ts';
import { clauseBreaks } from './figures.ts';
import { quantityDifference } from './numbers.ts';

/** What the actor checks read of a statement. */
export interface ActorStatement {
  text: string;
  legal: LegalEvent | null;
  figures: SentenceFigures;
}

type Decider = 'jury' | 'judge';

// A jury that decided, not one the phase went without ("without a jury"); a verdict is a jury's.
const juryWord = /\b(?<!without (?:a |the )?)(?:jury|jurors|panel|verdict)\b/gi;
const judgeWord = /\b(?:judge|Judge\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)\b/gu;

/**
 * The decider of the figure at `index`: the jury or the judge named in its clause (the words between the
 * clause breaks around it), else the last one named before it. `judges` are the case's judges' names, which
 * stand for "the judge" ("Biedscheid, ruling after the state's case, set the penalties at $375 million").
 */
function deciderAt(
  text: string,
  index: number,
  end: number,
  judges: RegExp | null,
  figures: readonly number[],
): Decider | null {
  const marks: { at: number; who: Decider }[] = [];
  const mark = (m: RegExpMatchArray, who: Decider): void => {
    const at = m.index ?? 0;
    // "the jury's $375 million", "$567 million from the judge's order": a possessive is the decider of the
    // figure nearest it only, not of the others in its clause.
    const possessive = /^['’]s?\s/.test(text.slice(at + m[0].length));
    const nearest = (x: number): number => Math.abs(x - at);
    if (possessive && figures.some((f) => nearest(f) < nearest(index))) return;
    marks.push({ at, who });
  };
  for (const m of text.matchAll(juryWord)) mark(m, 'jury');
  for (const m of text.matchAll(judgeWord)) mark(m, 'judge');
  if (judges) for (const m of text.matchAll(judges)) mark(m, 'judge');
  const breaks = clauseBreaks(text);
  const start = Math.max(-1, ...breaks.filter((b) => b < index));
  const stop = Math.min(text.length, ...breaks.filter((b) => b >= end));
  // "…, leaving the $375 million in penalties untouched": a figure left standing is no decision of this one.
  if (end > index && leftStanding.test(text.slice(start + 1, stop))) return null;
  const inClause = marks.filter((m) => m.at > start && m.at < stop);
  if (inClause.length > 0) {
    const whos = new Set(inClause.map((m) => m.who));
    return whos.size === 1 ? inClause[0]!.who : null;
  }
  const before = marks.filter((m) => m.at < index).sort((x, y) => y.at - x.at);
  return before[0]?.who ?? null;
}

/** Money figures of one sentence stated alike in the other: the figures whose decider can be compared. */
function sameFigures(a: SentenceFigures, b: SentenceFigures): [QuantityFigure, QuantityFigure][] {
  const out: [QuantityFigure, QuantityFigure][] = [];
  for (const fa of a.quantities) {
    if (fa.quantity.unit !== 'USD' || fa.rate) continue;
    const fb = b.quantities.find(
      (x) => x.quantity.unit === 'USD' && !x.rate && quantityDifference(x.quantity, fa.quantity) === null,
    );
    if (fb) out.push([fa, fb]);
  }
  return out;
}

/** Where a figure is in its statement's text: figures keep their text, so the first place it is written. */
function placeOf(text: string, f: QuantityFigure): [number, number] {
  const at = text.indexOf(f.quantity.text);
  return at < 0 ? [-1, -1] : [at, at + f.quantity.text.length];
}

/**
 * The jury for the judge or the judge for the jury, over one figure both statements state ("The jury also
 * ordered Meta to pay $567 million" against the judge's $567 million fund), or over one finding of liability.
 */
// A figure a ruling leaves as it was, and a statement of what a body found.
const leftStanding = /\b(?:leaving|leaves|left|keeping|keeps|kept)\b/i;
// The words a finding is made in; the decider of the finding is the one of their clause.
const findingWords =
  /\b(?:found|finds|finding|concluded|determined|decided|ruled|held|imposed|assessed|awarded|returned|verdict)\b/i;
const finding =
  /\b(?:ruled|found|finds|concluded|determined|decided|held)\b(?:\s+[\p{L}’']+){0,3}?\s+that\b/iu;

// What a finding is of: the case's two claims were decided apart, the deceptive practices by the jury, the nuisance by
// the judge alone, so a jury's finding and the judge's are two findings, not one given to two deciders.
const nuisanceWords = /\bnuisance\b|\babat\w*/i;
const practicesWords =
  /\bUnfair Practices\b|\bmisl(?:ed|ead\w*)\b|\bdecei\w*|\bdecept\w*|\bpenalt\w*|\bviolat\w*|\bconsumer[- ]protection\b/i;
/** The claim a statement's finding is of, read in the clause of its finding words; null when not one. */
function foundMatter(text: string): 'nuisance' | 'practices' | null {
  const m = findingWords.exec(text);
  if (!m) return null;
  const clause = text.slice(m.index).split(/[,;:]|\s[—–]\s/)[0] ?? '';
  const [n, p] = [nuisanceWords.test(clause), practicesWords.test(clause)];
  return n === p ? null : n ? 'nuisance' : 'practices';
}

/**
 * Whether two statements give one figure or finding to two deciders: the jury's $375 million as the judge's, a
 * nuisance the judge found alone as a jury's. Findings are compared only in statements `close` in wording.
 */
export function deciderConflict(
  a: ActorStatement,
  b: ActorStatement,
  judges: RegExp | null,
  close = false,
): string | null {
  const starts = (s: ActorStatement): number[] =>
    s.figures.quantities
      .filter((f) => f.quantity.unit === 'USD')
      .map((f) => placeOf(s.text, f)[0])
      .filter((i) => i >= 0);
  const [sa, sb] = [starts(a), starts(b)];
  for (const [fa, fb] of sameFigures(a.figures, b.figures)) {
    const [ia, ea] = placeOf(a.text, fa);
    const [ib, eb] = placeOf(b.text, fb);
    if (ia < 0 || ib < 0) continue;
    const [da, db] = [deciderAt(a.text, ia, ea, judges, sa), deciderAt(b.text, ib, eb, judges, sb)];
    if (da && db && da !== db) return `${fa.quantity.text}: ${da} ≠ ${db}`;
  }
  const finds = (s: ActorStatement): boolean => s.legal?.status === 'found liable' || finding.test(s.text);
  if (
    (a.legal?.status === 'found liable' && b.legal?.status === 'found liable') ||
    (close && finds(a) && finds(b))
  ) {
    // The decider of the finding is the one its words have: "When Judge Biedscheid issued his final judgment, …
    // the $375 million a jury imposed in March" recaps the jury's verdict.
    const at = (text: string): Decider | null => {
      const m = findingWords.exec(text);
      const index = m?.index ?? 0;
      return deciderAt(text, index, index + (m?.[0].length ?? 0), judges, []);
    };
    const [da, db] = [at(a.text), at(b.text)];
    const [ma, mb] = [foundMatter(a.text), foundMatter(b.text)];
    if (da && db && da !== db && !(ma && mb && ma !== mb)) return `verdict: ${da} ≠ ${db}`;
  }
  return null;
}

const federal =
  /\bfederal (?:jury|court|judge|trial|courtroom)\b|\bU\.S\. District Court\b|\bfederal district court\b/i;
const stateCourt =
  /\bstate (?:district )?court\b|\bstate judge\b|\bFirst Judicial District\b|\bSanta Fe County district court\b|\bdistrict court in Santa Fe\b/i;
// The case's federal detour: its removal and remand name both courts, rightly.
// The complaint was amended while the case was in federal court.
const detour =
  /\b(?:remov\w*|remand\w*|moved|transferred|sent (?:\w+ ){0,4}back|returned (?:\w+ ){0,3}to|amended complaint|while (?:the case|it) was in federal court)\b/i;
// The trial and what it decided, where the court is the trial's.
const trialWords =
  /\b(?:trial|jury|jurors|verdict|judgment|tried|testimony|deliberat\w*|heard|order|entered)\b/i;

// Another of New Mexico's district courts than the case's (the First Judicial District, in Santa Fe County): a
// county's court, a numbered district, or a district court in another city.
const otherStateCourt =
  /\b(?!Santa Fe\b)[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)? County (?:District )?[Cc]ourt(?:house)?\b|\b(?:Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth) Judicial District\b|\b(?:state |district )court(?:house)? in (?!Santa Fe\b)(?:Albuquerque|Las Cruces|Farmington|Roswell|Gallup|Clovis|Hobbs|Taos|Los Alamos)\b/u;

type Court = 'federal' | 'state' | 'another state court';

// Asked of the claim and of each candidate, pair after pair.
const courtOf = memoByText((text: string): Court | null => {
  if (detour.test(text)) return null;
  const [f, s] = [federal.test(text), stateCourt.test(text) || otherStateCourt.test(text)];
  if (f === s) return null;
  return f
    ? 'federal'
    : otherStateCourt.test(text) && !stateCourt.test(text)
      ? 'another state court'
      : 'state';
});

/**
 * A federal court for the state court (or the reverse) where the case was tried: the claim is of the trial or
 * what it decided, and the other statement names the case's court outside its federal detour.
 */
export function courtConflict(a: ActorStatement, b: ActorStatement): string | null {
  if (!trialWords.test(a.text)) return null;
  const [ca, cb] = [courtOf(a.text), courtOf(b.text)];
  const name = (c: Court): string => (c === 'another state court' ? c : `${c} court`);
  return ca && cb && ca !== cb ? `${name(ca)} ≠ ${name(cb)}` : null;
}

/** The surname of the judge a sentence names ("Judge Bryan Biedscheid" → Biedscheid). */
export function judgeOf(text: string): string | null {
  const name = /\bJudge\s+(?:[A-Z][\p{L}.'’-]+\s+){0,2}?([A-Z][\p{L}'’-]+)(?![\p{L}])(?!\s+[A-Z])/u.exec(
    text,
  )?.[1];
  // "Judge Biedscheid's ruling": the possessive is not part of the name.
  return name ? name.replace(/['’]s?$/u, '') : null;
}

/** The surname of the attorney general a sentence names ("Then-Attorney General Hector Balderas" → Balderas). */
function attorneyGeneralOf(text: string): string | null {
  const name =
    /\b(?:Attorney General|AG)\s+(?:[A-Z][\p{L}.'’-]+\s+){0,2}?([A-Z][\p{L}'’-]+)(?![\p{L}])(?!\s+[A-Z])/u.exec(
      text,
    )?.[1];
  return name ? name.replace(/['’]s?$/u, '') : null;
}

const judgeRole =
  /\b(?:presid\w*|oversaw|oversees|overseeing|ruled|remanded|denied|granted|ordered|dismissed|sentenced)\b/gi;

// Decided steps: one judge decides each, so two judges for one of them cannot both be right.
const decided = new Set(['remanded', 'denied', 'granted', 'dismissed', 'ordered']);

/**
 * Whether two statements naming a judge report one ruling or role: the same decided step of one matter, the
 * same legal matter on close wording, the same thing done ("presided"), or wording close enough to be one
 * statement.
 */
function sameRuling(a: ActorStatement, b: ActorStatement, close: boolean, verbatim: boolean): boolean {
  if (verbatim) return true;
  if (a.legal && b.legal && a.legal.matter === b.legal.matter) {
    if (decided.has(a.legal.status) && b.legal.statuses.includes(a.legal.status)) return true;
    if (close) return true;
  }
  if (!close) return false;
  // Presiding and overseeing are one role: "who oversaw the jury trial", "presided over the trial".
  const roles = (t: string): string[] =>
    [...t.matchAll(judgeRole)].map((m) =>
      m[0]
        .toLowerCase()
        .replace(/^overs\w*/, 'presid')
        .slice(0, 6),
    );
  const rolesB = roles(b.text);
  return roles(a.text).some((r) => rolesB.includes(r));
}

const rulingWord =
  /\b(?:rul(?:ed|ing|ings)|order(?:ed|s)?|judgment|decision|opinion|denied|granted|remanded)\b/i;
const higherCourt = /\b(?:appeal\w*|appellate|Supreme Court|Court of Appeals|circuit)\b/i;

const aboutTheSuit = /\b(?:suit|lawsuit|complaint|case)\b/i;

/**
 * Another judge for one ruling (the remand's judge and the trial judge are both right), or another attorney
 * general for the case's suit (the case has one plaintiff). `close`: the statements are of one matter by their
 * wording; `verbatim`: near enough to be one statement.
 */
export function officialConflict(
  a: ActorStatement,
  b: ActorStatement,
  close: boolean,
  verbatim: boolean,
  caseJudges: RegExp | null = null,
): string | null {
  const judges = [judgeOf(a.text), judgeOf(b.text)];
  if (judges[0] && judges[1] && judges[0] !== judges[1]) {
    if (sameRuling(a, b, close, verbatim)) return `judge ${judges[0]} ≠ ${judges[1]}`;
    // A judge the case does not know, ruling in it, where the other statement has the case's judge ruling: the
    // case's rulings before an appeal are its own judges' ("District Judge Thomas Garrity's order" for the
    // judgment Judge Biedscheid entered), so a name the case lacks is a wrong one.
    const known = (name: string): boolean =>
      caseJudges !== null && new RegExp(caseJudges.source, 'u').test(name);
    if (
      !known(judges[0]) &&
      known(judges[1]) &&
      rulingWord.test(a.text) &&
      rulingWord.test(b.text) &&
      !higherCourt.test(a.text)
    )
      return `judge ${judges[0]} ≠ ${judges[1]}`;
  }
  const ags = [attorneyGeneralOf(a.text), attorneyGeneralOf(b.text)];
  if (ags[0] && ags[1] && ags[0] !== ags[1] && aboutTheSuit.test(a.text) && aboutTheSuit.test(b.text))
    return `attorney general ${ags[0]} ≠ ${ags[1]}`;
  return null;
}
