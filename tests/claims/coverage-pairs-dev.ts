// Labelled claim pairs in the style of real news coverage of State of New Mexico v. Meta Platforms, Inc.:
// the DEV split, which the claim diff may be looked at and tuned on (its twin, coverage-pairs-heldout.ts,
// is not tuned on). Each pair is a paragraph of earlier coverage (`known`) and one sentence of later
// coverage (`claim`); `relation` is what that sentence is relative to the paragraph AND the case's known
// facts (always present in the diff: the civil nature, the court and case number, the Dec. 5, 2023 filing,
// the May 30, 2024 denial of the motion to dismiss, the $375 million verdict of March 24, 2026, and the
// Aug. 6, 2026 judgment with its $567 million abatement fund, $942 million in all). A sentence stating a
// true case fact the paragraph lacks is `restated` against the known facts; `updated` pairs use later
// states that the known facts do not hold (remand, appeal filed, motions decided after the verdict, …).
// Notes that begin with "Trap:" mark sentences whose figures or dates belong to a different event from the
// paragraph's similar-looking ones: they must not be called conflicting. All text is written for this set.

export type CoverageRelation = 'new' | 'restated' | 'conflicting' | 'updated';

export interface CoveragePair {
  relation: CoverageRelation;
  known: string;
  claim: string;
  note?: string;
}

