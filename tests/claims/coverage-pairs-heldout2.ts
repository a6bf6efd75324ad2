// Labelled claim pairs in the style of real news coverage of State of New Mexico v. Meta Platforms, Inc.:
// the second HELD-OUT split, written blind (without looking at the claim diff or the other splits) and
// measured once; do not tune on it. Each pair is a paragraph of earlier coverage (`known`) and one sentence
// of later coverage (`claim`); `relation` is what that sentence is relative to the paragraph AND the case's
// known facts (always present in the diff). A sentence reporting a step of the case later than every step of
// the paragraph is `updated`, even when that step is also a known fact; a correct recall of an earlier step is
// `restated` when the paragraph or the known facts say it, else `new`; a sentence that gets a fact of either
// wrong is `conflicting`. Notes that begin with "Trap:" mark new or restated sentences whose figures or dates
// belong to another event or a look-alike case: they must not be called conflicting. All text is written for
// this set.

import type { CoveragePair } from './coverage-pairs-dev.ts';

export const coveragePairsHeldout2: CoveragePair[] = [
  // ── new ──
  {
    relation: 'new',
    known:
      "SANTA FE, N.M. (AP) — A jury in Santa Fe on Tuesday found that Meta Platforms misled New Mexico families about the dangers its apps pose to children and ordered the company to pay $375 million in civil penalties. Jurors found 75,000 violations of the state's Unfair Practices Act, assessing $5,000 for each. Attorney General Raúl Torrez filed the lawsuit in December 2023 after investigators posed as children online. Meta said it would appeal.",
    claim:
      'Meta also remains a defendant in a federal lawsuit that dozens of state attorneys general filed in California on Oct. 24, 2023, a case New Mexico did not join.',
    note: "Trap: the multistate suit's Oct. 24, 2023 filing belongs to a look-alike case, not to this case's December 2023 filing.",
  },
  {
    relation: 'new',
    known:
      'Attorney General Raúl Torrez on Wednesday announced a lawsuit against Meta Platforms and its chief executive, Mark Zuckerberg, saying Facebook and Instagram steer children toward sexual content and expose them to predators. The complaint, filed Dec. 5 in state district court in Santa Fe, draws on a months-long undercover investigation in which agents set up accounts for fictional teenagers. Torrez said the suit seeks civil penalties under the Unfair Practices Act.',
    claim:
      'The same office went on to sue Snap Inc. in the same Santa Fe court on Sept. 5, 2024, accusing the Snapchat maker of similar failures to protect children.',
    note: "Trap: the Snap suit's Sept. 5, 2024 filing is a look-alike case, not a step of this one.",
  },
  {
    relation: 'new',
    known:
      "A state district judge in Santa Fe on Thursday refused to dismiss New Mexico's lawsuit against Meta, clearing the way for the case to move toward trial. Judge Bryan Biedscheid denied Meta's motion to dismiss in a ruling issued May 30, 2024. The attorney general's office filed the suit in December, accusing the company of failing to protect young users from predators.",
    claim:
      "This month, Torrez's office also announced criminal charges against three men caught in Operation MetaPhile, a sting in which agents posed as children on Facebook and Instagram.",
    note: 'Trap: Operation MetaPhile is a separate criminal sting by the same office; it does not make this civil case criminal.',
  },
  {
    relation: 'new',
    known:
      "A state judge on Thursday ordered Meta to pay $567 million into an abatement fund on top of the $375 million a jury imposed in March, bringing the total in New Mexico's child-safety case to $942 million. Judge Bryan Biedscheid issued the final judgment on Aug. 6, 2026, after a three-week bench trial on the state's public nuisance claim. Meta said it would appeal.",
    claim:
      'In a separate lawsuit by the state over the Cambridge Analytica data scandal, a different jury returned its verdict against Meta on Sept. 25, 2026.',
    note: "Trap: the privacy case's Sept. 25, 2026 verdict is a look-alike case, neither this case's verdict nor its judgment.",
  },
  {
    relation: 'new',
    known:
      "Opening statements began Monday, Feb. 9, in New Mexico's lawsuit against Meta, a week after jury selection started in Santa Fe. The state's lawyers told jurors that Meta knew its platforms exposed children to sexual exploitation and hid it from parents. Attorney General Raúl Torrez filed the case in December 2023.",
    claim:
      'The same week, a separate trial opened in Los Angeles in a suit brought by a plaintiff identified as K.G.M. against Meta and YouTube.',
    note: 'Trap: the K.G.M. trial in Los Angeles is a look-alike case that opened the same week; it is not this trial.',
  },
  {
    relation: 'new',
    known:
      "Testimony continued Wednesday in the state's case against Meta in Santa Fe, the third week of a trial expected to last about seven weeks. Prosecutors for the New Mexico Department of Justice have called investigators who set up decoy accounts posing as children. The state is seeking civil penalties under the Unfair Practices Act.",
    claim:
      'A former Meta safety researcher told jurors he had warned senior executives in 2021 that teenagers were routinely receiving unwanted sexual messages on Instagram.',
    note: 'Testimony content the paragraph does not hold.',
  },
  {
    relation: 'new',
    known:
      "A Santa Fe jury has ordered Meta to pay $375 million after finding the company violated New Mexico's Unfair Practices Act. The verdict came Tuesday, March 24, after about a day of deliberations following a trial that began in early February. Attorney General Raúl Torrez called it a historic win for New Mexico families.",
    claim:
      "Outside the courthouse, several parents held up photographs of their children and said they hoped other states would follow New Mexico's lead.",
    note: 'A reaction the paragraph does not hold.',
  },
  {
    relation: 'new',
    known:
      "Meta's bid to end New Mexico's lawsuit failed Thursday when Judge Bryan Biedscheid denied the company's motion to dismiss. The ruling, dated May 30, 2024, rejected Meta's argument that federal law shields it from liability for what users post. The state filed the suit on Dec. 5, 2023, in the First Judicial District Court in Santa Fe.",
    claim:
      'Meta had moved the case to federal court on Dec. 18, 2023, but a federal judge returned it to state court early the next year.',
    note: 'Trap: Dec. 18, 2023 is the removal, not the Dec. 5 filing; removal and remand are in neither the paragraph nor the known facts.',
  },
  {
    relation: 'new',
    known:
      'The verdict caps a case that began when Attorney General Raúl Torrez filed suit on Dec. 5, 2023, accusing Meta of turning Facebook and Instagram into hunting grounds for predators. On March 24, 2026, jurors found Meta liable under the Unfair Practices Act and set penalties at $375 million. Meta has said it will appeal.',
    claim:
      'While the case was briefly in federal court, the state filed an amended complaint on Jan. 9, 2024.',
    note: 'Trap: the Jan. 9, 2024 amended complaint is not the Dec. 5, 2023 filing.',
  },
  {
    relation: 'new',
    known:
      'Judge Bryan Biedscheid on Aug. 6 ordered Meta to pay $567 million to fund programs addressing harm to New Mexico children, in addition to the $375 million jurors imposed on March 24. The combined $942 million is among the largest sums a state has won from a social media company. Meta called the ruling flawed and said it would appeal.',
    claim:
      'In a court filing around April 30, Meta had raised the possibility of withdrawing Facebook and Instagram from New Mexico altogether.',
    note: 'Trap: the April 30 filing is an event between the verdict and the judgment, with a date of its own.',
  },
  {
    relation: 'new',
    known:
      "The judge's order requires Meta to pay $567 million into an abatement fund, adding to the $375 million in civil penalties from the jury verdict. Judge Bryan Biedscheid announced the judgment Aug. 6 after hearing evidence in May on the state's public nuisance claim. The total comes to $942 million.",
    claim:
      "During the May hearings, the state's experts had proposed an abatement plan that would have cost Meta far more, roughly $3.7 billion over 15 years.",
    note: 'Trap: a proposed abatement budget is not the $567 million the judge ordered.',
  },
  {
    relation: 'new',
    known:
      "Meta must put $567 million into a fund to address the harms its platforms caused New Mexico children, a Santa Fe judge ruled Thursday, on top of the $375 million jury award from March. The Aug. 6 final judgment brings Meta's total bill in the case to $942 million. The company said it would appeal.",
    claim:
      "The judge turned down the state's request for a court-appointed monitor to oversee Meta's compliance.",
    note: 'Another provision of the judgment, which neither the paragraph nor the known facts state.',
  },
  {
    relation: 'new',
    known:
      "Attorney General Raúl Torrez today welcomed the final judgment in State of New Mexico v. Meta Platforms, Inc., which orders Meta to pay $567 million into an abatement fund. Combined with the $375 million in civil penalties returned by the jury in March, Meta now owes New Mexico $942 million. “This judgment tells every technology company that New Mexico's children are not for sale,” Torrez said.",
    claim:
      'The judgment also puts Meta under a five-year decree covering how it treats accounts held by users under 18.',
    note: 'Another provision of the judgment (press-release paragraph).',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — Meta Platforms must pay New Mexico $375 million, a jury decided Tuesday at the end of a seven-week trial. Jurors sided with the state on its claims that Meta misrepresented the safety of Instagram and Facebook for young users. The New Mexico Department of Justice, led by Attorney General Raúl Torrez, brought the case in late 2023.',
    claim:
      'Mark Zuckerberg, named as a defendant when the suit was filed, was dropped from the case as an individual in May 2024.',
    note: 'An earlier step that neither the paragraph nor the known facts state.',
  },
  {
    relation: 'new',
    known:
      "Attorney General Raúl Torrez on Wednesday announced a lawsuit accusing Meta of failing to protect children on Facebook and Instagram from sexual predators. The suit, filed Dec. 5 in Santa Fe County, says investigators' decoy accounts were quickly flooded with explicit images and propositions from adults. It names Meta Platforms, Instagram and Facebook Holdings as defendants, as well as CEO Mark Zuckerberg.",
    claim:
      "In a statement, Meta said it has spent years developing tools to protect teens and rejected the attorney general's portrayal of its platforms.",
    note: "Meta's reaction, not in the paragraph.",
  },
  {
    relation: 'new',
    known:
      "Meta's total liability in the New Mexico child-safety case reached $942 million on Aug. 6, when Judge Bryan Biedscheid added a $567 million abatement fund to the jury's $375 million verdict. The judge stopped short of ordering changes to Meta's recommendation algorithms. Meta said it would appeal.",
    claim:
      "Also this month, Meta settled the separate federal lawsuit brought in California by a coalition of other states' attorneys general, a case in which New Mexico was not a plaintiff.",
    note: "Trap: the multistate suit's August 2026 settlement is a look-alike case, not this case's judgment.",
  },
  {
    relation: 'new',
    known:
      'The lawsuit, State of New Mexico v. Meta Platforms, Inc., case No. D-101-CV-2023-02838, went to trial Feb. 2 in the First Judicial District Court in Santa Fe. Judge Bryan Biedscheid is presiding. The state accuses Meta of misleading the public about the risks its apps pose to children.',
    claim:
      'A companion case the office filed against Snap Inc., No. D-101-CV-2024-02131, is pending in the same courthouse.',
    note: "Trap: the Snap suit's case number is a look-alike case's, not a wrong number for this case.",
  },
  {
    relation: 'new',
    known:
      'In the second week of the trial against Meta in Santa Fe, the state presented witnesses from its undercover investigation. The Department of Justice of New Mexico accuses the company of having exposed minors to sexual content and to adult predators. The trial began on Feb. 2 and is expected to last until the end of March.',
    claim:
      'According to a state investigator, a false profile of a girl of 13 years received messages from dozens of adults already in its first week of existence.',
    note: 'Translated-sounding testimony content.',
  },
  {
    relation: 'new',
    known:
      "A Santa Fe jury on March 24 found Meta liable for violating New Mexico's Unfair Practices Act, capping a trial that began with jury selection on Feb. 2. The jury assessed $375 million in civil penalties. Attorney General Raúl Torrez said the verdict showed that no company is above the law.",
    claim: 'Lawyers for the state and for Meta delivered their opening statements to the jury on Feb. 9.',
    note: 'Trap: Feb. 9 is the openings, a different event from the Feb. 2 start of jury selection.',
  },
  {
    relation: 'new',
    known:
      'Judge Bryan Biedscheid ordered Meta on Aug. 6 to pay $567 million into an abatement fund, on top of $375 million in civil penalties set by a jury in March. The combined $942 million judgment closes the trial court phase of a case Attorney General Raúl Torrez filed in December 2023. Meta said it would appeal.',
    claim:
      'Torrez called the ruling “a warning to every tech company that treats children as a revenue stream.”',
    note: 'A reaction quote not in the paragraph.',
  },
  {
    relation: 'new',
    known:
      "Jury selection began Monday, Feb. 2, in Santa Fe in New Mexico's lawsuit accusing Meta of exposing children to sexual predators on Facebook and Instagram. The trial in the First Judicial District Court is expected to last seven weeks. Attorney General Raúl Torrez filed the civil suit on Dec. 5, 2023, and Judge Bryan Biedscheid refused to dismiss it in May 2024.",
    claim:
      'The case had returned to state court on Feb. 5, 2024, when U.S. District Judge Margaret Strickland sent it back from federal court.',
    note: 'Trap: the Feb. 5, 2024 remand is not the Feb. 2, 2026 start of jury selection.',
  },
  {
    relation: 'new',
    known:
      'The state rested its case against Meta on Thursday after four weeks of testimony in Santa Fe. New Mexico accuses the company of violating the Unfair Practices Act by misrepresenting how safe its platforms are for children. Meta began calling its own witnesses Monday.',
    claim:
      "Meta's lawyers told jurors the company had openly warned users about the risks on its apps and that no reasonable parent had been misled.",
    note: "Meta's argument at trial, not in the paragraph.",
  },
  // ── restated ──
  {
    relation: 'restated',
    known:
      "SANTA FE, N.M. (Reuters) — A New Mexico jury on Tuesday ordered Meta Platforms to pay $375 million in civil penalties after finding that the company violated the state's Unfair Practices Act by misleading users about child safety on Facebook and Instagram. The verdict followed a trial of nearly seven weeks in state court in Santa Fe. Meta said it disagreed with the verdict and would appeal.",
    claim:
      "Jurors in Santa Fe decided that Meta must pay $375 million for breaking New Mexico's consumer protection law.",
  },
  {
    relation: 'restated',
    known:
      "A Santa Fe judge on Thursday ordered Meta to put $567 million into an abatement fund for New Mexico, bringing the company's total liability in the case to $942 million. The Aug. 6 ruling by Judge Bryan Biedscheid followed a bench trial in May on the state's public nuisance claim. Meta said it would appeal.",
    claim: "The jury's verdict in March had set Meta's civil penalties at $375 million.",
    note: 'Trap: $375 million is the verdict, not a wrong figure for the $567 million fund or the $942 million total.',
  },
  {
    relation: 'restated',
    known:
      "Judge Bryan Biedscheid on Aug. 6 entered a final judgment ordering Meta to pay $942 million in all. The case took a detour early on: Meta moved it to federal court on Dec. 18, 2023, and a federal judge sent it back to Santa Fe in February 2024. Biedscheid later denied Meta's motion to dismiss on May 30, 2024.",
    claim: "The attorney general's office filed its complaint against Meta in Santa Fe on Dec. 5, 2023.",
    note: 'Trap: Dec. 5 is the filing (a known fact), Dec. 18 the removal.',
  },
  {
    relation: 'restated',
    known:
      "A federal judge on Monday sent New Mexico's lawsuit against Meta back to state court in Santa Fe. Meta had moved the case to U.S. District Court in December, weeks after Attorney General Raúl Torrez filed it on Dec. 5. The state argued the case raises only claims under New Mexico law.",
    claim:
      'Meta transferred the lawsuit to federal court on Dec. 18, 2023, less than two weeks after the state filed it.',
    note: 'Trap: the removal the paragraph reports, now dated Dec. 18; not the Dec. 5 filing.',
  },
  {
    relation: 'restated',
    known:
      "A jury in Santa Fe found Tuesday that Meta Platforms violated New Mexico's Unfair Practices Act, ordering the company to pay $375 million in civil penalties. The case was brought by Attorney General Raúl Torrez, who accused Meta of exposing children to sexual exploitation on Instagram and Facebook. Meta announced that it would appeal.",
    claim:
      'A popular jury of the state of New Mexico has determined that the company Meta violated the law on unfair practices and must pay 375 million dollars.',
    note: 'Translated back from another language.',
  },
  {
    relation: 'restated',
    known:
      "The New Mexico jury's $375 million verdict against Meta on March 24 is among the first trial wins by a state against a social media company over child safety. Jurors found 75,000 violations of the Unfair Practices Act. Meta said it would appeal.",
    claim: 'Judge Bryan Biedscheid had refused to throw out the case on May 30, 2024.',
    note: 'Trap: May 30, 2024 is the dismissal ruling (a known fact), not the March 24 verdict.',
  },
  {
    relation: 'restated',
    known:
      'Attorney General Raúl Torrez has sued Meta, alleging that Facebook and Instagram recommend sexual content to minors and let adults find and contact children. The lawsuit, filed Dec. 5 in Santa Fe, says Meta misled the public about the safety of its platforms in violation of the Unfair Practices Act. It also accuses the company of creating a public nuisance.',
    claim:
      "According to the complaint, Meta's apps steer sexual material to minors and make it easy for adults to locate and reach children.",
  },
  {
    relation: 'restated',
    known:
      "Attorney General Raúl Torrez filed suit against Snap Inc. on Thursday, Sept. 5, accusing Snapchat of exposing children to sextortion and drug dealers. It is the office's second major case against a social media company, after the lawsuit against Meta it filed in December 2023. That case survived Meta's motion to dismiss in May.",
    claim: 'The Meta lawsuit was filed on Dec. 5, 2023, in the same Santa Fe court.',
    note: "Trap: Sept. 5 is the Snap suit's filing; Dec. 5, 2023 is this case's.",
  },
  {
    relation: 'restated',
    known:
      "New Mexico's lawsuit against Meta, filed Dec. 5 in state district court in Santa Fe, focuses on child sexual exploitation rather than mental health. It comes weeks after dozens of states sued Meta in federal court in California in October, accusing it of designing addictive features that harm young people. New Mexico did not join that case.",
    claim:
      'In October, dozens of state attorneys general had filed their own federal suit against Meta in California over features they say hook young users.',
    note: "Trap: the multistate suit's October filing, as the paragraph says, not a wrong date for New Mexico's Dec. 5 filing.",
  },
  {
    relation: 'restated',
    known:
      'Meta will have to pay $567 million into an abatement fund under a judgment entered Aug. 6 by Judge Bryan Biedscheid, in addition to the $375 million in penalties a jury set in March. The state had asked for the fund to pay for programs to protect children online and treat the harm done. Meta said it would appeal.',
    claim: "Biedscheid's Aug. 6 judgment adds a $567 million abatement fund to the jury's penalties.",
  },
  {
    relation: 'restated',
    known:
      "The second phase of New Mexico's case against Meta opened May 4 in Santa Fe, with Judge Bryan Biedscheid hearing evidence without a jury on the state's public nuisance claim. The hearing is expected to run through May 22. In March, jurors found Meta violated the Unfair Practices Act and imposed $375 million in civil penalties.",
    claim:
      'Jurors had returned that verdict on March 24, finding Meta liable and setting civil penalties at $375 million.',
    note: "Trap: March 24 is the verdict's date, not a wrong date for the May 4 to May 22 bench phase.",
  },
  {
    relation: 'restated',
    known:
      "U.S. District Judge Margaret Strickland on Monday granted New Mexico's request to return its lawsuit against Meta to state court, ending federal case 1:23-cv-01115 in the District of New Mexico. Meta had removed the suit to federal court in December. The state says Meta misled the public about the dangers its platforms pose to children.",
    claim:
      'Back in state court, the case carries the number D-101-CV-2023-02838 in the First Judicial District Court in Santa Fe.',
    note: 'Trap: the state case number (a known fact) is not a wrong number for the federal docket 1:23-cv-01115.',
  },
  {
    relation: 'restated',
    known:
      "A New Mexico jury returned its verdict on Sept. 25 in the state's Cambridge Analytica privacy case against Meta, a separate suit from its child-safety case. That verdict comes weeks after a judge ordered Meta to pay $942 million in the child-safety case. Meta said it would challenge both outcomes.",
    claim:
      'In the child-safety case, Judge Bryan Biedscheid entered final judgment on Aug. 6, including a $567 million abatement fund.',
    note: "Trap: Sept. 25 is the privacy case's verdict; Aug. 6 is this case's judgment (a known fact).",
  },
  {
    relation: 'restated',
    known:
      "Attorney General Raúl Torrez's office said Tuesday that three men had been charged in Operation MetaPhile, an undercover sting in which agents posing as children on Facebook and Instagram were contacted by adults seeking sex. The arrests come as the office presses its separate lawsuit against Meta, filed in December, which accuses the company of enabling such predators. The criminal cases will be heard in state district court.",
    claim:
      "The lawsuit against Meta is a civil case under the state's Unfair Practices Act and public nuisance law.",
    note: 'Trap: the criminal charges belong to the sting; the case itself is civil (a known fact).',
  },
  {
    relation: 'restated',
    known:
      "“Meta put its profits ahead of children's safety, and today a New Mexico jury held it accountable,” Attorney General Raúl Torrez said after the verdict. Jurors found that the company violated the Unfair Practices Act and imposed $375 million in civil penalties. Meta said it would appeal.",
    claim:
      'Torrez said Meta had put profit before the safety of children and that the jury had now held the company to account.',
    note: 'Re-quoted with small changes.',
  },
  {
    relation: 'restated',
    known:
      'Meta Platforms was ordered Tuesday to pay $375 million after a Santa Fe jury found the company misled New Mexicans about child safety on its apps. “We respectfully disagree with the verdict and will appeal,” a Meta spokesperson said. The company has argued it invests heavily in teen safety tools.',
    claim: "Meta said it disagreed with the jury's decision and planned to appeal.",
  },
  {
    relation: 'restated',
    known:
      "Lawyers for New Mexico told jurors on Monday that Meta knew predators were using Instagram and Facebook to reach children and failed to warn parents. The state's case grew out of a 2023 undercover operation in which investigators created accounts posing as children under 14. Meta's lawyers will give their opening statement Tuesday.",
    claim:
      "Investigators built the state's case in 2023 by setting up fake profiles of children younger than 14.",
  },
  {
    relation: 'restated',
    known:
      'Judge Bryan Biedscheid ordered Meta on Thursday to pay $567 million into an abatement fund, on top of the $375 million in civil penalties a jury imposed in March. The judge also placed Meta under a five-year decree on accounts held by users under 18. Meta said it would appeal.',
    claim: 'All told, Meta has been ordered to pay New Mexico $942 million.',
    note: 'Trap: $942 million is the total (a known fact), not a wrong figure for the $567 million fund or the $375 million verdict.',
  },
  {
    relation: 'restated',
    known:
      "Judge Bryan Biedscheid's Aug. 6 judgment orders a $567 million abatement fund, bringing Meta's total to $942 million. Earlier, in an April 30 filing, Meta had suggested it could pull Facebook and Instagram out of New Mexico rather than comply with broad changes. The state called that a threat.",
    claim:
      'Meta had warned in a filing at the end of April that it might stop offering its apps in New Mexico.',
  },
  {
    relation: 'restated',
    known:
      "Jury selection began Monday, Feb. 2, in Santa Fe in the state's lawsuit against Meta, more than two years after Attorney General Raúl Torrez filed it. A state judge rejected Meta's bid to have the case dismissed in 2024. The trial is expected to last about seven weeks.",
    claim: "Judge Bryan Biedscheid denied Meta's motion to dismiss on May 30, 2024.",
    note: 'Trap: May 30, 2024 is the dismissal ruling, not the Feb. 2 start of the trial.',
  },
  {
    relation: 'restated',
    known:
      "Jurors found 75,000 violations of New Mexico's Unfair Practices Act and set the penalty at $5,000 for each, the maximum the statute allows. The verdict, returned March 24 in Santa Fe, totals $375 million. Meta said it would appeal.",
    claim: 'At $5,000 apiece for 75,000 violations, the penalties came to $375 million.',
  },
  // ── conflicting ──
  {
    relation: 'conflicting',
    known:
      "SANTA FE, N.M. (AP) — A New Mexico jury on Tuesday ordered Meta to pay $375 million in civil penalties for violating the state's Unfair Practices Act. Jurors deliberated for about a day after a trial of nearly seven weeks. Meta said it would appeal.",
    claim: 'The Santa Fe jury ordered Meta to pay $357 million in civil penalties.',
    note: 'Wrong amount for the same verdict.',
  },
  {
    relation: 'conflicting',
    known:
      'The lawsuit says investigators posed as users under 14 on Facebook and Instagram and were quickly contacted by adults. Attorney General Raúl Torrez filed the complaint Dec. 5 in Santa Fe. The suit seeks civil penalties and an order requiring Meta to change its practices.',
    claim: 'Investigators created decoy accounts for children 14 and under, according to the complaint.',
    note: 'Wrong age bound: under 14 versus 14 and under.',
  },
  {
    relation: 'conflicting',
    known:
      'Attorney General Raúl Torrez filed a lawsuit Tuesday accusing Meta of enabling child sexual exploitation on its platforms. The civil suit, brought under the Unfair Practices Act, seeks penalties and changes to how Meta protects young users. Meta disputed the allegations.',
    claim: 'The criminal complaint accuses Meta of knowingly facilitating the sexual exploitation of minors.',
    note: 'Criminal versus civil.',
  },
  {
    relation: 'conflicting',
    known:
      "New Mexico's lawsuit against Meta will proceed after a state judge rejected the company's bid to dismiss it. The ruling came May 30, 2024, in the First Judicial District Court in Santa Fe. The attorney general's office said the decision was a win for New Mexico families.",
    claim: "Judge Margaret Strickland denied Meta's motion to dismiss in May 2024.",
    note: 'Wrong judge: the federal judge who remanded, not Judge Biedscheid.',
  },
  {
    relation: 'conflicting',
    known:
      'The lawsuit was the result of a months-long investigation in which agents created accounts posing as children. Attorney General Raúl Torrez announced the suit on Dec. 6, a day after it was filed. Meta has said it uses technology to root out predators.',
    claim: 'Torrez filed the lawsuit against Meta on Dec. 15, 2023.',
    note: 'Wrong filing date.',
  },
  {
    relation: 'conflicting',
    known:
      "Jury selection began Monday, Feb. 2, in the state's lawsuit against Meta. The trial, in the First Judicial District Court in Santa Fe, is expected to last seven weeks. Judge Bryan Biedscheid is presiding.",
    claim: 'The trial is being held in U.S. District Court in Albuquerque before a federal jury.',
    note: 'Wrong court.',
  },
  {
    relation: 'conflicting',
    known:
      "Judge Bryan Biedscheid on Aug. 6 ordered Meta to pay $567 million into an abatement fund after hearing the state's public nuisance claim without a jury. The order comes on top of the jury's $375 million verdict in March. Meta said it would appeal.",
    claim: 'The jury also ordered Meta to pay $567 million into a fund to address the harm to children.',
    note: 'Wrong decider: the judge, not the jury, ordered the fund.',
  },
  {
    relation: 'conflicting',
    known:
      'A Santa Fe judge ordered Meta to pay $567 million to fund programs for New Mexico children harmed online. With the $375 million jury verdict, the total reaches $942 million. The final judgment was entered Aug. 6.',
    claim: "The judge's order requires Meta to pay $657 million into the abatement fund.",
    note: 'Wrong abatement amount.',
  },
  {
    relation: 'conflicting',
    known:
      "Meta was ordered to pay $375 million on Tuesday after a Santa Fe jury found it violated New Mexico's Unfair Practices Act. The state will now ask Judge Bryan Biedscheid to order further relief on its public nuisance claim in a second phase. Meta said it would appeal.",
    claim: "The judge's final judgment in August brought the total Meta owes to $924 million.",
    note: 'A later step, but with the wrong total ($942 million in the known facts).',
  },
  {
    relation: 'conflicting',
    known:
      'Jurors found Meta committed 75,000 violations of the Unfair Practices Act, each carrying a $5,000 penalty, for a total of $375 million. The verdict came March 24 after a trial in Santa Fe. Meta said it would appeal.',
    claim: "The jury counted 7,500 violations of the state's Unfair Practices Act.",
    note: 'Wrong number of violations.',
  },
  {
    relation: 'conflicting',
    known:
      'The $375 million penalty reflects 75,000 violations at $5,000 each, jurors decided. Attorney General Raúl Torrez called the result a turning point. Meta said it would appeal.',
    claim: 'Jurors assessed $50,000 for each violation they found.',
    note: 'Wrong penalty per violation.',
  },
  {
    relation: 'conflicting',
    known:
      "A New Mexico jury's verdict against Meta has drawn attention from attorneys general across the country. The jury found the company violated the Unfair Practices Act and imposed $375 million in civil penalties. Meta plans to appeal.",
    claim: 'The jury returned its verdict on March 14, 2026, after a seven-week trial.',
    note: 'Wrong verdict date (March 24 in the known facts).',
  },
  {
    relation: 'conflicting',
    known:
      "The bench phase of New Mexico's case against Meta ended May 22, with Judge Bryan Biedscheid promising a written decision on the state's request for an abatement fund. The state asked the judge to order Meta to pay for programs to repair harm to children. A jury had already imposed $375 million in penalties in March.",
    claim: 'Biedscheid entered final judgment on July 6, 2026, ordering a $567 million abatement fund.',
    note: 'A later step, but with the wrong date (Aug. 6 in the known facts).',
  },
  {
    relation: 'conflicting',
    known:
      "New Mexico's lawsuit against Meta accuses the company of exposing children to sexual exploitation. The complaint was filed Dec. 5, 2023, in Santa Fe by the state's attorney general. Meta has denied the allegations.",
    claim: 'Then-Attorney General Hector Balderas filed the lawsuit against Meta in 2023.',
    note: 'Wrong party: Attorney General Raúl Torrez filed it.',
  },
  {
    relation: 'conflicting',
    known:
      'The case, State of New Mexico v. Meta Platforms, Inc., is before Judge Bryan Biedscheid in the First Judicial District Court. The state says Meta misrepresented how safe its apps are for children. Trial is set for February 2026.',
    claim: 'The case is docketed as D-101-CV-2024-02838 in Santa Fe County.',
    note: 'Wrong case number.',
  },
  {
    relation: 'conflicting',
    known:
      "The judgment orders Meta to fund a $567 million abatement program and places the company under a five-year decree on accounts held by users under 18. The judge did not order changes to Meta's algorithms. Meta said it would appeal the Aug. 6 ruling.",
    claim: 'Meta will be under a three-year decree on how it handles accounts of users under 18.',
    note: 'Wrong length of the decree.',
  },
  {
    relation: 'conflicting',
    known:
      "Judge Bryan Biedscheid denied Meta's motion to dismiss on May 30, 2024, and dropped Mark Zuckerberg as an individual defendant. The state's claims against Meta Platforms, Instagram and Facebook Holdings will proceed. Attorney General Raúl Torrez said he would keep pressing the case.",
    claim: 'Zuckerberg remains a defendant in the case alongside Meta and Instagram.',
    note: 'Wrong party status: Zuckerberg was dropped.',
  },
  {
    relation: 'conflicting',
    known:
      "U.S. District Judge Margaret Strickland on Feb. 5 sent New Mexico's lawsuit against Meta back to state court. Meta had removed the case to federal court on Dec. 18. The lawsuit will now return to Santa Fe.",
    claim: 'U.S. District Judge James Browning ordered the case returned to state court in February.',
    note: 'Wrong judge for the remand.',
  },
  {
    relation: 'conflicting',
    known:
      "Meta moved New Mexico's lawsuit to federal court on Dec. 18, 2023, arguing it raises federal questions. The state filed the case Dec. 5 in Santa Fe. The attorney general's office said it would seek to return the case to state court.",
    claim: 'Meta removed the lawsuit to federal court on Dec. 8, 2023.',
    note: 'Wrong removal date.',
  },
  {
    relation: 'conflicting',
    known:
      'A jury in Santa Fe found on March 24 that Meta violated the Unfair Practices Act of New Mexico and fixed civil penalties of $375 million. The trial lasted almost seven weeks. Meta announced that it will appeal.',
    claim:
      'The judge of New Mexico condemned Meta to pay 375 million dollars for having deceived the families about the security of the minors.',
    note: 'Translated-sounding; wrong decider: the jury, not the judge, set the penalties.',
  },
  {
    relation: 'conflicting',
    known:
      "Meta's attempt to have New Mexico's lawsuit thrown out failed in state court, where Judge Bryan Biedscheid ruled that the case could go forward. The attorney general's office filed the suit in December 2023 after an undercover investigation. Meta had argued that federal law shields it from liability.",
    claim: "Biedscheid denied Meta's motion to dismiss on May 30, 2025.",
    note: 'Wrong year for the ruling (May 30, 2024 in the known facts).',
  },
  // ── updated ──
  {
    relation: 'updated',
    known:
      "Meta has asked a Santa Fe judge to dismiss New Mexico's lawsuit, arguing that Section 230 of the Communications Decency Act shields it from claims over content posted by users. The state filed the suit Dec. 5, 2023, and the case returned to state court in February after a brief stint in federal court. A hearing on the motion is expected this spring.",
    claim:
      "Judge Bryan Biedscheid denied Meta's motion to dismiss on May 30, 2024, allowing the state's case to proceed.",
    note: 'Motion pending, then denied.',
  },
  {
    relation: 'updated',
    known:
      "Attorney General Raúl Torrez announced Wednesday that his office had sued Meta over what it called the company's failure to protect children from predators. The complaint was filed Dec. 5 in the First Judicial District Court in Santa Fe. It also names CEO Mark Zuckerberg.",
    claim:
      'Meta on Dec. 18 moved the case out of state court and into U.S. District Court for the District of New Mexico.',
    note: 'Filing, then removal.',
  },
  {
    relation: 'updated',
    known:
      "Meta has moved New Mexico's child-safety lawsuit to federal court, filing a notice of removal on Dec. 18. The state filed the case on Dec. 5 in Santa Fe. The attorney general's office said it would fight the move.",
    claim: 'A federal judge sent the case back to state court on Feb. 5, 2024.',
    note: 'Removal, then remand.',
  },
  {
    relation: 'updated',
    known:
      "New Mexico's lawsuit against Meta is set to go to trial on Feb. 2, 2026, in Santa Fe, after Judge Bryan Biedscheid ruled on the company's last pretrial motions. The trial is expected to last about seven weeks. The state is seeking civil penalties under the Unfair Practices Act.",
    claim: "Jury selection got under way Monday in Santa Fe in the state's case against Meta.",
    note: 'Trial scheduled, then under way.',
  },
  {
    relation: 'updated',
    known:
      "The jury in New Mexico's case against Meta began deliberating Monday after closing arguments in which the state asked for penalties for each violation of the Unfair Practices Act. The trial began Feb. 2. Meta's lawyers urged jurors to find that the company had not misled anyone.",
    claim:
      'The jury found on March 24 that Meta violated the Unfair Practices Act and imposed $375 million in civil penalties.',
    note: 'Deliberations, then the verdict (a known fact, but later than the paragraph).',
  },
  {
    relation: 'updated',
    known:
      "A New Mexico jury on Tuesday ordered Meta to pay $375 million in civil penalties. A second phase, in which the judge will consider the state's public nuisance claim, is expected later this year. Meta said it would appeal.",
    claim:
      'Judge Bryan Biedscheid entered final judgment on Aug. 6, adding a $567 million abatement fund for a total of $942 million.',
    note: 'Verdict, then judgment.',
  },
  {
    relation: 'updated',
    known:
      "Judge Bryan Biedscheid heard a third week of testimony in the public nuisance phase of New Mexico's case against Meta, which opened May 4 without a jury. The state wants Meta to fund programs to address harm to children. In March, a jury imposed $375 million in penalties.",
    claim: 'Biedscheid ordered Meta to pay $567 million into an abatement fund in his Aug. 6 judgment.',
    note: 'Bench phase under way, then decided.',
  },
  {
    relation: 'updated',
    known:
      "Meta must pay New Mexico $942 million under a final judgment entered Aug. 6 by Judge Bryan Biedscheid. The figure includes the jury's $375 million in penalties and a $567 million abatement fund. Meta said it would appeal.",
    claim:
      'Meta filed its notice of appeal on Thursday, asking the New Mexico Court of Appeals to overturn the judgment.',
    note: 'Said it would appeal, then filed the appeal.',
  },
  {
    relation: 'updated',
    known:
      "The second phase of New Mexico's case against Meta is scheduled to begin May 4, with Judge Bryan Biedscheid deciding the public nuisance claim himself. The state will ask for an abatement fund. A jury in March found Meta liable and imposed $375 million in penalties.",
    claim: 'The bench phase wrapped up May 22 with closing arguments before Biedscheid.',
    note: 'Phase scheduled, then concluded.',
  },
  {
    relation: 'updated',
    known:
      "Meta has asked Judge Bryan Biedscheid to set aside the jury's $375 million verdict or grant a new trial, arguing that the penalties were excessive. The jury found on March 24 that Meta violated the Unfair Practices Act. The state opposes the motion.",
    claim: "Biedscheid rejected Meta's request to throw out the verdict or order a new trial.",
    note: 'Post-trial motion pending, then denied.',
  },
  {
    relation: 'updated',
    known:
      "The lawsuit names Meta Platforms, Instagram, Facebook Holdings and chief executive Mark Zuckerberg as defendants. It was filed Dec. 5 in Santa Fe by Attorney General Raúl Torrez. The state says Zuckerberg made decisions that put growth ahead of children's safety.",
    claim: 'In May 2024, the court dismissed Zuckerberg as an individual defendant, without prejudice.',
    note: 'Named as a defendant, then dropped.',
  },
  {
    relation: 'updated',
    known:
      "Opening statements began Monday, Feb. 9, in the trial of New Mexico's lawsuit against Meta in Santa Fe. The state's lawyers said Meta knew its platforms exposed children to predators. Meta's lawyers said the company had been open about the risks.",
    claim:
      "Closing arguments wrapped up Monday, and the jury began deliberating the state's claims against Meta.",
    note: 'Openings, then closings and deliberations.',
  },
  {
    relation: 'updated',
    known:
      "In a filing on April 30, Meta raised the possibility of withdrawing Facebook and Instagram from New Mexico if the court orders sweeping changes. The company made the argument ahead of the second phase of the case, in which the judge will weigh the state's public nuisance claim. A jury in March imposed $375 million in civil penalties.",
    claim: 'The public nuisance phase opened Monday, May 4, before Judge Bryan Biedscheid, without a jury.',
    note: 'Second phase pending, then under way.',
  },
  {
    relation: 'updated',
    known:
      "New Mexico's lawsuit against Meta is back in Santa Fe after a federal judge ruled this week that it belongs in state court. Meta had removed the case on Dec. 18, and the state amended its complaint on Jan. 9. Meta is expected to ask the state court to dismiss the case.",
    claim: "A Santa Fe judge refused on May 30, 2024, to dismiss the state's lawsuit against Meta.",
    note: 'Remand, then the dismissal ruling (a known fact, but later than the paragraph).',
  },
  {
    relation: 'updated',
    known:
      "Meta says it will appeal the $375 million verdict a New Mexico jury returned on March 24. The company called the trial unfair and said it had been kept from presenting key evidence. The state's public nuisance claim has yet to be tried.",
    claim:
      "The second phase of the trial began May 4, with Judge Bryan Biedscheid hearing the state's public nuisance claim.",
    note: 'Second phase yet to be tried, then begun.',
  },
  {
    relation: 'updated',
    known:
      'Attorney General Raúl Torrez filed suit against Meta on Dec. 5, 2023, after an undercover investigation in which agents posed as children on Facebook and Instagram. The decoy accounts received sexual images and solicitations from adults, the complaint says. Meta said it removes such content and reports offenders to law enforcement.',
    claim:
      'More than two years later, jurors in Santa Fe ordered Meta to pay $375 million in civil penalties.',
    note: 'Filing, then verdict (a known fact, but later than the paragraph).',
  },
];
