import type { AliasTable } from './aliases.ts';
import { canonicaliseAliases, mentionedEntities } from './aliases.ts';
import { parseDates } from './dates.ts';
import type { LegalEvent } from './legal.ts';
import { legalEvent, legalNature } from './legal.ts';
import type { Quantity } from './numbers.ts';
import { parseQuantities } from './numbers.ts';
import { findSpeaker, quotedText } from './speaker.ts';

/** What a claim says, slot by slot. A type alias (not an interface) so it is a `Record<string, unknown>`. */
export type ClaimSlots = {
  speaker: string | null;
  quote: string | null;
  /** The case's entities the claim names, canonical names. */
  entities: string[];
  subject: string | null;
  predicate: string | null;
  quantities: Quantity[];
  dates: string[];
  legal: LegalEvent | null;
  nature: 'civil' | 'criminal' | null;
  negated: boolean;
};

export interface SlotContext {
  aliases: AliasTable;
  /** The article's date (ISO), for relative dates. */
  articleDate?: string | null;
}

const predicates =
  /\b(filed|sued|removed|remanded|dismissed|denied|granted|ruled|found|ordered|appealed|settled|alleges?|alleged|claims?|accused|violated|imposed|posed|conducted|said|added)\b/i;

/**
 * Whether a sentence denies what it states ("Meta did not violate", "was never charged"). A contrast ("about its
 * own lies, not user posts", "rather than criminal charges"), "without" ("without a jury") and a subordinate
 * clause ("when the company knew they were not") deny nothing.
 */
function negated(text: string): boolean {
  const plain = text
    .replace(/,\s*(?:and\s+)?not\b|\brather than\b|\bnot only\b/gi, ' ')
    // "has not yet named" tells a step still to come, not one denied; "did not return its decision until April"
    // tells when it was taken.
    .replace(/\bnot yet\b/gi, ' ')
    .replace(/\b(?:did not|didn't|not)\b(?=[^.;]*\buntil\b)/gi, ' ')
    // "… when the company knew they were not": a clause of circumstance denies nothing of the statement.
    .replace(/\b(?:when|while|although|though|because|even as|even though|unless)\b[^,;]*/gi, ' ');
  return /\b(?:not|never|no longer|didn't|did not|wasn't|was not|isn't|won't|declined to|refused to|stopped short of)\b/i.test(
    plain,
  );
}

function quotedAppeal(quote: string | null): ClaimSlots['legal'] {
  const legal = quote ? legalEvent(quote) : null;
  return legal?.status === 'appeal announced' ? legal : null;
}

/** A sentence's own words: without its quotation, whose figures and names are the speaker's, not the claim's. */
export function outsideQuote(text: string): string {
  const quote = quotedText(text);
  return quote ? text.replace(quote, ' ') : text;
}

/** Fills a sentence's slots. The speaker is given by its canonical name when it is one of the case's entities. */
export function claimSlots(text: string, context: SlotContext): ClaimSlots {
  const quote = quotedText(text);
  const outside = outsideQuote(text);
  const rawSpeaker = quote || /\baccording to\b/i.test(text) ? findSpeaker(outside) : null;
  const speaker = rawSpeaker ? (mentionedEntities(rawSpeaker, context.aliases)[0] ?? rawSpeaker) : null;
  const entities = mentionedEntities(outside, context.aliases);
  const predicate = predicates.exec(outside)?.[1]?.toLowerCase() ?? null;
  return {
    speaker,
    quote,
    entities,
    subject: entities[0] ?? null,
    predicate,
    quantities: parseQuantities(canonicaliseAliases(outside, context.aliases)),
    dates: parseDates(outside, context.articleDate),
    // What a party says it will do is its statement of that step: "We … will appeal," a spokesperson said.
    legal: legalEvent(outside) ?? quotedAppeal(quote),
    nature: legalNature(outside),
    negated: negated(outside),
  };
}
