// Labelled claim pairs in the style of real news coverage of State of New Mexico v. Meta Platforms, Inc.:
// the HELD-OUT split. Nobody tunes the claim diff on these; they only measure it. Same conventions as
// coverage-pairs-dev.ts (relation against the paragraph AND the case's known facts; "Trap:" notes mark
// figures or dates of a different event that must not be called conflicting). All text is written for
// this set.
import type { CoveragePair } from './coverage-pairs-dev.ts';

export const coveragePairsHeldout: CoveragePair[] = [
  // ───────────────────────────── new ─────────────────────────────
  {
    relation: 'new',
    known:
      "Meta Platforms will have to pay New Mexico $942 million in all after Judge Bryan Biedscheid on Aug. 6 ordered a $567 million abatement fund on top of the jury's $375 million verdict. Meta said it would appeal both.",
    claim:
      'Separately, Meta resolved the youth mental health lawsuit that a coalition of attorneys general had filed against it in federal court in California in October 2023.',
    note: 'Trap: the multistate suit’s resolution and October 2023 filing are another case’s.',
  },
  {
    relation: 'new',
    known:
      "The case, No. D-101-CV-2023-02838, was filed by the state on Dec. 5, 2023, and assigned to Judge Bryan Biedscheid in Santa Fe's First Judicial District Court. Meta's motion to dismiss was denied on May 30, 2024.",
    claim:
      'Torrez’s lawsuit against Snap Inc., No. D-101-CV-2024-02131, is pending before the same court and accuses Snapchat of exposing children to sextortion schemes.',
    note: 'Trap: the Snap case number is another case’s number, not a wrong one for this case.',
  },
  {
    relation: 'new',
    known:
      "In May 2024, Judge Bryan Biedscheid dismissed Mark Zuckerberg as a defendant but allowed the state's claims against Meta to proceed. The company had argued that federal law barred the suit.",
    claim:
      'The same month, the attorney general’s office announced that three men had been charged in Operation MetaPhile, a criminal sting in which agents posed as children on Meta’s platforms.',
    note: 'Trap: Operation MetaPhile’s May 2024 charges are a separate criminal matter.',
  },
  {
    relation: 'new',
    known:
      'Jury selection in the Meta trial started Feb. 2 in Santa Fe, and the trial is expected to run into late March. The state is seeking penalties under the Unfair Practices Act.',
    claim:
      'A Los Angeles jury began hearing a separate case, K.G.M. v. Meta and YouTube, the same week the Santa Fe trial began, over claims that social media apps are designed to hook young users.',
    note: 'Trap: the K.G.M. trial in Los Angeles opening the same week is another case.',
  },
  {
    relation: 'new',
    known:
      'The state filed its lawsuit on Dec. 5, 2023, accusing Meta of failing to protect children from sexual exploitation. Meta removed the case to federal court on Dec. 18, 2023, before it was sent back to Santa Fe.',
    claim:
      'While the case sat in federal court, the state filed an amended complaint on Jan. 9, 2024, adding allegations drawn from internal Meta documents.',
    note: 'Trap: the amended complaint’s Jan. 9, 2024 date is neither the filing nor the removal.',
  },
  {
    relation: 'new',
    known:
      'Opening statements in the Santa Fe trial are scheduled for Feb. 9, 2026, after a week of jury selection beginning Feb. 2. The state filed the suit in December 2023.',
    claim:
      'The case reached the trial court only after U.S. District Judge Margaret Strickland sent it back from federal court on Feb. 5, 2024.',
    note: 'Trap: the Feb. 5, 2024 remand is not a February 2026 trial date.',
  },
  {
    relation: 'new',
    known:
      "A Santa Fe jury found Meta liable on March 24 for violations of New Mexico's Unfair Practices Act, ordering $375 million in civil penalties, the largest such award in state history, according to the attorney general. Meta said it would appeal.",
    claim:
      'The state’s consumer-protection law allows civil penalties of up to $5,000 for each willful violation, which prosecutors multiplied across tens of thousands of violations.',
    note: 'Trap: the statutory $5,000 cap is a different figure from the $375 million verdict.',
  },
  {
    relation: 'new',
    known:
      'The jury returned its verdict against Meta on March 24 after a trial that began in early February. It found the company violated the Unfair Practices Act.',
    claim:
      'Jurors deliberated for roughly a day before reaching their decision, according to the court clerk.',
    note: 'Deliberation length: a new detail of the verdict’s making.',
  },
  {
    relation: 'new',
    known:
      'The judgment on Aug. 6 brought the total Meta owes New Mexico to $942 million, including a $567 million fund to address the harm to children. Meta said it would appeal.',
    claim:
      'Biedscheid did not order any changes to Meta’s recommendation algorithms and did not appoint a court monitor to oversee the company.',
    note: 'Trap: provisions of the same judgment that the paragraph does not state; no figure contradicts.',
  },
  {
    relation: 'new',
    known:
      "The state's $567 million abatement fund, ordered Aug. 6 by Judge Bryan Biedscheid, is meant to pay for programs addressing the harm Meta's platforms caused New Mexico children. Together with the jury's $375 million verdict, Meta owes $942 million.",
    claim:
      'The Department of Justice will hold a public meeting in Albuquerque on Sept. 10 to explain how the abatement fund will be administered.',
    note: 'Trap: Sept. 10 is the date of a meeting, not of the judgment.',
  },
  {
    relation: 'new',
    known:
      'Attorney General Raúl Torrez filed the complaint in December 2023 after his office conducted an undercover investigation using decoy accounts. Meta denies the allegations.',
    claim:
      'Agents opened the first decoy accounts in the spring of 2023, months before the complaint was filed, an investigator testified at trial.',
    note: 'Trap: spring 2023 is when the investigation began, not a different filing date.',
  },
  {
    relation: 'new',
    known:
      'Meta faces $375 million in civil penalties after the March 24 verdict, and a second phase on the public nuisance claim is set for May. The company said it would appeal.',
    claim:
      'Meta told the court in an April 30 filing that it might have to stop offering Facebook and Instagram in New Mexico if the judge adopted the state’s proposed changes.',
    note: 'Trap: the April 30 filing is a different event from the March verdict and the May phase.',
  },
  {
    relation: 'new',
    known:
      "New Mexico's lawsuit against Meta went to trial in February, more than two years after it was filed on Dec. 5, 2023. A jury returned a $375 million verdict on March 24.",
    claim:
      'The Legislature’s interim courts committee heard testimony on Oct. 15 about an age-verification bill that Torrez says the case shows is needed.',
    note: 'Trap: Oct. 15 is a legislative hearing date, not a date of the case.',
  },
  {
    relation: 'new',
    known:
      'Jurors heard seven weeks of testimony before the March 24 verdict, which imposed $375 million in civil penalties on Meta. Opening statements were delivered on Feb. 9.',
    claim:
      'Jury selection alone took a full week, with more than 100 prospective jurors questioned about their own use of Facebook and Instagram.',
  },
  {
    relation: 'new',
    known:
      'Judge Bryan Biedscheid heard the nuisance phase without a jury from May 4 to May 22. Meta argued that the state had not proven its apps caused any public nuisance.',
    claim:
      'A state expert testified during the May hearing that a decade-long program to undo the harm would cost hundreds of millions of dollars.',
  },
  {
    relation: 'new',
    known:
      'The $375 million verdict was announced March 24, and Torrez held a news conference on the courthouse steps shortly afterward. Meta said it would appeal.',
    claim: 'Torrez said his office is prepared to defend the verdict on appeal “for as long as it takes.”',
  },
  {
    relation: 'new',
    known:
      'SANTA FE (KOB) — Meta is vowing to appeal after a Santa Fe jury ordered it to pay $375 million for misleading New Mexicans about child safety on its platforms. The verdict came after a seven-week trial that began Feb. 2.',
    claim:
      'In a statement, Meta said it has introduced teen accounts with stricter default settings and tools that let parents see whom their children message.',
  },
  {
    relation: 'new',
    known:
      'Meta was ordered to pay $375 million by a jury in Nuevo México for violating the law of unfair practices, the newspaper reports. The company announced that it will appeal the decision of the jury.',
    claim:
      'The company Meta announced that it will introduce new controls for the parents in the United States from the next month.',
    note: 'Translated-sounding: a product announcement with no counterpart.',
  },
  {
    relation: 'new',
    known:
      "New Mexico's case against Meta is the first state lawsuit focused on child sexual exploitation on social media to reach a jury. The jury found Meta liable on March 24.",
    claim:
      'Legal scholars said the verdict is likely to be cited by plaintiffs in hundreds of similar cases pending around the country.',
  },
  {
    relation: 'new',
    known:
      'The state says Meta knew its platforms were being used by predators and did not act. The case was filed in Santa Fe on Dec. 5, 2023.',
    claim:
      'Meta’s own internal research, cited in the complaint, estimated that some 100,000 children a day were sent sexually explicit images on its platforms.',
    note: 'Trap: a figure from internal research, not a figure of the filing.',
  },
  {
    relation: 'new',
    known:
      "Attorney General Raúl Torrez's office sued Meta on Dec. 5, 2023, in state court. The complaint runs to more than 200 pages and cites the findings of an undercover investigation.",
    claim:
      'In its notice of removal, Meta argued that the state’s claims turned on federal law and belonged in the U.S. District Court for the District of New Mexico.',
  },
  {
    relation: 'new',
    known:
      "The trial opened with statements on Feb. 9. The state's first witness was an investigator who described setting up decoy accounts.",
    claim:
      'The state’s second witness, a former Instagram product manager, testified that a 2020 internal review had flagged adult accounts sending messages to minors.',
    note: 'Trap: a 2020 internal review, another event beside the 2026 trial date.',
  },

  // ───────────────────────────── restated ─────────────────────────────
  {
    relation: 'restated',
    known:
      "ALBUQUERQUE, N.M. (KRQE) – A jury has decided Meta must pay $375 million for violating New Mexico's Unfair Practices Act. The verdict came Tuesday after a seven-week trial in Santa Fe.",
    claim:
      'SANTA FE, N.M. (AP) — Meta Platforms violated New Mexico’s Unfair Practices Act and must pay $375 million in civil penalties, a jury decided Tuesday.',
  },
  {
    relation: 'restated',
    known:
      'A jury in Santa Fe found on March 24 that Meta violated the Unfair Practices Act and imposed $375 million in civil penalties. The state had accused Meta of exposing children to sexual exploitation on Facebook and Instagram.',
    claim:
      'The 24 of March, a jury popular in Santa Fe declared that Meta violated the law of unfair practices and fixed penalties civil of 375 million of dollars.',
    note: 'Translated-sounding restatement of the verdict.',
  },
  {
    relation: 'restated',
    known:
      'A jury in March ordered Meta to pay $375 million, and on Aug. 6 Judge Bryan Biedscheid added a $567 million abatement fund, for $942 million in all. Meta said it would appeal.',
    claim: 'With the judge’s Aug. 6 order, Meta’s total bill in New Mexico reached $942 million.',
    note: 'Trap: the total restated; $375 million and $567 million in the paragraph are its parts.',
  },
  {
    relation: 'restated',
    known:
      'The lawsuit was filed in December 2023, and a federal judge returned it to state court on Feb. 5, 2024, after Meta tried to move it. Trial began two years later.',
    claim:
      'New Mexico sued Meta Platforms on Dec. 5, 2023, in the First Judicial District Court in Santa Fe.',
    note: 'Trap: the filing date restated; the remand date in the paragraph is another event.',
  },
  {
    relation: 'restated',
    known:
      'The final judgment, entered Aug. 6, follows a jury verdict that found 75,000 violations of the Unfair Practices Act at $5,000 each. Judge Bryan Biedscheid ordered a $567 million abatement fund.',
    claim: 'The jury had found 75,000 violations, each carrying a $5,000 penalty.',
    note: 'Trap: the verdict’s count and rate restated beside the judgment’s figures.',
  },
  {
    relation: 'restated',
    known:
      'After the Aug. 6 judgment ordering a $567 million abatement fund, Meta said it would appeal, as it had after the jury verdict in March. The judgment brings the total to $942 million.',
    claim: 'Meta said it will appeal the judgment.',
  },
  {
    relation: 'restated',
    known:
      'Three men were charged in May 2024 in Operation MetaPhile, a criminal undercover operation run by the attorney general’s office in which agents posed as children. Their cases are being prosecuted separately in state court.',
    claim:
      'Unlike that criminal sting, the case against Meta is a civil action under the Unfair Practices Act and public nuisance law.',
    note: 'Trap: the civil nature (a known fact) beside a criminal look-alike in the paragraph.',
  },
  {
    relation: 'restated',
    known:
      "New Mexico's lawsuit against Snap Inc. was filed on Sept. 5, 2024, in the same Santa Fe court, and Snap has moved to dismiss it. The Snap case is No. D-101-CV-2024-02131.",
    claim: 'In the Meta case, Judge Bryan Biedscheid denied the company’s motion to dismiss on May 30, 2024.',
    note: 'Trap: this case’s ruling date (a known fact) beside the Snap case’s filing date.',
  },
  {
    relation: 'restated',
    known:
      'A coalition of attorneys general sued Meta on Oct. 24, 2023, in federal court in California over the mental health of young users, a case New Mexico did not join. New Mexico filed its own lawsuit in December 2023.',
    claim:
      'The coalition’s suit, filed in federal court in California in October 2023, focuses on the mental health of young users.',
    note: 'Trap: the multistate suit’s facts restated; this case’s December date is another event.',
  },
  {
    relation: 'restated',
    known:
      'The case is being heard in Santa Fe by Judge Bryan Biedscheid of the First Judicial District Court. It was filed in December 2023 by Attorney General Raúl Torrez.',
    claim:
      'El caso, número D-101-CV-2023-02838, se tramita en el Tribunal del Primer Distrito Judicial en Santa Fe.',
    note: 'Spanish-language restatement of the court and case number (known facts).',
  },
  {
    relation: 'restated',
    known:
      'Mark Zuckerberg was dismissed from the case as an individual defendant in May 2024, without prejudice. The companies remain defendants.',
    claim:
      'A judge let Meta’s chief executive out of the lawsuit in May 2024 but left the door open to naming him again.',
    note: 'Without prejudice reworded.',
  },
  {
    relation: 'restated',
    known:
      'Judge Bryan Biedscheid alone heard the second phase, from May 4 to May 22, on whether Meta created a public nuisance. The jury phase had ended March 24 with a $375 million verdict.',
    claim: 'The public nuisance claim was tried to the judge, without jurors, between May 4 and May 22.',
  },
  {
    relation: 'restated',
    known:
      '“Meta put profits ahead of the safety of our children, and now a jury has held them accountable,” Torrez said in a statement after the verdict. The jury imposed $375 million in civil penalties.',
    claim:
      'In a written statement, Torrez said that “Meta put profits ahead of the safety of our children, and now a jury has held them accountable.”',
  },
  {
    relation: 'restated',
    known:
      'The judgment requires Meta to follow a five-year decree on accounts held by users under 18, in addition to paying $567 million into an abatement fund by court order of Aug. 6. Meta said it would appeal.',
    claim:
      'For five years, Meta must comply with a decree governing the accounts of New Mexico users under 18.',
    note: 'Trap: the decree’s five years and under 18 restated beside the fund’s figures.',
  },
  {
    relation: 'restated',
    known:
      'Meta removed the suit to federal court on Dec. 18, 2023, and it stayed there until Feb. 5, 2024, when it was remanded. The state had filed it Dec. 5, 2023.',
    claim: 'Meta moved the lawsuit to federal court on Dec. 18, 2023.',
    note: 'Trap: the removal date restated; the filing and remand dates in the paragraph are other events.',
  },
  {
    relation: 'restated',
    known:
      "A New Mexico jury on Sept. 25, 2026, returned a verdict against Meta in the state's privacy case over the Cambridge Analytica scandal, a separate lawsuit from the child-safety case. Meta said it was disappointed with the outcome.",
    claim:
      'In the child-safety case, a Santa Fe jury on March 24 found Meta violated the Unfair Practices Act and imposed $375 million in civil penalties.',
    note: 'Trap: this case’s verdict (a known fact) beside another case’s verdict date.',
  },
  {
    relation: 'restated',
    known:
      'Meta settled the multistate lawsuit brought by dozens of attorneys general in August 2026. New Mexico, which was not a party to that case, pursued its own.',
    claim:
      'In New Mexico’s own case, Judge Bryan Biedscheid on Aug. 6 ordered Meta to fund a $567 million abatement program.',
    note: 'Trap: this case’s judgment (a known fact) beside the multistate settlement in August.',
  },
  {
    relation: 'restated',
    known:
      'Meta raised the possibility of withdrawing its apps from New Mexico in a court filing on April 30. Torrez called it an attempt to intimidate the court.',
    claim:
      'In late April, Meta suggested in court papers that it could pull Facebook and Instagram out of the state.',
  },
  {
    relation: 'restated',
    known:
      'Meta said after the March 24 verdict that it disagreed with the jury and would appeal. The jury imposed $375 million in penalties.',
    claim:
      'The company Meta expressed its disagreement with the decision of the jury and announced that it will appeal.',
    note: 'Translated-sounding restatement of Meta’s response.',
  },
  {
    relation: 'restated',
    known:
      'Jury selection began Feb. 2 in Santa Fe, and opening statements followed on Feb. 9. The trial lasted seven weeks.',
    claim: 'The two sides gave their opening statements to the Santa Fe jury on Feb. 9.',
    note: 'Trap: the openings date restated; Feb. 2 in the paragraph is jury selection.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE, N.M. (AP) — A New Mexico judge on Thursday ordered Meta to pay $567 million to fund programs that address harms to children, on top of the $375 million a jury imposed in March. Meta said it would appeal.',
    claim:
      'The Aug. 6 ruling by Judge Bryan Biedscheid creates a $567 million abatement fund paid for by Meta, in addition to the jury’s $375 million penalty.',
    note: 'Trap: fund and verdict figures each restated against their own event.',
  },

  // ───────────────────────────── conflicting ─────────────────────────────
  {
    relation: 'conflicting',
    known:
      'The jury on March 24 imposed $375 million in civil penalties on Meta, finding it violated the Unfair Practices Act. Meta said it would appeal.',
    claim:
      'The Santa Fe jury imposed $37.5 million in civil penalties on Meta for violating the Unfair Practices Act.',
    note: '$37.5 million vs $375 million.',
  },
  {
    relation: 'conflicting',
    known:
      'The verdict came on March 24 after seven weeks of trial. The state had filed suit on Dec. 5, 2023.',
    claim:
      'Jurors returned their verdict against Meta on March 20, finding that the company violated the Unfair Practices Act.',
    note: 'March 20 vs March 24 for the verdict.',
  },
  {
    relation: 'conflicting',
    known:
      "The lawsuit is a civil case under the state's Unfair Practices Act, though it is often described as a prosecution. The jury found Meta liable on March 24.",
    claim: 'Meta’s criminal trial in Santa Fe ended March 24 with a guilty verdict on all counts.',
    note: 'Criminal trial and guilty verdict vs a civil case.',
  },
  {
    relation: 'conflicting',
    known:
      'Judge Bryan Biedscheid ordered Meta on Aug. 6 to pay $567 million into an abatement fund. Combined with the verdict, that brings the total to $942 million.',
    claim: 'Biedscheid ordered Meta to pay $576 million into an abatement fund in his Aug. 6 judgment.',
    note: '$576 million vs $567 million fund.',
  },
  {
    relation: 'conflicting',
    known:
      'The judgment was entered on Aug. 6, 2026, and Meta said it would appeal. It ordered a $567 million abatement fund.',
    claim: 'The final judgment, entered July 6, ordered a $567 million abatement fund.',
    note: 'July 6 vs Aug. 6 judgment.',
  },
  {
    relation: 'conflicting',
    known:
      'New Mexico filed the lawsuit on Dec. 5, 2023, in Santa Fe. Meta removed it to federal court later that month.',
    claim: 'The state filed its lawsuit against Meta on Dec. 15, 2023.',
    note: 'Filed Dec. 15 vs Dec. 5, 2023.',
  },
  {
    relation: 'conflicting',
    known:
      "Meta's motion to dismiss was denied on May 30, 2024, when the judge rejected the company's Section 230 defense. The state had filed its complaint on Dec. 5, 2023.",
    claim: 'Judge Bryan Biedscheid denied Meta’s motion to dismiss on March 30, 2024.',
    note: 'March 30 vs May 30, 2024 for the same ruling.',
  },
  {
    relation: 'conflicting',
    known:
      'Investigators posed as children under 13 on Instagram, and the accounts were flooded with messages from adults, the complaint says. The case was filed in December 2023.',
    claim: 'Investigators posed as children 13 and younger on Instagram, the complaint says.',
    note: 'Age bound: 13 and younger vs under 13.',
  },
  {
    relation: 'conflicting',
    known:
      'Jurors found 75,000 violations of the Unfair Practices Act, each carrying a $5,000 penalty. That totals $375 million.',
    claim: 'Jurors found 7,500 violations of the Unfair Practices Act.',
    note: '7,500 vs 75,000 violations.',
  },
  {
    relation: 'conflicting',
    known:
      'The Aug. 6 judgment includes a five-year decree on accounts of users under 18 as well as a $567 million abatement fund. Meta said it would appeal.',
    claim: 'The judgment includes a three-year decree on accounts of users under 18.',
    note: 'Three-year vs five-year decree.',
  },
  {
    relation: 'conflicting',
    known:
      'Judge Bryan Biedscheid declined to appoint a court monitor in his Aug. 6 judgment, despite the state’s request. He ordered a $567 million fund.',
    claim: 'Biedscheid appointed an independent monitor to oversee Meta’s compliance in his Aug. 6 judgment.',
    note: 'Monitor appointed vs declined in the same judgment.',
  },
  {
    relation: 'conflicting',
    known:
      'The judgment does not require Meta to change its algorithms, a disappointment to the state. It does impose a five-year decree on under-18 accounts.',
    claim:
      'The judgment requires Meta to overhaul the algorithms that recommend content and accounts to young users.',
    note: 'Algorithm changes ordered vs not ordered.',
  },
  {
    relation: 'conflicting',
    known:
      'Meta now owes New Mexico $942 million: $375 million in civil penalties and a $567 million abatement fund ordered Aug. 6. The company said it would appeal.',
    claim: 'Meta now owes New Mexico $952 million after the Aug. 6 judgment.',
    note: '$952 million vs $942 million total.',
  },
  {
    relation: 'conflicting',
    known:
      'The State of New Mexico, represented by Attorney General Raúl Torrez, brought the lawsuit against Meta in December 2023. The complaint was filed in the First Judicial District Court in Santa Fe.',
    claim: 'The demand against Meta was presented by the city of Albuquerque on December 5 of 2023.',
    note: 'Translated-sounding: city of Albuquerque vs the State of New Mexico as plaintiff.',
  },
  {
    relation: 'conflicting',
    known:
      'The attorney general sued Snap Inc. on Sept. 5, 2024, in the same Santa Fe court, accusing Snapchat of enabling sextortion. His office had sued Meta in the same court in December 2023.',
    claim:
      'The attorney general sued Snap Inc. in Santa Fe on Sept. 15, 2024, accusing Snapchat of enabling sextortion.',
    note: 'Snap filing Sept. 15 vs Sept. 5, 2024.',
  },
  {
    relation: 'conflicting',
    known:
      'Operation MetaPhile led to charges against three men in May 2024. The attorney general said they used Meta’s platforms to seek out children.',
    claim: 'Operation MetaPhile led to charges against five men in May 2024, the attorney general said.',
    note: 'Five vs three men charged.',
  },
  {
    relation: 'conflicting',
    known:
      'Jurors found that Meta violated the Unfair Practices Act and imposed $375 million in civil penalties on March 24. The trial lasted seven weeks.',
    claim:
      'The Santa Fe jury found on March 24 that Meta did not violate the Unfair Practices Act, rejecting the state’s claims.',
    note: 'Not liable vs liable on the same verdict.',
  },
  {
    relation: 'conflicting',
    known:
      'U.S. District Judge Margaret Strickland remanded the case to state court on Feb. 5, 2024, after Meta had removed it. Judge Bryan Biedscheid of the First Judicial District Court then took over the case.',
    claim: 'Judge Bryan Biedscheid sent the case back from federal court to state court on Feb. 5, 2024.',
    note: 'Wrong judge for the remand.',
  },
  {
    relation: 'conflicting',
    known:
      'Opening statements were delivered Feb. 9 in Santa Fe, a week after jury selection began on Feb. 2. The verdict came on March 24.',
    claim: 'Opening statements in the Santa Fe trial were delivered on Feb. 19.',
    note: 'Feb. 19 vs Feb. 9 openings.',
  },
  {
    relation: 'conflicting',
    known:
      'The public nuisance phase was tried before Judge Bryan Biedscheid without a jury from May 4 to May 22. A jury had decided the first phase in March.',
    claim: 'A second jury heard the public nuisance phase of the case from May 4 to May 22.',
    note: 'A jury vs the judge alone in the nuisance phase.',
  },
  {
    relation: 'conflicting',
    known:
      'Mark Zuckerberg was dismissed from the case in May 2024 without prejudice, meaning the state could seek to add him back. The judge allowed the claims against Meta to proceed.',
    claim:
      'Zuckerberg was dismissed from the case in May 2024 with prejudice, barring the state from suing him again.',
    note: 'With prejudice vs without prejudice.',
  },

  // ───────────────────────────── updated ─────────────────────────────
  {
    relation: 'updated',
    known:
      'Meta has moved New Mexico’s lawsuit to federal court in Albuquerque, where the state is fighting to return it to Santa Fe. The complaint was filed Dec. 5, 2023.',
    claim:
      'A federal judge on Feb. 5, 2024, ruled that the case belongs in state court and returned it to Santa Fe.',
    note: 'In federal court, remand contested → remanded.',
  },
  {
    relation: 'updated',
    known:
      'Mark Zuckerberg has asked the court to dismiss him as a defendant, arguing he cannot be held personally liable. The company’s own motion to dismiss is also pending.',
    claim:
      'Judge Bryan Biedscheid granted Zuckerberg’s request in May 2024 and dropped him from the case without prejudice.',
    note: 'Zuckerberg’s request pending → granted.',
  },
  {
    relation: 'updated',
    known:
      'Jury selection is under way in Santa Fe in the first state trial against Meta over child sexual exploitation. Attorneys began questioning prospective jurors on Feb. 2.',
    claim:
      'With a jury seated, the trial got under way Feb. 9 with opening statements from the state and Meta.',
    note: 'Jury selection → trial under way.',
  },
  {
    relation: 'updated',
    known:
      'Meta said it would appeal after the Aug. 6 judgment, which ordered $567 million for an abatement fund and brought the total to $942 million. The company has 30 days to file a notice of appeal.',
    claim:
      'Meta has formally appealed, filing its notice with the New Mexico Court of Appeals in early September.',
    note: 'Said it would appeal → appeal filed.',
  },
  {
    relation: 'updated',
    known:
      "Meta asked the judge in April to overturn the jury's $375 million verdict, arguing the evidence did not support it. The state has until mid-May to respond.",
    claim:
      'Biedscheid rejected Meta’s bid to overturn the $375 million verdict, ruling that the evidence supported the jury’s findings.',
    note: 'Post-trial motion pending → denied.',
  },
  {
    relation: 'updated',
    known:
      'The nuisance phase of the trial is scheduled to begin May 4 before Judge Bryan Biedscheid. No jury will be involved.',
    claim:
      'The nuisance phase began Monday, May 4, with the state calling a child psychologist as its first witness.',
    note: 'Phase scheduled → begun.',
  },
  {
    relation: 'updated',
    known:
      'The state is asking Judge Bryan Biedscheid to order Meta to redesign its recommendation algorithms as part of any remedy. Meta says that would violate the First Amendment.',
    claim:
      'Biedscheid declined to order Meta to redesign its recommendation algorithms in his final judgment.',
    note: 'Algorithm redesign requested → declined.',
  },
  {
    relation: 'updated',
    known:
      'Dozens of attorneys general who sued Meta in federal court in California in October 2023 are in settlement talks with the company, according to people familiar with the matter. New Mexico is not a party to that case.',
    claim:
      'The attorneys general reached a settlement with Meta in August 2026, resolving their federal lawsuit in California.',
    note: 'That look-alike case: talks → settled.',
  },
  {
    relation: 'updated',
    known:
      "Jury selection begins next month in New Mexico's privacy lawsuit against Meta over the Cambridge Analytica affair, a case separate from the child-safety suit. In the child-safety case, the judge entered a $567 million abatement judgment on Aug. 6.",
    claim: 'The jury in the Cambridge Analytica case found against Meta on Sept. 25, 2026.',
    note: 'That look-alike case: trial pending → verdict.',
  },
  {
    relation: 'updated',
    known:
      'Biedscheid agreed to put the judgment on hold while Meta appeals, on condition that the company posts a bond within 30 days. Meta filed its notice of appeal in early September.',
    claim:
      'Meta posted the required bond on Sept. 8, putting collection of the judgment on hold during its appeal.',
    note: 'Conditional stay → condition met, stay in force.',
  },
  {
    relation: 'updated',
    known:
      'Both sides rested their cases this week, and closing arguments are set for Monday, March 23. Jurors will then begin deliberations.',
    claim: 'The jury got the case Monday afternoon after closing arguments that lasted most of the day.',
    note: 'Closings set → delivered, case with the jury.',
  },
  {
    relation: 'updated',
    known:
      'Meta has not said whether it will appeal the Aug. 6 judgment ordering a $567 million abatement fund. A spokesperson said the company was reviewing the decision.',
    claim: 'A Meta spokesperson said Monday the company will appeal the judgment.',
    note: 'Undecided → will appeal.',
  },
  {
    relation: 'updated',
    known:
      'Meta filed its notice of appeal in September 2026, challenging the $942 million in penalties and abatement. Briefing has not yet begun.',
    claim:
      'Meta filed its opening brief in the New Mexico Court of Appeals, arguing the trial judge wrongly rejected its Section 230 defense.',
    note: 'Appeal noticed → brief filed.',
  },
  {
    relation: 'updated',
    known:
      'The five-year decree on under-18 accounts will take effect 60 days after the Aug. 6 judgment, unless a higher court intervenes. Meta has said it will appeal.',
    claim:
      'The decree governing accounts of New Mexico users under 18 took effect on Oct. 5, the Department of Justice said.',
    note: 'Decree pending effect → in effect.',
  },
  {
    relation: 'updated',
    known:
      'The state has asked the federal court to send its case back to Santa Fe, arguing that Meta’s removal on Dec. 18, 2023, was improper. The case was originally filed Dec. 5, 2023.',
    claim:
      'The state’s motion succeeded, and the federal court remanded the case to Santa Fe on Feb. 5, 2024.',
    note: 'Remand motion pending → granted.',
  },
  {
    relation: 'updated',
    known:
      'A Meta spokesperson said the company would contest the complaint filed Dec. 5, 2023, and was weighing whether the case belonged in federal court. The suit names Meta, Instagram, Facebook Holdings and Mark Zuckerberg.',
    claim: 'Less than two weeks after the complaint was filed, Meta transferred the case to federal court.',
    note: 'Weighing removal → removed.',
  },
];