export const coveragePairsDev: CoveragePair[] = [
  // ───────────────────────────── new ─────────────────────────────
  {
    relation: 'new',
    known:
      "SANTA FE, N.M. (AP) — A New Mexico jury on Tuesday found that Meta Platforms violated the state's Unfair Practices Act and ordered the company to pay $375 million in civil penalties. Attorney General Raúl Torrez filed the lawsuit in December 2023 after an undercover investigation in which agents set up decoy accounts posing as children. Meta said it disagreed with the verdict and would appeal.",
    claim:
      'The verdict is separate from a federal lawsuit that more than 40 attorneys general filed against Meta in California on Oct. 24, 2023, accusing the company of designing features that harm young users’ mental health.',
    note: 'Trap: the multistate suit’s Oct. 24, 2023 filing is a different suit from the December 2023 filing.',
  },
  {
    relation: 'new',
    known:
      "Torrez's office sued Meta on Dec. 5, 2023, in state district court in Santa Fe, alleging that Facebook and Instagram steered minors toward sexual content and exposed them to predators. In May 2024, Judge Bryan Biedscheid refused to throw the case out.",
    claim:
      'The same office filed a separate lawsuit against Snap Inc. in the same Santa Fe court on Sept. 5, 2024, alleging that Snapchat’s design made it easy for predators to find children.',
    note: 'Trap: the Snap suit’s filing date, same court and same office, is another case.',
  },
  {
    relation: 'new',
    known:
      "In a ruling issued May 30, 2024, Judge Bryan Biedscheid rejected Meta's argument that Section 230 of the federal Communications Decency Act shielded it from the state's claims, allowing the case to move toward trial. The state had filed its complaint roughly six months earlier.",
    claim:
      'That same month, agents with the attorney general’s office arrested three men in an undercover sting dubbed Operation MetaPhile, accusing them of using Meta’s platforms to seek out children for sex.',
    note: 'Trap: Operation MetaPhile (May 2024, criminal) is a separate matter from the May 2024 ruling.',
  },
  {
    relation: 'new',
    known:
      "Jury selection in New Mexico's case against Meta began Feb. 2 in Santa Fe, with opening statements set for Feb. 9. The state is seeking civil penalties under the Unfair Practices Act for what it says were thousands of violations.",
    claim:
      'In Los Angeles, a separate jury trial brought by a plaintiff identified only by the initials K.G.M. against Meta and YouTube opened the same week, focusing on claims that the platforms were built to be addictive.',
    note: 'Trap: the K.G.M. trial in Los Angeles is a look-alike case opening the same week.',
  },
  {
    relation: 'new',
    known:
      "The Santa Fe jury's March 24 verdict found Meta liable for 75,000 violations of the Unfair Practices Act, at $5,000 apiece, for a total of $375 million. In August, Judge Bryan Biedscheid added a $567 million abatement fund.",
    claim:
      'On Sept. 25, 2026, a different New Mexico jury returned a verdict against Meta in the state’s separate privacy lawsuit stemming from the Cambridge Analytica data scandal.',
    note: 'Trap: the Cambridge Analytica verdict (Sept. 25) is another case’s verdict, not a new date for this one.',
  },
  {
    relation: 'new',
    known:
      'Meta must pay $375 million after a jury in Santa Fe found the company misled New Mexico residents about the safety of its platforms for children, according to the verdict announced March 24. The lawsuit was filed Dec. 5, 2023.',
    claim:
      'During the seven-week trial, which opened with statements from both sides on Feb. 9, jurors heard from former Meta employees, child-safety experts and the undercover agents who ran the decoy accounts.',
    note: 'Trap: the Feb. 9 opening date is neither the filing nor the verdict date.',
  },
  {
    relation: 'new',
    known:
      'The state of New Mexico filed its complaint against Meta Platforms on Dec. 5, 2023, and Attorney General Raúl Torrez announced it at a news conference the next day. The suit names Meta, Instagram and Facebook Holdings as defendants, along with chief executive Mark Zuckerberg.',
    claim:
      'On Dec. 18, 2023, Meta’s lawyers moved the case from state court to the U.S. District Court for the District of New Mexico.',
    note: 'Trap: Dec. 18, 2023 is the removal to federal court, not a different filing date.',
  },
  {
    relation: 'new',
    known:
      "After a trial that began in early February, jurors on March 24 ordered Meta to pay $375 million for violating New Mexico's Unfair Practices Act. Meta said it would appeal.",
    claim:
      'In a court filing at the end of April, Meta raised the possibility that it could withdraw Facebook and Instagram from New Mexico altogether if the judge imposed the changes the state was seeking.',
    note: 'Trap: the late-April filing is a different event from the March verdict.',
  },
  {
    relation: 'new',
    known:
      'The jury phase of the trial ran from Feb. 2 to March 24, ending with a $375 million verdict against Meta. Jurors found the company had engaged in unfair and unconscionable trade practices.',
    claim:
      'A second phase, heard by Judge Bryan Biedscheid without a jury from May 4 to May 22, dealt with the state’s public nuisance claim and what Meta should pay to remedy it.',
    note: 'Trap: the bench phase’s May dates are not the jury phase’s dates.',
  },
  {
    relation: 'new',
    known:
      "New Mexico's attorney general's office filed its lawsuit against Meta on Dec. 5, 2023, and filed an amended complaint on Jan. 9, 2024, while the case was briefly in federal court. Meta had removed the case on Dec. 18, 2023, and it was returned to Santa Fe in February 2024.",
    claim:
      'The attorney general’s office renamed itself the New Mexico Department of Justice in January 2024, a month after the suit was filed.',
    note: 'Trap: the January 2024 renaming is not the Jan. 9, 2024 amended complaint.',
  },
  {
    relation: 'new',
    known:
      'The case, State of New Mexico v. Meta Platforms Inc., No. D-101-CV-2023-02838, was tried in the First Judicial District Court in Santa Fe before Judge Bryan Biedscheid. The jury returned its verdict March 24.',
    claim:
      'During its brief stay in federal court, the case carried the number 1:23-cv-01115 before U.S. District Judge Margaret Strickland sent it back to Santa Fe in February 2024.',
    note: 'Trap: the federal docket number and the remand are not in the paragraph; a different number, not a wrong one.',
  },
  {
    relation: 'new',
    known:
      "Judge Bryan Biedscheid's Aug. 6 judgment ordered Meta to pay $567 million into an abatement fund, on top of the jury's $375 million in penalties. Meta said it would appeal.",
    claim:
      'Also in August 2026, Meta settled the multistate lawsuit brought by dozens of attorneys general in federal court in California, a case to which New Mexico was not a party.',
    note: 'Trap: the multistate settlement in August 2026 is not this case’s August judgment.',
  },
  {
    relation: 'new',
    known:
      'ALBUQUERQUE, N.M. (KRQE) – A judge has ordered Meta to pay $567 million to address the harm its apps caused New Mexico children, bringing the total the company owes the state to $942 million. The jury had already imposed $375 million in March.',
    claim:
      'The judgment also imposes a five-year decree governing how Meta handles accounts belonging to users under 18 in New Mexico.',
    note: 'Trap: the five-year decree on under-18 accounts is a provision not stated before; its figures are not the fund’s.',
  },
  {
    relation: 'new',
    known:
      'A former Meta engineer was the first witness called by the state on Feb. 10, one day after opening statements. The trial is expected to last about seven weeks.',
    claim:
      'The engineer testified that he had warned senior executives in 2021 that Instagram’s recommendation system was connecting adult strangers with minors.',
    note: 'Trap: the 2021 warning is a different event from the 2026 testimony dates.',
  },
  {
    relation: 'new',
    known:
      'Jurors deliberated after a trial lasting nearly two months, and on March 24 ordered Meta to pay $375 million in civil penalties. Torrez called the verdict a historic win for New Mexico families.',
    claim:
      'A Meta spokesperson said the company has removed more than 100,000 accounts linked to child exploitation over the past year and works closely with law enforcement.',
    note: 'Trap: a company statistic sharing words (accounts, Meta) with the verdict paragraph.',
  },
  {
    relation: 'new',
    known:
      'The $375 million in civil penalties will go to the state, Torrez said after the jury announced its decision in Santa Fe on March 24. Jurors found 75,000 violations of the Unfair Practices Act.',
    claim:
      'Torrez told reporters outside the courthouse that he intends to push legislators to require age verification on social media apps.',
  },
  {
    relation: 'new',
    known:
      'Closing arguments in the Santa Fe trial took most of the day, with the state asking jurors to hold Meta accountable for what it called years of deception about child safety. The jury returned a $375 million verdict.',
    claim:
      'Meta’s lead trial lawyer told jurors the state had cherry-picked internal documents and ignored the billions of dollars the company has spent on safety and security.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — The verdict against Meta in Santa Fe on March 24 is the first of its kind, the attorney general said. Meta has said it will appeal.',
    claim:
      'A University of New Mexico law professor said the size of the award could encourage other states to bring similar consumer-protection cases against technology companies.',
  },
  {
    relation: 'new',
    known:
      "NEW YORK (Reuters) - Meta Platforms was ordered on Tuesday by a New Mexico jury to pay $375 million in civil penalties for violating the state's consumer protection law. The company said it would appeal.",
    claim: 'Meta shares closed down 1.2% in New York trading on the day of the verdict.',
  },
  {
    relation: 'new',
    known:
      "The state's lawsuit grew out of an undercover investigation in 2023 in which agents created decoy accounts posing as children on Facebook and Instagram. The complaint was filed in Santa Fe that December.",
    claim:
      'According to the lawyers of the state, one of the false profiles, presented as a girl of 13 years, received messages of sexual content from adults within hours of its creation.',
    note: 'Translated-sounding detail of the investigation that the paragraph lacks.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — Attorney General Raúl Torrez today announced that a Santa Fe jury found Meta liable under the Unfair Practices Act and imposed $375 million in civil penalties. “This is a victory for every parent in New Mexico,” Torrez said.',
    claim:
      'The Department of Justice has opened an online portal where parents can report concerns about children’s safety on social media platforms.',
  },
  {
    relation: 'new',
    known:
      'The Santa Fe jury began deliberating on a Monday afternoon after closing arguments and returned its verdict the next day. It found Meta violated the Unfair Practices Act.',
    claim:
      'The jury of eight women and four men was drawn from a pool of more than 150 Santa Fe County residents.',
    note: 'Jury composition and pool size: new counts, no counterpart.',
  },

  // ───────────────────────────── restated ─────────────────────────────
  {
    relation: 'restated',
    known:
      "SANTA FE, N.M. (AP) — A jury in Santa Fe on Tuesday ordered Meta to pay $375 million in civil penalties after finding the company violated New Mexico's Unfair Practices Act by misleading users about child safety on Facebook and Instagram. The lawsuit, filed in 2023, accused Meta of letting its platforms become a marketplace for predators.",
    claim:
      'Jurors in Santa Fe decided Meta broke the state’s Unfair Practices Act and must pay $375 million in civil penalties, KRQE News 13 has learned.',
  },
  {
    relation: 'restated',
    known:
      'A jury in New Mexico found on March 24 that Meta violated the Unfair Practices Act and imposed $375 million in civil penalties. The company said it would appeal the decision.',
    claim:
      'The jury of Santa Fe determined that the company Meta violated the Law of Unfair Practices of New Mexico and must pay 375 million dollars in civil penalties.',
    note: 'Translated-sounding restatement of the verdict.',
  },
  {
    relation: 'restated',
    known:
      'Judge Bryan Biedscheid on Aug. 6 ordered Meta to put $567 million into a fund to address the harms its platforms caused New Mexico children. Combined with the $375 million in civil penalties a jury imposed in March, Meta now faces $942 million. The company said it would appeal.',
    claim:
      'All told, the social media giant owes New Mexico $942 million: $375 million from the jury in March and $567 million from the judge’s abatement order in August.',
    note: 'Trap: total, verdict and fund figures all restated; none contradicts another.',
  },
  {
    relation: 'restated',
    known:
      'Meta asked the court to dismiss the case, arguing that federal law shields platforms from liability for content posted by users. Judge Bryan Biedscheid rejected that argument on May 30, 2024, clearing the way for trial.',
    claim:
      'Attorney General Raúl Torrez filed the lawsuit against Meta on Dec. 5, 2023, in state district court in Santa Fe.',
    note: 'Trap: the 2023 filing (a known fact) against a paragraph about the 2024 ruling.',
  },
  {
    relation: 'restated',
    known:
      "SANTA FE — The final judgment in New Mexico's case against Meta, entered Aug. 6, 2026, comes more than four months after a jury found the company liable. Judge Bryan Biedscheid ordered a $567 million abatement fund.",
    claim:
      'It was on March 24 that the jury returned its verdict finding Meta violated the Unfair Practices Act and assessing $375 million in penalties.',
    note: 'Trap: the March 24 verdict (a known fact) against a paragraph dated Aug. 6.',
  },
  {
    relation: 'restated',
    known:
      '“This verdict sends a message to every tech company that children’s safety is not optional,” Torrez said after the jury’s decision on March 24. Meta said it would appeal.',
    claim:
      'The attorney general said the outcome “sends a message to every tech company that children’s safety is not optional.”',
  },
  {
    relation: 'restated',
    known:
      'A Meta spokesperson said the company respectfully disagrees with the verdict and will appeal. The jury on March 24 found Meta liable and set penalties at $375 million.',
    claim: 'Meta has said it plans to appeal the jury’s decision.',
  },
  {
    relation: 'restated',
    known:
      "Although Torrez's office also prosecutes crimes, the lawsuit against Meta is a civil action brought under the Unfair Practices Act and the state's public nuisance law. The state filed it Dec. 5, 2023.",
    claim:
      'The case against Meta is civil, not criminal, and was brought under New Mexico’s Unfair Practices Act and its public nuisance law.',
  },
  {
    relation: 'restated',
    known:
      "New Mexico's suit is separate from the case filed Oct. 24, 2023, by a coalition of more than 40 attorneys general in federal court in California, which New Mexico did not join. Torrez filed his own suit six weeks later, on Dec. 5, 2023, in Santa Fe.",
    claim:
      'New Mexico did not join the multistate lawsuit that attorneys general filed against Meta in federal court in California on Oct. 24, 2023.',
    note: 'Trap: the multistate filing date restated; this case’s Dec. 5 date is another event.',
  },
  {
    relation: 'restated',
    known:
      'The jury concluded that Meta committed 75,000 violations of the Unfair Practices Act and assessed the maximum $5,000 penalty for each, for a total of $375 million. The state filed the case in December 2023.',
    claim: 'Jurors counted 75,000 separate violations and imposed $5,000 for each one.',
    note: 'Trap: count and per-violation amount restated; neither is the $375 million total.',
  },
  {
    relation: 'restated',
    known:
      "Judge Bryan Biedscheid on Aug. 6 ordered Meta to pay $567 million into an abatement fund, bringing the company's total liability in the case to $942 million. The judge declined to appoint a monitor.",
    claim:
      'The judge Biedscheid ordered to Meta the creation of a fund of abatement of 567 million dollars, which elevates the total to 942 million.',
    note: 'Translated-sounding restatement of the judgment.',
  },
  {
    relation: 'restated',
    known:
      'Opening statements began Feb. 9 in Santa Fe in the first trial of a state lawsuit accusing Meta of endangering children. The trial is expected to last about seven weeks.',
    claim:
      'Judge Bryan Biedscheid, who is presiding, denied Meta’s motion to dismiss the case on May 30, 2024.',
    note: 'Trap: the 2024 ruling (a known fact) against a paragraph about the 2026 trial.',
  },
  {
    relation: 'restated',
    known:
      'The lawsuit was filed in Santa Fe and is being heard by Judge Bryan Biedscheid. A jury of 12 will decide the first phase.',
    claim:
      'The case, No. D-101-CV-2023-02838, is before the First Judicial District Court in Santa Fe County.',
    note: 'Court and case number restated against the known facts.',
  },
  {
    relation: 'restated',
    known:
      "Biedscheid in May 2024 dismissed Meta chief executive Mark Zuckerberg as an individual defendant, without prejudice, while keeping the company in the case. The judge also rejected Meta's Section 230 defense.",
    claim:
      'Zuckerberg himself was dropped from the suit in May 2024, though the dismissal was without prejudice.',
  },
  {
    relation: 'restated',
    known:
      'Meta moved the case to federal court on Dec. 18, 2023, less than two weeks after it was filed. U.S. District Judge Margaret Strickland sent it back to state court on Feb. 5, 2024.',
    claim:
      'A federal judge, Margaret Strickland, returned the case to state district court in Santa Fe on Feb. 5, 2024.',
    note: 'Trap: the remand date restated; the removal date in the paragraph is another event.',
  },
  {
    relation: 'restated',
    known:
      "Besides the $567 million abatement fund, the Aug. 6 judgment imposes a five-year decree covering accounts of users under 18. It stops short of ordering changes to Meta's algorithms and does not appoint a monitor.",
    claim: 'The judgment’s decree, which applies to accounts of users under 18, will last five years.',
    note: 'Trap: five years and under 18 restated; not to be set against the $567 million or Aug. 6.',
  },
  {
    relation: 'restated',
    known:
      'The New Mexico trial opened with statements on Feb. 9, the same week a Los Angeles jury began hearing K.G.M. v. Meta, a case brought by a young plaintiff who says social media apps are addictive. The Santa Fe case centers on child sexual exploitation rather than addiction.',
    claim: 'Lawyers for New Mexico and Meta delivered opening statements in the Santa Fe trial on Feb. 9.',
    note: 'Trap: restates the Santa Fe opening date beside a look-alike trial in the paragraph.',
  },
  {
    relation: 'restated',
    known:
      "The nuisance phase, tried before the judge alone, ran from May 4 through May 22. Meta's lawyers argued the state had not shown its platforms caused a public nuisance.",
    claim:
      'Biedscheid heard the public nuisance portion of the case without a jury over three weeks in May, from May 4 to May 22.',
  },
  {
    relation: 'restated',
    known:
      'In an April 30 filing, Meta said it could be forced to consider pulling its apps out of New Mexico if the court ordered sweeping changes. The state called the warning a threat.',
    claim: 'Meta warned in an April 30 court filing that it might withdraw its apps from New Mexico.',
  },
  {
    relation: 'restated',
    known:
      'A jury found Meta liable on March 24 and assessed $375 million in penalties; on Aug. 6, Judge Bryan Biedscheid ordered an additional $567 million. Meta said it would appeal both decisions.',
    claim: 'The judge’s order, issued Aug. 6, requires Meta to pay $567 million into an abatement fund.',
    note: 'Trap: the Aug. 6 order restated; the March 24 figure in the paragraph is the verdict.',
  },
  {
    relation: 'restated',
    known:
      'A Santa Fe jury found on March 24 that Meta violated the Unfair Practices Act and ordered it to pay $375 million in civil penalties. Meta said it would appeal.',
    claim:
      'Un jurado de Santa Fe determinó que Meta violó la Ley de Prácticas Desleales de Nuevo México y le impuso 375 millones de dólares en sanciones civiles.',
    note: 'Spanish-language restatement of the verdict.',
  },

  // ───────────────────────────── conflicting ─────────────────────────────
  {
    relation: 'conflicting',
    known:
      'SANTA FE, N.M. (AP) — A jury on March 24 found Meta violated the Unfair Practices Act and ordered the company to pay $375 million in civil penalties. The state sued in December 2023.',
    claim:
      'A Santa Fe jury ordered Meta to pay $357 million in civil penalties on March 24 for violating the Unfair Practices Act.',
    note: '$357 million vs $375 million for the same verdict.',
  },
  {
    relation: 'conflicting',
    known:
      'Jurors found on March 24 that Meta had violated the Unfair Practices Act, imposing $375 million in penalties. The lawsuit was filed Dec. 5, 2023.',
    claim:
      'On March 14, jurors in Santa Fe found that Meta violated the Unfair Practices Act and imposed $375 million in civil penalties.',
    note: 'March 14 vs March 24 for the same verdict.',
  },
  {
    relation: 'conflicting',
    known:
      "The lawsuit, a civil action under New Mexico's Unfair Practices Act, ended in a $375 million jury verdict on March 24. Meta said it would appeal.",
    claim:
      'Prosecutors in New Mexico won a criminal conviction against Meta on March 24, with jurors finding the company guilty of endangering children.',
    note: 'Criminal conviction vs a civil action.',
  },
  {
    relation: 'conflicting',
    known:
      'Judge Bryan Biedscheid presided over the seven-week trial in Santa Fe. A federal judge, Margaret Strickland, had sent the case back to state court in 2024.',
    claim:
      'U.S. District Judge Margaret Strickland presided over the trial, which ended with a $375 million verdict against Meta.',
    note: 'Wrong judge presiding over the trial.',
  },
  {
    relation: 'conflicting',
    known:
      "Judge Bryan Biedscheid on Aug. 6 ordered a $567 million abatement fund, bringing the total Meta owes to $942 million with the jury's penalties. The jury had imposed $375 million in civil penalties on March 24.",
    claim: 'Judge Biedscheid ordered Meta to pay $942 million into an abatement fund on Aug. 6.',
    note: 'The fund is $567 million; $942 million is the total, not the fund.',
  },
  {
    relation: 'conflicting',
    known:
      "The final judgment came Aug. 6, more than four months after the jury's March 24 verdict. It ordered a $567 million abatement fund.",
    claim:
      'The final judgment, entered Aug. 16, ordered Meta to pay $567 million into a fund to abate the harm to New Mexico children.',
    note: 'Aug. 16 vs Aug. 6 for the same judgment.',
  },
  {
    relation: 'conflicting',
    known:
      'Torrez sued Meta in December 2023 following an undercover investigation. The case went to trial in February 2026 and ended with a $375 million verdict on March 24.',
    claim: 'Torrez filed the lawsuit in December 2022, after a months-long undercover investigation.',
    note: 'Filed December 2022 vs December 2023.',
  },
  {
    relation: 'conflicting',
    known:
      "Judge Bryan Biedscheid denied Meta's motion to dismiss on May 30, 2024, finding that Section 230 did not bar the state's claims. Trial was later set for February 2026.",
    claim:
      'In May of 2024 the judge Biedscheid accepted the motion of Meta to dismiss the demand, according to the court documents.',
    note: 'Translated-sounding: motion granted vs denied.',
  },
  {
    relation: 'conflicting',
    known:
      'According to the complaint, investigators created decoy accounts posing as children 14 and under and documented the sexual solicitations they received. The state filed the complaint on Dec. 5, 2023.',
    claim: 'According to the complaint, investigators set up decoy accounts posing as children under 14.',
    note: 'Age bound: under 14 vs 14 and under.',
  },
  {
    relation: 'conflicting',
    known:
      'The jury found that Meta committed 75,000 violations of the Unfair Practices Act and imposed $5,000 for each, or $375 million. Meta said it would appeal.',
    claim: 'Jurors found 57,000 violations of the Unfair Practices Act, according to the verdict form.',
    note: '57,000 vs 75,000 violations.',
  },
  {
    relation: 'conflicting',
    known:
      'Jurors found 75,000 violations and imposed the maximum penalty of $5,000 per violation, for a total of $375 million. The verdict came on March 24.',
    claim: 'The jury imposed a penalty of $50,000 for each of the 75,000 violations it found.',
    note: '$50,000 vs $5,000 per violation.',
  },
  {
    relation: 'conflicting',
    known:
      'The Aug. 6 judgment includes a five-year decree governing accounts of users under 18, along with the $567 million fund. It does not order changes to Meta’s algorithms.',
    claim:
      'The decree governing accounts of users under 18 will remain in force for 10 years, the judgment says.',
    note: 'Decree of 10 years vs five years.',
  },
  {
    relation: 'conflicting',
    known:
      "Biedscheid's judgment imposes a five-year decree on Meta's handling of accounts of users under 18, and a $567 million abatement fund. The judge did not appoint a court monitor.",
    claim: 'The judgment also imposes a five-year decree covering accounts of users under 16.',
    note: 'Decree covers under-16 vs under-18 accounts.',
  },
  {
    relation: 'conflicting',
    known:
      'Judge Bryan Biedscheid, who decided the public nuisance phase without a jury, ordered Meta on Aug. 6 to pay $567 million into an abatement fund. The jury had decided only the Unfair Practices Act claims.',
    claim: 'Jurors ordered Meta to pay $567 million into an abatement fund to remedy the public nuisance.',
    note: 'The jury vs the judge ordering the abatement fund.',
  },
  {
    relation: 'conflicting',
    known:
      'The case was tried in the First Judicial District Court in Santa Fe, a state court, after a brief detour through federal court. The jury returned its verdict March 24.',
    claim:
      'The case was tried in federal court in Albuquerque, where a jury returned the $375 million verdict.',
    note: 'Federal court in Albuquerque vs the state court in Santa Fe.',
  },
  {
    relation: 'conflicting',
    known:
      'A former Meta safety researcher testified on Feb. 17 that executives ignored internal warnings about predators contacting minors. The state rested its case in early March.',
    claim:
      'On Feb. 27, a former Meta safety researcher told jurors that executives had ignored internal warnings about predators contacting minors.',
    note: 'Feb. 27 vs Feb. 17 for the same testimony.',
  },
  {
    relation: 'conflicting',
    known:
      'Meta removed the case to federal court on Dec. 18, 2023. U.S. District Judge Margaret Strickland remanded it to state court on Feb. 5, 2024.',
    claim:
      'The case returned to state court on April 5, 2024, when a federal judge granted the state’s motion to remand.',
    note: 'Remand on April 5 vs Feb. 5, 2024.',
  },
  {
    relation: 'conflicting',
    known:
      'Biedscheid dismissed Mark Zuckerberg from the case in May 2024, finding the state had not shown grounds to sue him personally. Meta itself remained a defendant.',
    claim: 'In May 2024, the judge ruled that Zuckerberg would remain a defendant in his personal capacity.',
    note: 'Zuckerberg kept vs dismissed in the same May 2024 ruling.',
  },
  {
    relation: 'conflicting',
    known:
      'The multistate suit was filed Oct. 24, 2023, in federal court in California. New Mexico was not a party to that case and filed its own.',
    claim:
      'New Mexico was among the states that filed the multistate suit against Meta in federal court in California in October 2023.',
    note: 'New Mexico a party vs not a party to the multistate suit.',
  },
  {
    relation: 'conflicting',
    known:
      "With the Aug. 6 judgment's $567 million abatement fund, Meta's total bill in the case comes to $942 million. The company said it would appeal.",
    claim: 'The judgment brings Meta’s total liability in the New Mexico case to $924 million.',
    note: '$924 million vs $942 million total.',
  },
  {
    relation: 'conflicting',
    known:
      'The jury announced its verdict against Meta on March 24 after a trial that began Feb. 2. It imposed $375 million in civil penalties.',
    claim: 'The jury returned its $375 million verdict against Meta on March 24, 2025.',
    note: 'Verdict year 2025 vs 2026.',
  },

  // ───────────────────────────── updated ─────────────────────────────
  {
    relation: 'updated',
    known:
      "Meta on Dec. 18, 2023, removed New Mexico's lawsuit to federal court, arguing that the claims raise federal questions. The state has asked the federal court to send the case back to Santa Fe.",
    claim:
      'U.S. District Judge Margaret Strickland on Feb. 5, 2024, sent the case back to state court in Santa Fe, rejecting Meta’s bid to keep it in federal court.',
    note: 'Removal and pending remand request → remanded.',
  },
  {
    relation: 'updated',
    known:
      'The lawsuit names Meta Platforms, Instagram, Facebook Holdings and chief executive Mark Zuckerberg as defendants. It was filed Dec. 5, 2023.',
    claim:
      'Zuckerberg was dismissed as an individual defendant in May 2024, leaving Meta and its subsidiaries to face the claims.',
    note: 'Zuckerberg a defendant → dismissed.',
  },
  {
    relation: 'updated',
    known:
      "New Mexico's case against Meta is scheduled to go to trial in Santa Fe on Feb. 2, with jury selection expected to take several days. The state filed the suit in December 2023 after an undercover investigation.",
    claim:
      'After a week of jury selection, lawyers for the state and Meta delivered opening statements on Feb. 9 in the Santa Fe courtroom.',
    note: 'Trial scheduled → under way with openings.',
  },
  {
    relation: 'updated',
    known:
      "After Judge Bryan Biedscheid entered the final judgment on Aug. 6, ordering a $567 million abatement fund, a Meta spokesperson said the company would appeal. The judgment brought the total Meta owes to $942 million, including the jury's $375 million in penalties.",
    claim:
      'Meta filed a notice of appeal with the New Mexico Court of Appeals on Sept. 3, 2026, challenging both the jury verdict and the judge’s abatement order.',
    note: 'Said it would appeal → appeal filed.',
  },
  {
    relation: 'updated',
    known:
      'Meta asked Judge Bryan Biedscheid in April to set aside the $375 million verdict and order a new trial, arguing that jurors were shown misleading evidence. The state opposes the motion.',
    claim: 'Biedscheid denied Meta’s motion for a new trial, leaving the $375 million jury verdict in place.',
    note: 'Motion for a new trial pending → denied.',
  },
  {
    relation: 'updated',
    known:
      'A second phase of the case, on the public nuisance claim, will be heard by Judge Bryan Biedscheid without a jury starting May 4. The state wants Meta to fund programs to address the harm to children.',
    claim:
      'The bench phase wrapped up May 22 with closing arguments, and Biedscheid said he would issue a written decision later.',
    note: 'Phase scheduled → concluded.',
  },
  {
    relation: 'updated',
    known:
      'In the nuisance phase, the state asked Judge Bryan Biedscheid to appoint an independent monitor to oversee Meta’s compliance for years to come. Meta called the request an overreach.',
    claim:
      'In his Aug. 6 judgment, Biedscheid declined to appoint the independent monitor the state had sought.',
    note: 'Monitor requested → declined.',
  },
  {
    relation: 'updated',
    known:
      "New Mexico's separate privacy lawsuit against Meta, stemming from the Cambridge Analytica scandal, is set to go before a jury in September 2026. In the child-safety case, a Santa Fe jury ordered Meta to pay $375 million on March 24.",
    claim:
      'A jury in the Cambridge Analytica privacy case returned its verdict against Meta on Sept. 25, 2026.',
    note: 'That look-alike case: trial set → verdict returned.',
  },
  {
    relation: 'updated',
    known:
      "Meta has asked Judge Bryan Biedscheid to put the $942 million judgment on hold while it appeals. The state's lawyers oppose any delay in payment.",
    claim:
      'Biedscheid granted Meta’s request to pause collection of the judgment pending appeal, provided the company posts a bond.',
    note: 'Stay request pending → granted.',
  },
  {
    relation: 'updated',
    known:
      'A Meta spokesperson said Thursday the company was reviewing the Aug. 6 judgment and weighing its options. The judge ordered a $567 million abatement fund.',
    claim: 'Meta said Friday that it will appeal the judgment.',
    note: 'Reviewing its options → will appeal.',
  },
  {
    relation: 'updated',
    known:
      "Jury selection began Monday, Feb. 2, in Santa Fe in New Mexico's case against Meta, with dozens of prospective jurors questioned about their use of social media. The trial is expected to last about seven weeks.",
    claim:
      'A jury of 12 and four alternates was seated on Feb. 5, and opening statements are set for Monday.',
    note: 'Jury selection under way → jury seated.',
  },
  {
    relation: 'updated',
    known:
      'The state asked Judge Bryan Biedscheid to order Meta to change the recommendation algorithms that, it says, connect predators with children. A decision is expected after the nuisance phase ends May 22.',
    claim:
      'The Aug. 6 judgment did not order any changes to Meta’s algorithms, a setback for the state on that request.',
    note: 'Algorithm changes requested → not ordered.',
  },
  {
    relation: 'updated',
    known:
      'Closing arguments in the Santa Fe trial are scheduled for Monday, after six weeks of testimony. Meta faces potential penalties of up to $5,000 per violation.',
    claim: 'Jurors began deliberating Monday afternoon after both sides delivered their closing arguments.',
    note: 'Closings scheduled → delivered, deliberations begun.',
  },
  {
    relation: 'updated',
    known:
      'The multistate lawsuit filed Oct. 24, 2023, by dozens of attorneys general against Meta in federal court in California remains pending, with settlement talks reported this summer. New Mexico, which was not part of that suit, won a $375 million verdict against Meta in March.',
    claim:
      'Meta settled the multistate lawsuit in August 2026, ending the case brought by dozens of attorneys general.',
    note: 'That look-alike case: pending → settled.',
  },
  {
    relation: 'updated',
    known:
      'A Meta spokesperson said the company would fight the lawsuit and was weighing whether to move it to federal court. The state filed the complaint in Santa Fe on Dec. 5, 2023.',
    claim:
      'Meta removed the case to the U.S. District Court for the District of New Mexico on Dec. 18, 2023.',
    note: 'Weighing a move to federal court → removed.',
  },
  {
    relation: 'updated',
    known:
      'New Mexico has filed a motion asking the federal court in Albuquerque to remand its case against Meta to state court, where it was filed Dec. 5, 2023. Meta removed the case on Dec. 18, 2023, saying it raised federal questions.',
    claim:
      'The federal court granted New Mexico’s motion to remand, returning the case to Santa Fe in February 2024.',
    note: 'Remand motion pending → granted.',
  },
];
