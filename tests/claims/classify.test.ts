import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import {
  aliasTable,
  analyseClaims,
  claimVocabulary,
  classifyClaim,
  detectClaims,
  knownFactCandidates,
  mentionedEntities,
} from '../../src/claims/index.ts';
import { defaultCaseFile } from '../../src/config/index.ts';

const definition = loadCaseFile(defaultCaseFile);
const aliases = aliasTable(definition.entities);
// The case's vocabulary: its aliases, its judges' names, its look-alike cases.
const vocabulary = claimVocabulary(definition);
const classify = (known: string, text: string, kind?: string) => {
  const claims = analyseClaims(text, { aliases });
  const claim = claims.find((c) => (kind ? c.kind === kind : true));
  if (!claim) throw new Error(`no claim in ${text}`);
  return classifyClaim(
    claim,
    analyseClaims(known, { aliases }).map((c) => ({ kind: c.kind, text: c.text, source: 'k' })),
    vocabulary,
  );
};

describe('claims', () => {
  it('maps aliases to the case entities', () => {
    expect(mentionedEntities('AG Torrez sued Meta', aliases)).toEqual([
      'Raúl Torrez',
      'Meta Platforms, Inc.',
    ]);
  });

  it('detects kinds and slots, keeping the first form of detection compatible', () => {
    const [quote] = analyseClaims('“Meta put profits first,” said AG Torrez.', { aliases });
    expect(quote).toMatchObject({
      kind: 'quote',
      slots: { speaker: 'Raúl Torrez', quote: 'Meta put profits first,' },
    });
    const [event] = analyseClaims('Judge Biedscheid denied the motion to dismiss.', { aliases });
    expect(event).toMatchObject({
      kind: 'legal_event',
      slots: { legal: { matter: 'motion to dismiss', status: 'denied' } },
    });
    const [claim] = detectClaims('The complaint spans 228 pages.');
    expect(claim?.normalized).toBe('the complaint spans 228 pages');
    expect(claim?.normalizedHash).toMatch(/\w+/);
  });

  it('tells the four relations apart, with the difference', () => {
    expect(
      classify('Investigators posed as minors under 14.', 'Investigators posed as children 14 and under.'),
    ).toMatchObject({
      relation: 'conflicting',
      detail: '14 and under ≠ under 14: interval differs at 14',
    });
    expect(
      classify('The case is a civil action.', 'The criminal complaint runs to 228 pages.', 'legal_status'),
    ).toMatchObject({
      relation: 'conflicting',
      detail: 'criminal ≠ civil',
    });
    expect(
      classify('Meta’s motion to dismiss is pending.', 'The judge denied Meta’s motion to dismiss.').relation,
    ).toBe('updated');
    expect(
      classify('AG Torrez sued Meta on Dec. 5, 2023.', 'Raúl Torrez sued Meta Platforms on December 5, 2023.')
        .relation,
    ).toBe('restated');
    expect(classify('AG Torrez sued Meta on Dec. 5, 2023.', 'The complaint spans 228 pages.')).toEqual({
      relation: 'new',
      matched: null,
      detail: null,
    });
  });

  it('calls the case criminal only when the sentence is about the case', () => {
    const kinds = (t: string) => analyseClaims(t, { aliases }).map((c) => c.kind);
    expect(kinds('Three men were charged in a separate sting, Operation MetaPhile.')).not.toContain(
      'legal_status',
    );
    expect(kinds('Prosecutors charged Meta with crimes in the case.')).toContain('legal_status');
  });

  it('resolves "he added" to the last named speaker', () => {
    const claims = analyseClaims(
      '“Meta knew what its platforms did to children,” Torrez said. “It did nothing about it at all,” he added.',
      {
        aliases,
      },
    );
    expect(claims.map((c) => c.slots.speaker)).toEqual(['Raúl Torrez', 'Raúl Torrez']);
  });

  it('compares a figure only with a figure of the same thing', () => {
    const recap =
      'A $567 million abatement fund comes on top of the $375 million in civil penalties a jury imposed in March, for a total of $942 million.';
    // Each figure of the recap is another thing's figure: the fund, the penalties, the total.
    expect(
      classify('The jury imposed $375 million in civil penalties on March 24, 2026.', recap).relation,
    ).not.toBe('conflicting');
    expect(classify('Meta must pay $942 million in all.', recap).relation).not.toBe('conflicting');
    // A misprint conflicts whatever words surround it.
    expect(
      classify(
        'The jury imposed $375 million in civil penalties.',
        'Jurors ordered Meta to pay $357 million.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: '$357 million ≠ $375 million' });
    // The same name for another figure: the total is not the fund.
    expect(
      classify(
        'On Aug. 6 the judge ordered a $567 million abatement fund, bringing the total Meta owes to $942 million.',
        'Judge Biedscheid ordered Meta to pay $942 million into an abatement fund on Aug. 6.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: '$942 million ≠ $567 million' });
  });

  it('compares an age only with an age of the same group: the decoys, the decree’s accounts, Meta’s settings', () => {
    const decree =
      'The decree requires, among other things, that accounts of New Mexico users under 18 be private by default and that adults who do not follow a minor be blocked from messaging them.';
    const decoys =
      'It was based on an undercover investigation in which state agents created decoy accounts posing as children under 14.';
    const settings =
      'The executive, a vice president who has worked at Meta for nine years, walked jurors through features including private-by-default accounts for users under 16.';
    expect(classify(decoys, decree).relation).not.toBe('conflicting');
    expect(classify(decree, decoys).relation).not.toBe('conflicting');
    expect(classify(settings, decree).relation).not.toBe('conflicting');
    expect(classify(decree, settings).relation).not.toBe('conflicting');
    // Of one group, another age is a conflict, however the group is worded.
    expect(
      classify(
        'The judgment includes a five-year decree that imposes restrictions on accounts held by New Mexico users under 18.',
        'For the next five years, Meta must apply the court’s restrictions to accounts belonging to children under 14 in New Mexico.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: expect.stringContaining('under 14') });
    expect(
      classify(
        'Investigators created Instagram and Facebook accounts posing as 13-year-old girls, according to the state’s lawsuit.',
        'The fake profiles the state built were made to look like 16-year-olds, according to the complaint.',
      ).relation,
    ).toBe('conflicting');
  });

  it('reads a sentence stating two of a statement’s exact figures as restating it, however it is worded', () => {
    const known =
      'In an amended filing the state counted 12,000 violations and sought $2,500 for each violation.';
    // Two figures, each the same sort as the original's (the count a total, the $2,500 a rate), and no others.
    expect(
      classify(known, 'Lawyers tallied twelve thousand infractions and priced each at $2,500.'),
    ).toMatchObject({
      relation: 'restated',
    });
    // One of them another figure of the same sort is no restatement.
    expect(
      classify(known, 'Lawyers tallied twelve thousand infractions and priced each at $4,000.').relation,
    ).not.toBe('restated');
  });

  it('reads rates, bounds and estimates as what they are', () => {
    // The law's maximum holds the penalty the jury chose; a rate is not a total.
    expect(
      classify(
        'The Unfair Practices Act allows up to $5,000 for each violation.',
        'The jury set the penalty at $5,000 for each violation.',
      ).relation,
    ).not.toBe('conflicting');
    expect(
      classify(
        'The jury imposed $375 million in civil penalties.',
        'The penalty was $5,000 for each violation.',
      ).relation,
    ).not.toBe('conflicting');
    expect(
      classify('The trial lasted nearly two months.', 'The verdict came after a seven-week trial.').relation,
    ).not.toBe('conflicting');
    expect(
      classify('Agents posed as children 13 and younger.', 'Agents posed as children under 14.').relation,
    ).not.toBe('conflicting');
    expect(
      classify('The jury deliberated for about two days.', 'The jury deliberated for about five days.')
        .relation,
    ).toBe('conflicting');
  });

  it('compares a date only with the date of the same event', () => {
    expect(
      classify(
        'The State filed the complaint on December 5, 2023.',
        'Meta removed the case to federal court on December 18, 2023, less than two weeks after the State filed it.',
      ).relation,
    ).not.toBe('conflicting');
    expect(
      classify(
        'The nuisance phase of the trial ended May 22.',
        'The second phase of the trial began May 4 in Santa Fe.',
      ).relation,
    ).not.toBe('conflicting');
    expect(
      classify(
        'Judge Margaret Strickland remanded the case to state court on Feb. 5, 2024.',
        'The case returned to state court on April 5, 2024, when a federal judge granted the motion to remand.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: '2024-04-05 ≠ 2024-02-05' });
  });

  it('reports a later step once: what the coverage already reached is recalled, not updated', () => {
    expect(
      classify('Meta said it would appeal.', 'Meta filed its notice of appeal with the Court of Appeals.')
        .relation,
    ).toBe('updated');
    expect(
      classify(
        'The state sued Meta in December 2023. The jury found Meta violated the Unfair Practices Act.',
        'Meta’s motion to dismiss was denied by Judge Biedscheid in 2024.',
      ).relation,
    ).not.toBe('updated');
    // Coverage that names the judgment as given has reached it, whatever step its verbs report; a verdict
    // still awaited is not reached.
    expect(
      classify(
        'The final judgment adds a $567 million abatement fund to the $375 million in civil penalties the jury imposed in March.',
        'The judge ordered Meta to pay $942 million under the judgment.',
      ).relation,
    ).not.toBe('updated');
    expect(
      classify(
        'Jurors began deliberating on Friday, and the courtroom is still awaiting the verdict.',
        'The jury found that Meta violated the Unfair Practices Act.',
      ).relation,
    ).toBe('updated');
  });

  it('reads figures written out in words, in thousands, or as a decade, and numbers with commas', () => {
    // Figures in words and in "N thousand" state the same figures; each stated before in its own sentence.
    expect(
      classify(
        'Jurors counted 75,000 violations. They ordered Meta to pay $375 million in civil penalties.',
        'The jury found seventy-five thousand violations and imposed three hundred seventy-five million dollars in penalties.',
      ).relation,
    ).toBe('restated');
    expect(
      classify(
        'Jurors counted 75,000 violations. They ordered Meta to pay $375 million in civil penalties.',
        'Meta committed 75 thousand infractions and was fined 375 million dollars, the jury decided.',
      ).relation,
    ).toBe('restated');
    // A figure's comma is no clause's end: "each of the 75,000 violations" says what the $5,000 is of.
    expect(
      classify(
        'The panel fixed the fine at $5,000 for each of the 75,000 violations it counted.',
        'The panel priced every violation at $6,000.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: '$6,000 ≠ $5,000' });
    expect(
      classify(
        'The judgment sets a $567 million fund and a five-year decree for accounts of users under 18.',
        'The judgment, with its $567 million fund, holds Meta to a decade of rules for accounts of users under 18.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'a decade ≠ five-year' });
  });

  it('tells who decided and where: the jury or the judge, which judge, which attorney general, which court', () => {
    // The jury set the penalties and the judge the fund: the other one for either is wrong.
    expect(
      classify(
        'Jurors in Santa Fe decided that Meta broke the law and set $375 million in civil penalties.',
        'Biedscheid, after weighing the evidence himself, held Meta liable and fixed the penalties at $375 million.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: '$375 million: judge ≠ jury' });
    expect(
      classify(
        'Judge Biedscheid ordered Meta to put $567 million into an abatement fund, deciding the nuisance claim without a jury.',
        'The jurors also told Meta to pay $567 million toward repairing the harm.',
      ).relation,
    ).toBe('conflicting');
    // The jury's finding of deceptive practices and the judge's of a nuisance are two findings, each rightly its
    // decider's; a nuisance found by a jury is the judge's finding given to the jury.
    expect(
      classify(
        "Judge Bryan Biedscheid of the First Judicial District Court in Santa Fe found that Meta's platforms created a public nuisance in New Mexico.",
        'A jury in the First Judicial District Court today found that Meta violated the New Mexico Unfair Practices Act by misleading the public.',
      ).relation,
    ).not.toBe('conflicting');
    expect(
      classify(
        "Judge Bryan Biedscheid of the First Judicial District Court in Santa Fe found that Meta's platforms created a public nuisance in New Mexico.",
        "A jury in the First Judicial District Court found that Meta's platforms created a public nuisance in New Mexico.",
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'verdict: jury ≠ judge' });
    // The fund beside the jury's penalties names both deciders rightly.
    expect(
      classify(
        'Judge Biedscheid ordered Meta to put $567 million into an abatement fund.',
        'Add the $567 million fund to the jury’s $375 million and Meta owes $942 million.',
      ).relation,
    ).not.toBe('conflicting');
    // One ruling, two judges, whatever the wording; the remand's judge and the trial judge are both right.
    expect(
      classify(
        'Judge Bryan Biedscheid denied the motion to dismiss the lawsuit.',
        'Judge Margaret Strickland’s refusal to toss the suit sends the case toward discovery.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'judge Strickland ≠ Biedscheid' });
    expect(
      classify(
        'Judge Bryan Biedscheid presided over the trial in Santa Fe.',
        'Judge Margaret Strickland remanded the case to state court in 2024.',
      ).relation,
    ).not.toBe('conflicting');
    // The case has one plaintiff attorney general.
    expect(
      classify(
        'Attorney General Raúl Torrez filed the lawsuit in state court.',
        'Former Attorney General Hector Balderas, who brought the case, called Meta negligent.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'attorney general Balderas ≠ Torrez' });
    // The trial's court; the removal to federal court is the case's detour, not a conflict.
    expect(
      classify(
        'The jury in state district court in Santa Fe found Meta liable.',
        'A federal jury returned the verdict against Meta after a seven-week trial.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'federal court ≠ state court' });
    expect(
      classify(
        'The jury in state district court in Santa Fe found Meta liable.',
        'Before the trial, Meta had moved the lawsuit to federal court for a few weeks.',
      ).relation,
    ).not.toBe('conflicting');
  });

  it('finds a conflict stated in a clause of a longer sentence', () => {
    // One exact figure in common makes the other figures of one matter: the age bound differs.
    expect(
      classify(
        'Under the judgment, a five-year decree limits accounts held by teenagers under 18.',
        'Over the next five years, the decree’s limits will apply to the accounts of kids under 13.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'under 13 ≠ under 18' });
    // The noun a figure qualifies: a six-week trial is not a three-week one, however loose the wording.
    expect(
      classify(
        'A seven-week trial closed Tuesday when the jurors sided with the state.',
        'Following a three-week trial, jurors took two days to decide.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'three-week ≠ seven-week' });
    expect(
      classify(
        'A seven-week trial closed Tuesday when the jurors sided with the state.',
        'The second phase, a three-week trial before the judge alone, began in May.',
      ).relation,
    ).not.toBe('conflicting');
    // The suit is filed once: its date in a clause ("when", "after") conflicts.
    expect(
      classify(
        'Torrez’s office filed the lawsuit against Meta on Dec. 5, 2023.',
        'The dispute goes back to November 2022, when Torrez sued Meta in Santa Fe.',
      ).relation,
    ).toBe('conflicting');
    expect(
      classify(
        'Torrez’s office filed the lawsuit against Meta on Dec. 5, 2023. The trial is expected to run about seven weeks.',
        'The trial, which comes more than a year after Torrez sued Meta in March 2022, is expected to run about seven weeks.',
      ).relation,
    ).toBe('conflicting');
    // Another suit's filing, by several states, is not the case's.
    expect(
      classify(
        'Torrez’s office filed the lawsuit against Meta on Dec. 5, 2023.',
        'A coalition of attorneys general sued Meta on Oct. 24, 2023, over youth mental health.',
      ).relation,
    ).not.toBe('conflicting');
    // A conviction calls the case criminal, named or not.
    expect(
      classify(
        'The case is a civil lawsuit under the Unfair Practices Act.',
        'Wednesday’s conviction is the first time a tech company was found criminally liable for child safety.',
        'legal_status',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'criminal ≠ civil' });
  });

  it('recognises later steps in their other wordings, and recalls of earlier ones', () => {
    // A phase ended, a trial date set, a stay agreed, a phase begun in a translation's word order.
    expect(
      classify(
        'The nuisance phase opened Monday before Judge Biedscheid, with no jury.',
        'Evidence in the nuisance phase closed Thursday, and the judge will rule in writing.',
      ).relation,
    ).toBe('updated');
    expect(
      classify(
        'Judge Biedscheid refused to dismiss the lawsuit; no trial date has been set.',
        'The judge has set the case for a jury trial in the fall of 2025.',
      ).relation,
    ).toBe('updated');
    expect(
      classify(
        'Meta has appealed the judgment to the Court of Appeals.',
        'The judge agreed to pause enforcement of the abatement fund while the appeal goes on, if Meta posts a bond.',
      ).relation,
    ).toBe('updated');
    expect(
      classify(
        'Jurors found Meta liable on Tuesday. The judge will hear the nuisance claim in May.',
        'Judge Biedscheid opened on Monday the second phase of the trial, without a jury.',
      ).relation,
    ).toBe('updated');
    // Coverage of a later stage recalling an earlier one, dated by a span, restates it.
    expect(
      classify(
        'Judge Biedscheid denied the motion to dismiss on May 30, 2024. The lawsuit went to trial on Monday.',
        'Jury selection comes 20 months after Judge Biedscheid refused, on May 30, 2024, to dismiss the lawsuit.',
      ).relation,
    ).toBe('restated');
  });
});

describe('claims against the known facts, whatever their wording', () => {
  const facts = knownFactCandidates(definition);
  const againstFacts = (text: string, known = '') => {
    const claims = analyseClaims(text, { aliases });
    const claim = claims.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const coverage = analyseClaims(known, { aliases }).map((c) => ({
      kind: c.kind,
      text: c.text,
      source: 'k',
    }));
    return classifyClaim(claim, [...coverage, ...facts], vocabulary);
  };

  it('reads a "not" that denies the other statement’s own predicate as a conflict on one matter', () => {
    expect(
      againstFacts(
        'Jurors did not find that Meta had violated the state’s Unfair Practices Act.',
        'After roughly seven weeks of testimony, a Santa Fe jury concluded that Meta violated New Mexico’s Unfair Practices Act.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'negated ≠ affirmed' });
    // A "not" of something else, in a clause of its own, or a refusal told as a "not", denies nothing the other
    // says (sentences of the demo site's coverage).
    expect(
      againstFacts(
        'Among its requirements: those accounts must be private by default, adults who are not connected to a minor cannot send them direct messages, and Meta must respond to reports of exploitation involving New Mexico minors within set deadlines.',
        "In the complaint, the state argues that Meta's design choices — including algorithms that recommend accounts and content — actively connected adults with children.",
      ).relation,
    ).not.toBe('conflicting');
    expect(
      againstFacts(
        'The accounts were bombarded with messages from grown men, and Meta’s own algorithms served up sexual content the "children" never asked for.',
        'It is also asking for changes to the way Meta’s apps recommend content and accounts to teenagers.',
      ).relation,
    ).not.toBe('conflicting');
    expect(
      againstFacts(
        'Meta, which did not comment on Tuesday, was ordered to pay $375 million in civil penalties by the jury.',
        'The jury ordered Meta to pay $375 million in civil penalties.',
      ).relation,
    ).not.toBe('conflicting');
    expect(
      againstFacts(
        'The state has asked the Court of Appeals to revisit the judge’s decision not to require algorithm changes.',
        'Torrez said his office might challenge the judge’s refusal to order changes to Meta’s algorithms.',
      ).relation,
    ).not.toBe('conflicting');
  });

  it('reads a party kept in the case against its dismissal, and a dismissal without prejudice in news words', () => {
    expect(
      againstFacts(
        'In May 2024, the judge ruled that Zuckerberg would remain a defendant in his personal capacity.',
        'Biedscheid dismissed Mark Zuckerberg from the case in May 2024, finding the state had not shown grounds to sue him personally. Meta itself remained a defendant.',
      ).relation,
    ).toBe('conflicting');
    expect(
      againstFacts(
        'Meta’s chief executive is out of the case for now, though the judge left the door open to naming him again.',
        'Judge Biedscheid dismissed Mark Zuckerberg as an individual defendant without prejudice.',
      ).relation,
    ).toBe('restated');
  });

  it('reads a remedy ordered against its refusal, and a remand granted on another day, as conflicts', () => {
    expect(
      againstFacts(
        'The judge ordered Meta to overhaul the recommendation algorithms that feed content to teenagers.',
        'Biedscheid declined to order Meta to change its algorithms, one of the remedies the state had sought.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'algorithms: ordered ≠ denied' });
    expect(
      againstFacts(
        'The case went back to Santa Fe in April 2024, when a federal judge granted the state’s remand motion.',
        'U.S. District Judge Margaret Strickland remanded the case to state court on Feb. 5, 2024, after Meta had removed it to federal court in December.',
      ).relation,
    ).toBe('conflicting');
  });

  it('reads another suit’s settlement as news of no step of this case', () => {
    expect(
      againstFacts(
        'That same month, Meta settled the suit brought by a bipartisan group of attorneys general in federal court in California, a case in which New Mexico was not a plaintiff.',
      ).relation,
    ).toBe('new');
    expect(
      againstFacts(
        'It was Judge Margaret Strickland who turned down Meta’s request to dismiss the case in May 2024.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: expect.stringContaining('Strickland') });
  });

  it('reads a step the case records as restated, not as an update of the record’s earlier steps', () => {
    // Coverage of another case holds no step of this one; the known facts hold the verdict already.
    expect(
      againstFacts(
        'In the child-safety case, a Santa Fe jury on March 24 found Meta violated the Unfair Practices Act and imposed $375 million in civil penalties.',
        'Torrez’s office sued Snap Inc. in the same court on Sept. 5, 2024.',
      ).relation,
    ).toBe('restated');
    // Coverage that had not reached the step is updated by it, a known fact or not.
    expect(
      againstFacts(
        'Judge Bryan Biedscheid denied Meta’s motion to dismiss on May 30, 2024.',
        'A motion to dismiss, raising Section 230 among other defenses, is pending before Judge Bryan Biedscheid.',
      ).relation,
    ).toBe('updated');
  });

  it('reads two times of one thing as one figure, the thing named after one and before the other', () => {
    expect(
      againstFacts(
        'The court’s decree will bind Meta for a decade.',
        'The judgment imposes a five-year decree covering accounts of users under 18.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: expect.stringContaining('decade') });
    expect(
      againstFacts(
        'The jury reached its decision after a trial lasting barely three weeks, during which dozens of witnesses took the stand.',
        'After seven weeks of trial, a jury in Santa Fe concluded that Meta violated New Mexico law.',
      ).relation,
    ).toBe('conflicting');
    // A time of something else the sentence names after it is no time of the decree.
    expect(
      againstFacts(
        'Meta has 30 days to appeal the decree.',
        'The judgment imposes a five-year decree covering accounts of users under 18.',
      ).relation,
    ).not.toBe('conflicting');
  });

  it('reads a count with its digits reordered as a misprint, in other words', () => {
    expect(
      againstFacts(
        'Jurors identified some 57,000 separate violations of the consumer-protection law.',
        'The jury found 75,000 violations of the Unfair Practices Act at $5,000 each, which works out to $375 million.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: '57,000 separate violations ≠ 75,000 violations' });
  });

  it('checks the day the claim gives a step against the day the case records for it', () => {
    expect(
      againstFacts('The verdict came down on Thursday, March 26, after roughly a day of deliberations.'),
    ).toMatchObject({
      relation: 'conflicting',
      detail: 'verdict: --03-26 ≠ 2026-03-24',
    });
    // A date beside the step that its words give to something else is not the step's.
    expect(
      againstFacts(
        'Meta posted the required bond on Sept. 8, putting collection of the judgment on hold during its appeal.',
      ).relation,
    ).not.toBe('conflicting');
    expect(
      againstFacts(
        'The coalition’s suit, filed in federal court in California in October 2023, focuses on young users.',
      ).relation,
    ).not.toBe('conflicting');
    // The day after the filing is the day the suit was announced: "sued" on it restates the filing. Filed on it,
    // or sued days later, it is another day.
    const sued = (day: string) =>
      againstFacts(
        `New Mexico's attorney general sued Meta Platforms on ${day}, accusing the company of turning Facebook and Instagram into a marketplace for child predators.`,
      );
    expect(sued('Dec. 6, 2023').relation).toBe('restated');
    expect(sued('Dec. 8, 2023')).toMatchObject({
      relation: 'conflicting',
      detail: 'case: 2023-12-08 ≠ 2023-12-05',
    });
    expect(
      againstFacts('New Mexico filed its lawsuit against Meta Platforms in state court on Dec. 6, 2023.'),
    ).toMatchObject({ relation: 'conflicting', detail: 'case: 2023-12-06 ≠ 2023-12-05' });
  });

  it('reads a step told with the case’s own day or amount as restated, however little wording it shares', () => {
    // Coverage at the verdict's stage already, so the claim is no update: it recalls the verdict's day.
    const known =
      'The jury found Meta liable under the Unfair Practices Act, the attorney general’s office said.';
    expect(againstFacts('Jurors returned their verdict on March 24.', known)).toMatchObject({
      relation: 'restated',
      matched: { kind: 'known_fact' },
    });
    // Coverage at the judgment's stage already, so the claim is no update: it recalls the judgment's total.
    const judged =
      'Judge Biedscheid entered the final judgment on Aug. 6, ordering Meta to fund abatement programs.';
    expect(
      againstFacts('Under the final judgment the company owes about $942 million in all.', judged),
    ).toMatchObject({ relation: 'restated', matched: { kind: 'known_fact' } });
    // Another day, another amount or a date the words give to another event is no restatement of the step.
    expect(againstFacts('Jurors returned their verdict on March 26.', known).relation).toBe('conflicting');
    expect(
      againstFacts('Under the final judgment the company owes about $1.2 billion in all.', judged).relation,
    ).not.toBe('restated');
    expect(
      againstFacts(
        'Meta posted the required bond on Sept. 8, putting collection of the judgment on hold during its appeal.',
        known,
      ).relation,
    ).not.toBe('restated');
  });

  it('reads a misprint of a recorded amount as a conflict in any sentence, but not another amount', () => {
    expect(
      againstFacts(
        "Investors shrugged off the ruling, which brings Meta's total liability in the state case to $924 million.",
      ),
    ).toMatchObject({ relation: 'conflicting', detail: expect.stringContaining('$924 million') });
    expect(
      againstFacts(
        'The total reflects 75,000 violations, each assessed at the statute’s $5,000 maximum civil penalty.',
      ).relation,
    ).not.toBe('conflicting');
  });

  it('reads the other outcome of a decided step as a conflict, but not a ruling on another party', () => {
    // Outcomes that exclude each other conflict on little shared wording: an appeal given up, the other prejudice.
    expect(
      againstFacts(
        "In its statement, the company said it would accept the jury's decision rather than pursue an appeal.",
        'Meta said in a statement Tuesday that it "respectfully disagrees" with the Santa Fe jury\'s verdict and will appeal.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'appeal: no appeal ≠ appeal announced' });
    expect(
      againstFacts(
        'Zuckerberg was dismissed with prejudice, meaning the state can never bring him back into the case.',
        'Judge Biedscheid dismissed Mark Zuckerberg as an individual defendant without prejudice, leaving open the possibility that the state could name him again.',
      ).relation,
    ).toBe('conflicting');
    expect(
      againstFacts('Meta said it will appeal the verdict.', 'Meta said it would appeal the jury’s decision.')
        .relation,
    ).toBe('restated');
    expect(
      againstFacts(
        'In a May 2024 order, Biedscheid sided with Meta on its motion to dismiss, agreeing that Section 230 protected the company.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'motion to dismiss: granted ≠ denied' });
    expect(
      againstFacts(
        'On May 30, 2024, the judge granted a motion to dismiss Mark Zuckerberg as an individual defendant.',
      ).relation,
    ).not.toBe('conflicting');
  });

  it('knows the case’s judges and court: another judge’s order or another county’s court is wrong', () => {
    const known =
      "A Santa Fe judge has ordered Meta to pay $567 million to help undo the harm its platforms caused New Mexico kids. Judge Bryan Biedscheid's ruling Thursday brings the total to $942 million when combined with the jury's earlier penalties.";
    expect(
      againstFacts(
        'The order from District Judge Thomas Garrity sets that money aside for programs meant to repair the damage.',
        known,
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'judge Garrity ≠ Biedscheid' });
    // The remand's federal judge is the case's too; a judge of a higher court is a later step's.
    expect(
      againstFacts(
        'U.S. District Judge Margaret Strickland granted the state’s motion to remand on Feb. 5, 2024.',
        known,
      ).relation,
    ).not.toBe('conflicting');
    expect(
      againstFacts('Judge Jane Doe of the Court of Appeals will hear Meta’s appeal of the ruling.', known)
        .relation,
    ).not.toBe('conflicting');
    expect(
      againstFacts(
        'The order was entered in Bernalillo County District Court in Albuquerque, where the case has been heard since it was filed.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'another state court ≠ state court' });
  });
});

describe('legal steps in coverage’s other wordings', () => {
  const step = (text: string) => {
    const [claim] = analyseClaims(text, { aliases });
    return claim?.slots.legal ? `${claim.slots.legal.matter}: ${claim.slots.legal.status}` : null;
  };

  it.each([
    [
      "Meta's effort to get the attorney general's suit thrown out failed in state district court.",
      'motion to dismiss: denied',
    ],
    ['Meta reiterated that it intends to take the case to a higher court.', 'appeal: appeal announced'],
    ['Within hours the company announced an appeal.', 'appeal: appeal announced'],
    ['Meta said it would not appeal the ruling.', 'appeal: no appeal'],
    // A remedy ordered is that remedy decided; granting the motion to remand is the remand.
    [
      'The judge ordered Meta to overhaul the recommendation algorithms that feed content to teenagers.',
      'algorithms: ordered',
    ],
    ['A federal judge granted the state’s remand motion in February.', 'venue: remanded'],
    [
      'It was Judge Margaret Strickland who turned down Meta’s request to dismiss the case in May 2024.',
      'motion to dismiss: denied',
    ],
    [
      'Zuckerberg remains a defendant in the case alongside Meta and Instagram.',
      'defendants: kept as defendant',
    ],
    // A motion during the trial, not the verdict; a stay asked for in other words; a step on a condition.
    [
      'Biedscheid denied Meta’s motion for a directed verdict, and the company began presenting its defense.',
      'directed verdict: denied',
    ],
    [
      'After the state rested, Meta asked Judge Biedscheid for a directed verdict.',
      'directed verdict: pending',
    ],
    [
      'The company has also asked the district court to put the abatement payment on hold while the appeal proceeds.',
      'stay: pending',
    ],
    [
      'Under the judge’s order, the judgment will be stayed pending appeal once Meta posts a supersedeas bond.',
      'stay: pending',
    ],
    ['1:15 p.m. — Still no verdict, and the jurors have gone to lunch.', null],
    ['The company chose to forgo an appeal and pay the penalty.', 'appeal: no appeal'],
    // "Settled on" a penalty is deciding it: no settlement (and no step the sentence's verbs state).
    ['The penalty the Santa Fe jurors settled on came to $375 million.', null],
    ['Meta and the state settled the case in October.', 'settlement: settled'],
    ['Jurors imposed a penalty of $5,000 on each violation.', 'verdict: found liable'],
    [
      'A jury of twelve New Mexicans ruled that the company misrepresented its safety record.',
      'verdict: found liable',
    ],
    [
      'The case has finally reached a courtroom, with jury selection now underway in Santa Fe.',
      'trial: trial under way',
    ],
    [
      "The judge-only phase on the state's nuisance claim opened Monday in Santa Fe.",
      'trial: trial under way',
    ],
    ['Testimony and closings are done, and a written decision is expected.', 'trial: trial ended'],
    [
      'UPDATE, 3:52 p.m.: The jury is back, finding Meta liable under the Unfair Practices Act.',
      'verdict: found liable',
    ],
    ['The judge ordered the company to contribute another 567 million dollars.', 'judgment: ordered'],
    [
      "Biedscheid rejected Meta's bid to overturn the $375 million verdict.",
      'motion for a new trial: denied',
    ],
    [
      'Meta posted the required bond on Sept. 8, putting collection of the judgment on hold.',
      'stay: bond posted',
    ],
    ['The state has since filed an amended complaint with new allegations.', 'case: amended'],
  ])('%s → %s', (text, expected) => {
    expect(step(text)).toBe(expected);
  });
});
