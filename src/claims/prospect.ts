import { memoByText } from './memo.ts';
import { stemmer } from 'stemmer';

// Steps still to come. Coverage says what is due, asked of the court, planned or not yet done ("The first report
// is due in early November", "they will amend their complaint", "an administrator the judge has not yet named",
// "No trial date has been set"); a later piece that reports that step done ("In its first compliance report, Meta
// told the court…", "The state filed its amended complaint") is an update of it, whatever legal step the case's
// line gives either.

// Words that put what follows them still to come: "will amend", "asked the judge to pause", "plans to appeal",
// "is to propose".
const ahead =
  /\b(?:will|(?<!\b(?:that|which|who)\s)would|shall|plans? to|planned to|intends? to|intended to|expects? to|(?:is|are|was|were) (?:expected|set|scheduled|poised|likely) to|has \w+ (?:days|weeks|months) to|have \w+ (?:days|weeks|months) to|hopes? to|(?:is|are) to(?! be\b)|vow(?:s|ed)? to|pledg(?:es|ed) to|promis(?:es|ed) to|(?:ask|asks|asked|asking|urge|urges|urged|petition(?:s|ed)?) (?:the |a )?(?:[\p{L}.’']+ ){0,3}(?:judge|court|justices) (?:[\p{L}’'.]+ ){0,3}?to)\s/iu;

// A clause that says its step is due or not yet taken: the whole clause tells the step.
const pending =
  /\b(?:(?:is|are|was|were) (?:due|expected|scheduled)\b|not yet|yet to|(?:has|have|had) not (?:yet )?been (?:set|named|scheduled|chosen|appointed|filed|made|announced|decided)|no (?:[\p{L}’'-]+ ){0,3}(?:has|have|had) been)\b/iu;

// A sentence that reports something done has a verb in the past or perfect; "goes to the judge … starting May 4"
// foresees like the statement it restates.
const done =
  /\b(?:has|have|had)\s+(?:since\s+|now\s+|already\s+|also\s+)?[\p{L}]+(?:ed|en|wn|un|t)\b|\b[\p{L}]{3,}ed\b|\b(?:held|made|took|gave|told|won|lost|found|brought|sent|began|came|met|paid|wrote|put|ran|chose|sought|struck|threw|spent|left|kept|heard|named|set)\b/iu;

/** A sentence's clauses: they end at commas, semicolons, dashes, colons, "while" and "but". */
const clausesOf = (text: string): string[] => text.split(/[,;:—–]|\s-\s|\bwhile\b|\bbut\b/);

const participle = /^\s*(?:\p{L}+(?:ed|en|wn)|held|made|set|paid|heard|chosen|named|sent|brought|put)\b/iu;

/**
 * The steps a sentence foresees: the words after each "will", "plans to", "asked the judge to"…, and the whole of
 * each clause that says its step is due or not yet taken.
 */
export function foreseenSteps(text: string): string[] {
  const steps: string[] = [];
  for (const clause of clausesOf(text)) {
    if (pending.test(clause)) steps.push(clause.trim());
    else {
      const m = ahead.exec(clause);
      const step = m ? clause.slice(m.index + m[0].length).trim() : '';
      // "would be technically impossible" foresees a state, not a step; "will be decided" a step.
      if (!/^be\s/i.test(step) || participle.test(step.slice(3))) steps.push(step);
    }
  }
  return steps.filter((s) => s.length > 0);
}

/**
 * Whether a sentence reports a step done: a verb of the past and no step of its own foreseen or promised, outside
 * the clauses that say why or what was said ("Biedscheid rejected the state's request, saying the reports … will be
 * enough").
 */
export const reportsDone = memoByText((text: string): boolean => {
  const main = text.replace(
    /,\s*(?:saying|arguing|adding|noting|ruling|finding|holding|concluding|writing|which|who|because)\b[^,;]*/gi,
    ' ',
  );
  return done.test(main) && !ahead.test(main) && !pending.test(main);
});

// A request made of the court ("asked the judge to reconsider", "urged the court to"), and a decision of one
// named as such ("rejected the state's request", "granted the motion", "turned down Meta's bid").
const askingCourt =
  /\b(?:ask|asks|asked|asking|urge|urges|urged|petition(?:s|ed)?|mov(?:es|ed) for)\b(?:\s+[\p{L}.’']+){0,4}?\s+(?:judge|court|justices)\b/iu;
const decidingRequest =
  /\b(?:rejected|denied|granted|refused|turned down|shot down|approved|accepted)\s+(?:(?:part|parts|some|most|much|all) of\s+)?(?:(?:the|its|their|his|her|this|that)\s+)?(?:[\p{L}’']+['’]s\s+)?(?:[\p{L}-]+\s+)?(?:request|motion|bid|petition|application)\b/iu;

/** Whether a sentence asks the court for something. */
export function asksCourt(text: string): boolean {
  return askingCourt.test(text);
}

/** Whether a sentence reports the court's decision of a request it names as a request. */
export function decidesRequest(text: string): boolean {
  return decidingRequest.test(text);
}

// The papers and proceedings a step of the case is told by: a step foreseen is reported done when the report
// names the same one ("will come in its opening brief" → "In its opening brief, filed this week").
const proceduralStems = new Set(
  'complaint brief report motion request petition administrator monitor appeal hearing ruling bond stay mediation filing trial plan proposal notice'
    .split(' ')
    .map((w) => stemOf(w)),
);

function stemOf(word: string): string {
  return stemmer(word.toLowerCase()).slice(0, 5);
}

function wordStems(text: string): string[] {
  return (text.match(/\p{L}{3,}/gu) ?? []).map(stemOf);
}

// Words that open a step without telling it ("be decided", "the first report is due").
const noHead = new Set(
  'be been have also then soon the its their and not yet has is are was were due no'.split(' ').map(stemOf),
);

/**
 * The step of `foreseeing` that `report` reports done, or null: a step whose paper or proceeding the report
 * names (its brief, its report, its trial) and one of whose first words (what is foreseen: "amend", "opening
 * brief", "first report") the report has too.
 */
export function foreseenStepDone(foreseeing: string, report: string): string | null {
  const reported = new Set(wordStems(report));
  for (const step of foreseenSteps(foreseeing)) {
    const words = wordStems(step);
    const procedural = words.some((w) => proceduralStems.has(w) && reported.has(w));
    const head = words.filter((w) => !noHead.has(w)).slice(0, 4);
    if (procedural && head.some((w) => reported.has(w))) return step;
  }
  return null;
}
