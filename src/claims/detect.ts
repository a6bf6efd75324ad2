import { foreseenSteps } from './prospect.ts';
import { normaliseText, shortHash } from '../dedup/index.ts';
import type { AliasTable } from './aliases.ts';
import { mentionedEntities } from './aliases.ts';
import type { ClaimSlots } from './slots.ts';
import { claimSlots } from './slots.ts';
import { splitSentences } from './sentences.ts';

/**
 * `number` is the first form's name for a quantity claim, kept so stored rows stay readable. `legal_status` is
 * a claim about the case's nature (civil or criminal) carried by a sentence that is mostly about something else:
 * it is its own claim so that "the criminal complaint, which spans 228 pages" can be new (the page count) and
 * conflicting (criminal ≠ civil) at once.
 */
export type ClaimKind =
  'quote' | 'number' | 'quantity' | 'date' | 'legal_event' | 'legal_status' | 'allegation' | 'statement';

export interface DetectedClaim {
  kind: ClaimKind;
  text: string;
  /** The claim's comparison form: normalised text without punctuation. */
  normalized: string;
  normalizedHash: string;
  sentenceIndex: number;
  start: number;
  end: number;
  /** Stored as jsonb; detection fills it with a ClaimSlots. */
  slots: Record<string, unknown>;
}

/** A detected claim with its slots typed, as classification reads them. */
export interface AnalysedClaim extends DetectedClaim {
  slots: ClaimSlots;
  /** The article's date its relative dates ("Tuesday") were resolved against, when known. */
  articleDate?: string | null;
}

export interface DetectOptions {
  aliases?: AliasTable;
  articleDate?: string | null;
}

/** The comparison form of a claim: normalised, punctuation dropped, so trivial re-punctuation still matches. */
export function claimKey(text: string): string {
  return normaliseText(text)
    .replace(/[^\p{L}\p{N}$%\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const allegation =
  /\b(?:according to|alleg\w*|accus\w*|claims? that|contends?|asserts?|revealed|failed to|enabled|allowed)\b/i;

const heOrShe =
  /["”]\s*[,.]?\s*(?:(?:he|she)\s+(?:said|added|continued|noted)|(?:said|added)\s+(?:he|she))\b/i;

// The case's trial and its outcome are the case too: "Tuesday's conviction" calls it criminal.
const aboutTheCase = /\b(?:complaint|lawsuit|suit|case|trial|verdict|conviction|jury|jurors)\b/i;

function kindOf(slots: ClaimSlots, text: string): ClaimKind | null {
  if (slots.quote && slots.quote.length >= 20) return 'quote';
  if (slots.legal) return 'legal_event';
  if (slots.quantities.length > 0) return 'quantity';
  if (slots.dates.length > 0 && slots.entities.length > 0) return 'date';
  if (allegation.test(text) && (slots.entities.length > 0 || namesRole(text))) return 'allegation';
  if (statement(slots, text)) return 'statement';
  return null;
}

// What someone said or did in the case: a reported statement ("testified that…", "told reporters that…") or a
// sentence of some length about the parties or the case's number. Checkable, if it carries no figure or legal step;
// a sentence of colour ("the judge thanked the jurors") is not one.
const reportedThat =
  /\b(?:said|says|told|tells|testified|testifies|argued|argues|warned|wrote|stated|contended|acknowledged|conceded|insisted|maintained|claimed)\b(?:\s+[\w’']+){0,4}\s+that\b/i;
// A court named is where the case is heard: "The trial is being held in U.S. District Court" is checkable.
const caseBodies =
  /\b(?:Department of Justice|attorney general(?:'s|’s)? office|U\.S\. District Court|(?:federal|state|district) court|federal (?:jury|judge|courtroom))\b|\b[A-Z]-\d{3}-[A-Z]{2}-\d{4}-\d+\b/i;

// Coverage names the case's parties, its court and its proceedings by their role once it has named them: "the
// company said it would…", "rests with the judge alone", "the state's nuisance claim", "according to the
// complaint", "The order from District Judge …". Such a sentence states what a party or body of the case said or did
// as much as one naming them; a sentence of colour names none ("Outside the courthouse, a group of mothers…").
const roleWords =
  /\b(?:the|its|this|that|their)\s+(?:state|company|judge|court|jury|jurors|attorneys? general|complaint|lawsuit|suit|verdict|ruling|order|judgment|trial|defendants?|plaintiffs?)(?:'s|’s)?\b/i;
const judgeNamed = /\bJudge\s+\p{Lu}/u;
const namesRole = (text: string): boolean => roleWords.test(text) || judgeNamed.test(text);

// A step of the case still to come is checkable however short: "No trial date has been set", "The first report is
// due in early November". A later piece may report it done.
const caseSteps =
  /\b(?:trial|hearing|report|brief|ruling|decision|appeal|motion|order|decree|judgment|fund|administrator|monitor|complaint|argument)s?\b/i;

function statement(slots: ClaimSlots, text: string): boolean {
  if (foreseenSteps(text).length > 0 && caseSteps.test(text) && text.split(/\s+/).length >= 4) return true;
  if (text.split(/\s+/).length < 7) return false;
  return slots.entities.length > 0 || reportedThat.test(text) || caseBodies.test(text) || namesRole(text);
}

// A sentence that opens with a person doing something ("Attorney General Raúl Torrez called the filing a threat.")
// makes that person the one a following `"…," he said` quotes.
const personOpening =
  /^(?:(?:Attorney General|AG|Judge|Gov\.|Governor|Sen\.|Senator|Rep\.|Mr\.|Ms\.|Mrs\.|Dr\.)\s+)?((?:[A-Z][\p{L}'’.-]+\s+){0,3}[A-Z][\p{L}'’-]+),?\s+(?:(?:also|then|later)\s+)?(?:called|said|says|told|argued|announced|described|added|wrote|noted|warned|urged|praised|criticized|criticised|welcomed|vowed|insisted|testified|responded|pointed|framed|dismissed|rejected)\b/u;

function personActing(text: string, aliases: AliasTable): string | null {
  const name = personOpening.exec(text)?.[1];
  if (!name || /^(?:The|This|That|It|In|On|A|An)\b/.test(name)) return null;
  return mentionedEntities(name, aliases)[0] ?? name;
}

function claim(
  kind: ClaimKind,
  text: string,
  normalized: string,
  index: number,
  start: number,
  end: number,
  slots: ClaimSlots,
): AnalysedClaim {
  return {
    kind,
    text,
    normalized,
    normalizedHash: shortHash(normalized),
    sentenceIndex: index,
    start,
    end,
    slots,
  };
}

/**
 * The checkable statements of a text, one a sentence (quote, quantity, date, legal event, allegation), plus a
 * `legal_status` claim for each sentence that calls the case civil or criminal.
 */
export function analyseClaims(text: string, options: DetectOptions = {}): AnalysedClaim[] {
  const context = { aliases: options.aliases ?? [], articleDate: options.articleDate ?? null };
  const claims: AnalysedClaim[] = [];
  let lastSpeaker: string | null = null;
  splitSentences(text).forEach((sentence, index) => {
    if (sentence.text.length > 600 || sentence.text.length < 15) return;
    // A question ("Is this a criminal case?", a subhead) states nothing.
    if (/\?["”’')\]]*$/.test(sentence.text.trim())) return;
    const slots = claimSlots(sentence.text, context);
    // `"…," he added` continues the last named speaker's quotation.
    if (slots.quote && !slots.speaker && heOrShe.test(sentence.text.replace(slots.quote, ' ')))
      slots.speaker = lastSpeaker;
    if (slots.speaker) lastSpeaker = slots.speaker;
    else if (!slots.quote) lastSpeaker = personActing(sentence.text, context.aliases) ?? lastSpeaker;
    const kind = kindOf(slots, sentence.text);
    if (kind)
      claims.push(
        claim(kind, sentence.text, claimKey(sentence.text), index, sentence.start, sentence.end, slots),
      );
    // Only a statement about this case's nature: "three men were charged" in a separate sting is not one.
    if (slots.nature && (slots.entities.length > 0 || aboutTheCase.test(sentence.text)))
      claims.push(
        claim(
          'legal_status',
          sentence.text,
          `case nature ${slots.nature}`,
          index,
          sentence.start,
          sentence.end,
          slots,
        ),
      );
  });
  if (context.articleDate) for (const c of claims) c.articleDate = context.articleDate;
  return claims;
}

/** The claims of a text with their slots as plain data (what the store keeps): see analyseClaims. */
export function detectClaims(text: string, options: DetectOptions = {}): DetectedClaim[] {
  return analyseClaims(text, options);
}
