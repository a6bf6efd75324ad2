// Labelled claim pairs in the style of real news coverage of State of New Mexico v. Meta Platforms, Inc.:
// the SIXTH HELD-OUT split, written blind on 2026-12-07 (without looking at the claim diff or the other
// splits) and measured once; do not tune on it. 84 pairs, 21 of each relation. Each pair is a paragraph of
// earlier coverage (`known`, 2 to 5 sentences) and one sentence of later coverage (`claim`); `relation` is what
// that sentence is relative to the paragraph AND the case's known facts (always present in the diff: the civil
// nature under the Unfair Practices Act and public nuisance law, the First Judicial District Court in Santa Fe
// County and case number D-101-CV-2023-02838, the Dec. 5, 2023 filing, the May 30, 2024 denial of the motion
// to dismiss, the $375 million verdict of March 24, 2026, and the Aug. 6, 2026 judgment with its $567 million
// abatement fund, $942 million in all).
//
// Labelling rules:
// - `restated`: the sentence says something the paragraph or the known facts already say, possibly reworded,
//   paraphrased heavily, quoted with small changes, with figures written differently ("$942M", "942 million
//   dollars", "three-hundred-seventy-five-million-dollar"), dates written differently ("the 24th of March",
//   "Thursday's order" when the paragraph's date resolves it, "less than two weeks after" when the known facts
//   resolve it), or under aliases (AG Torrez / the attorney general / New Mexico's top prosecutor; Meta / the
//   Facebook parent / the Instagram owner / the Menlo Park company). A sentence stating a true case fact the
//   paragraph lacks is `restated` against the known facts.
// - `conflicting`: the same statement with a wrong number, date, party, age, amount, court, judge, case number
//   or legal status (civil vs criminal; jury vs judge; granted vs denied; federal vs state court; settled vs
//   tried), including negations and statements worded far from the paragraph's own wording.
// - `updated`: the sentence reports a later state of the same matter than the paragraph holds (complaint →
//   removal → remand; trial scheduled → trial begun; judgment → post-judgment motion → ruling; appeal noticed →
//   bond, stay, brief, argument; fund administrator to be named → named), a state the known facts do not hold
//   either. Post-judgment events are invented for this set; none contradicts the known facts.
// - `new`: something neither the paragraph nor the known facts say: scene details, reactions, background,
//   other cases. Notes that begin with "Trap:" mark sentences whose figures or dates belong to a different
//   event (the multistate federal suit and its settlement, the Snap case, Operation MetaPhile, the Cambridge
//   Analytica case, the K.G.M. trial, the school-district litigation, FTC matters, other states' suits, the
//   state's own request as against the award) from the paragraph's similar-looking ones: they must not be
//   called conflicting. Two traps are `restated`: they restate a known fact beside another case's figures.
// All text is written for this set.

import type { CoveragePair } from './coverage-pairs-dev.ts';

export const coveragePairsHeldout6: CoveragePair[] = [
  // ── restated (21) ──
  {
    relation: 'restated',
    known:
      "SANTA FE — Attorney General Raúl Torrez filed suit Tuesday against Meta Platforms, alleging the company has let Facebook and Instagram become hunting grounds for adults who target children. Torrez's office said the complaint grew out of a months-long undercover investigation in which agents created accounts posing as children younger than 14. The lawsuit was announced Wednesday. Staff writer Dana Quintana contributed to this report.",
    claim:
      'State agents spent months on the apps behind fake profiles of kids who had not yet turned fourteen, according to the complaint.',
    note: 'Heavy paraphrase of the months-long undercover investigation with decoy accounts of children under 14.',
  },
  {
    relation: 'restated',
    known:
      "SANTA FE, N.M. (AP) — A jury in New Mexico found Tuesday that Meta Platforms broke the state's Unfair Practices Act, deciding that the company should pay $375 million in civil penalties. Jurors determined there were 75,000 violations and assessed $5,000 for each one. Meta said it disagreed with the verdict and planned to appeal.",
    claim:
      'The panel reached its three-hundred-seventy-five-million-dollar total by counting seventy-five thousand violations and pricing each at five thousand dollars.',
    note: 'Same verdict arithmetic (75,000 × $5,000 = $375 million) with every figure written in words.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE, N.M. — A state district judge on Thursday ordered Meta to pay $567 million into an abatement fund, adding to the penalties a jury imposed in March. Judge Bryan Biedscheid also issued a five-year decree governing accounts of users under 18. KOB 4 will have more on this developing story tonight at 10.',
    claim:
      "Together with the jury's March award, the order leaves the Menlo Park company owing roughly $942M.",
    note: "The $942 million total is a known fact; written $942M under the alias 'the Menlo Park company'.",
  },
  {
    relation: 'restated',
    known:
      "A state district judge on Thursday refused to dismiss New Mexico's lawsuit accusing Meta of failing to protect children from sexual exploitation on Facebook and Instagram. Meta had argued that Section 230 of the federal Communications Decency Act, which generally shields websites from liability for content their users post, barred the state's claims. Judge Bryan Biedscheid disagreed and allowed the case to move forward.",
    claim:
      'The federal statute that usually keeps internet platforms from being sued over what their users post was not enough to get Meta out of the case, Biedscheid ruled.',
    note: 'Paraphrase of the Section 230 defence being rejected without naming the statute.',
  },
  {
    relation: 'restated',
    known:
      "Feb 5 (Reuters) - A U.S. judge on Monday sent New Mexico's lawsuit accusing Meta Platforms of exposing children to sexual predators back to state court. U.S. District Judge Margaret Strickland in Albuquerque granted the state's request to remand the case, which Meta had moved to federal court in December.",
    claim:
      'The suit now goes back to the First Judicial District Court in Santa Fe County, where the attorney general had filed it on Dec. 5, 2023.',
    note: 'Court and filing date are known facts the paragraph lacks.',
  },
  {
    relation: 'restated',
    known:
      "Law360 (December 7, 2023, 6:14 PM EST) -- New Mexico's attorney general has sued Meta Platforms Inc. in state court, alleging the company's platforms expose children to sexual exploitation and harm their mental health. The complaint asserts claims under the New Mexico Unfair Practices Act and the state's public nuisance law.",
    claim: "The Santa Fe court's docket lists the matter as case number D-101-CV-2023-02838.",
    note: 'The case number is a known fact the paragraph lacks.',
  },
  {
    relation: 'restated',
    known:
      'Meta has lost the first state-brought child safety case against it to reach a jury. Jurors in Santa Fe, New Mexico, found the company misled residents about the safety of Facebook and Instagram for children and ordered it to pay $375 million. A Meta spokesperson said the company would appeal.',
    claim:
      'Jurors in the state capital handed down their decision against the Instagram owner on the 24th of March.',
    note: "The verdict date (March 24, 2026) is a known fact, written as 'the 24th of March' with aliases for Santa Fe and Meta.",
  },
  {
    relation: 'restated',
    known:
      'Posted: Aug 7, 2026 / 05:12 PM MDT — SANTA FE, N.M. (KRQE) – A Santa Fe judge has ordered Meta to pay $567 million into a fund meant to address harm to New Mexico children, the latest blow to the social media company. Attorney General Raúl Torrez called the ruling “a turning point for every family in this state.” Meta said it will appeal.',
    claim: "Torrez described Thursday's order as a turning point for all of New Mexico's families.",
    note: "Posted Friday Aug. 7, so 'Thursday's order' is the Aug. 6 judgment; the quote is reworded.",
  },
  {
    relation: 'restated',
    known:
      "Attorney General Raúl Torrez on Wednesday described Meta's platforms as places where predators trade child sexual abuse material and solicit minors. “What we found is that these are not safe spaces for children — they are prime locations for predators,” Torrez told reporters. The company said it uses sophisticated technology to root out predators.",
    claim:
      "Facebook and Instagram, in Torrez's words, are no safe place for kids but rather a prime spot for predators.",
    note: "The quote paraphrased, with the platforms named instead of 'these'.",
  },
  {
    relation: 'restated',
    known:
      "SANTA FE, N.M. (CN) — Opening statements began Monday in New Mexico's civil case against Meta Platforms, with a lawyer for the state telling jurors the company knew its apps were exposing children to predators and hid it. Meta's attorneys countered that the company has spent billions of dollars on safety and that the state's undercover accounts were designed to manufacture bad results. The trial is expected to last roughly seven weeks.",
    claim:
      "Lawyers for New Mexico's top prosecutor told the jury that the Facebook parent was aware its products were putting children in front of predators and concealed that knowledge.",
    note: "The state's opening restated under aliases ('New Mexico's top prosecutor', 'the Facebook parent').",
  },
  {
    relation: 'restated',
    known:
      '10:15 a.m. — Testimony resumed in the second phase of the trial, in which Judge Bryan Biedscheid alone will decide whether Meta created a public nuisance. 11:02 a.m. — A state witness walked through a proposed abatement program that would pay for counselors in schools.',
    claim:
      "Jurors found back in March that Meta owed $375 million in penalties under the state's consumer-protection law.",
    note: 'The March verdict under the Unfair Practices Act is a known fact the live-blog paragraph lacks.',
  },
  {
    relation: 'restated',
    known:
      "Aug 6 (Reuters) - A New Mexico judge on Thursday ordered Meta Platforms to pay $567 million to fund programs addressing harms to young people, on top of a jury's $375 million verdict. Meta said it would appeal.",
    claim:
      "Add the judge's fund to the jury's penalties and Meta is on the hook for 942 million dollars in New Mexico.",
    note: "The $942 million total is a known fact (567 + 375), written '942 million dollars'.",
  },
  {
    relation: 'restated',
    known:
      "Meta CEO Mark Zuckerberg is no longer a defendant in the state's lawsuit over child safety on Facebook and Instagram. Judge Bryan Biedscheid dismissed the claims against him without prejudice, finding the state had not shown enough about his personal role. Meta Platforms, Instagram and Facebook Holdings remain defendants.",
    claim:
      'Biedscheid let the Meta chief executive out of the suit but did not stop New Mexico from trying to bring him back in.',
    note: 'Dismissal without prejudice, in plain words.',
  },
  {
    relation: 'restated',
    known:
      "New Mexico Attorney General Raúl Torrez on Thursday sued Snap Inc., alleging that Snapchat's design makes it easy for predators to sextort children. The complaint, filed Sept. 5 in state district court in Santa Fe, borrows heavily from the approach the office took in its earlier case against Meta.",
    claim: "The office's suit against Meta went on file in the same Santa Fe court on Dec. 5, 2023.",
    note: "Trap: the Dec. 5, 2023 date is the Meta case's known filing date, not a wrong date for the Snap suit filed Sept. 5; restated.",
  },
  {
    relation: 'restated',
    known:
      "Meta has agreed to settle a sprawling lawsuit brought by dozens of state attorneys general in federal court in California over the effects of Instagram and Facebook on young people's mental health. Terms were not immediately disclosed. New Mexico, which was not a party to that suit, pursued its own case in state court.",
    claim:
      'In its own courtroom fight, New Mexico won a three hundred seventy-five million dollar jury verdict against Meta in March.',
    note: "Trap: the paragraph is about the multistate settlement; the sentence restates New Mexico's own known verdict ($375 million, March 2026).",
  },
  {
    relation: 'restated',
    known:
      "Meta moved New Mexico's lawsuit into federal court on Dec. 18, arguing that the state's claims raise federal questions. Attorneys for the state filed an amended complaint on Jan. 9 and have asked a federal judge to send the case back to Santa Fe.",
    claim:
      'The company shifted the case to federal court less than two weeks after the state first filed it.',
    note: "Filed Dec. 5 (known fact), removed Dec. 18: thirteen days, so 'less than two weeks' is true.",
  },
  {
    relation: 'restated',
    known:
      "The state's lawsuit against Meta goes to trial Monday in Santa Fe. Attorney General Raúl Torrez's office argues the company violated New Mexico's Unfair Practices Act and created a public nuisance by exposing children to sexual exploitation. KUNM's newsroom contributed to this story.",
    claim:
      'Because the case is a civil one, Meta risks financial penalties and court orders, not criminal charges.',
    note: 'The civil nature of the case is a known fact.',
  },
  {
    relation: 'restated',
    known:
      "Biedscheid's judgment includes a five-year decree governing how Meta treats accounts belonging to minors. It does not appoint an outside monitor to oversee the company, and it leaves Meta's recommendation algorithms untouched, a disappointment for the attorney general's office.",
    claim: "No independent overseer will be looking over Meta's shoulder under the ruling.",
    note: "'No outside monitor' reworded.",
  },
  {
    relation: 'restated',
    known:
      'SANTA FE, N.M. (CN) — Meta warned in a court filing Thursday that it could stop offering Facebook and Instagram in New Mexico if the judge adopts the remedies the state is seeking. The company said several of the proposed changes would be technically impossible to carry out for a single state.',
    claim:
      "Rather than comply with New Mexico's wish list, the social media giant suggested in the filing that it might cut the state's residents off from its apps.",
    note: 'The withdrawal warning paraphrased.',
  },
  {
    relation: 'restated',
    known:
      "Last month, a state judge in Santa Fe rejected Meta's request to throw out the lawsuit, clearing the way for the case to proceed. Meta had argued that federal law protects it from liability for content its users post. KRWG Public Media reached out to Meta for comment.",
    claim: 'The decision keeping the suit alive came down on the 30th of May.',
    note: "The May 30, 2024 denial of the motion to dismiss is a known fact; date written 'the 30th of May'.",
  },
  {
    relation: 'restated',
    known:
      "SANTA FE — Attorney General Raúl Torrez issued the following statement after the jury's verdict in State of New Mexico v. Meta Platforms, Inc.: “Today's verdict sends a clear message that no company is above the law when it comes to the safety of our children. We will keep fighting until these platforms are safe.”",
    claim:
      "The AG said the jury had made plain that no corporation stands above the law where kids' safety is concerned.",
    note: 'The press-release quote paraphrased.',
  },
  // ── conflicting (21) ──
  {
    relation: 'conflicting',
    known:
      "SANTA FE, N.M. (AP) — Jurors on Tuesday ordered Meta Platforms to pay $375 million after finding the company violated New Mexico's Unfair Practices Act. The jury counted 75,000 violations, each carrying a $5,000 penalty.",
    claim: 'The jury put a price of ten thousand dollars on every breach of the law it found.',
    note: 'The penalty per violation was $5,000, not $10,000.',
  },
  {
    relation: 'conflicting',
    known:
      "SANTA FE, N.M. (CN) — A former Meta safety researcher testified Wednesday that she repeatedly warned managers that Instagram's recommendation tools were connecting adults with children. The testimony came in the third week of the state's civil trial against the company.",
    claim:
      "Meta's conviction in Santa Fe marked the first time a state has won a criminal prosecution against a social media company.",
    note: 'The case is civil (Unfair Practices Act, public nuisance); there was no conviction or criminal prosecution.',
  },
  {
    relation: 'conflicting',
    known:
      "Judge Bryan Biedscheid, who heard the case's second phase without a jury, ruled Thursday that Meta's platforms constitute a public nuisance in New Mexico. He ordered the company to pay $567 million into an abatement fund.",
    claim: "A second panel of jurors, seated in May, concluded that Meta's apps were a public nuisance.",
    note: 'The nuisance phase was decided by the judge alone, not by a jury.',
  },
  {
    relation: 'conflicting',
    known:
      "Meta's bid to end New Mexico's child-safety lawsuit early has failed. Judge Bryan Biedscheid denied the company's motion to dismiss on May 30, rejecting its argument that federal law immunizes it, and the case now heads into discovery.",
    claim:
      "Biedscheid's ruling at the end of May threw out most of the state's claims, leaving only a sliver of the case standing.",
    note: 'The motion to dismiss was denied; the claims were not thrown out.',
  },
  {
    relation: 'conflicting',
    known:
      "March 24 (Reuters) - A jury in a New Mexico state court on Tuesday found Meta Platforms liable for violating the state's consumer protection law and ordered it to pay $375 million. The verdict, in Santa Fe, followed a seven-week trial.",
    claim: 'The decision came from a federal jury sitting in Albuquerque.',
    note: 'State court in Santa Fe, not a federal jury in Albuquerque.',
  },
  {
    relation: 'conflicting',
    known:
      "SANTA FE, N.M. (AP) — A New Mexico judge on Thursday ordered Meta to pay $567 million to abate harms its platforms caused young people, bringing the total the company owes in the state's lawsuit to $942 million. Meta said it would appeal.",
    claim: 'Biedscheid signed the final judgment in the first week of July.',
    note: 'The judgment is of Aug. 6, 2026, not early July.',
  },
  {
    relation: 'conflicting',
    known:
      "The abatement fund of $567 million will pay for mental health services, school programs and digital-safety education across New Mexico, according to Judge Bryan Biedscheid's order. The money comes on top of $375 million in penalties the jury imposed in March.",
    claim:
      'The judge set aside more than six hundred million dollars for programs meant to repair the damage.',
    note: 'The abatement fund is $567 million, less than six hundred million.',
  },
  {
    relation: 'conflicting',
    known:
      "Meta must pay New Mexico a combined $942 million: $375 million from the jury's verdict and $567 million for an abatement fund the judge ordered Thursday. The company also faces five years of court-ordered rules for teen accounts.",
    claim: 'All told, the two phases of the case leave Meta owing the state north of a billion dollars.',
    note: 'The total is $942 million, under a billion.',
  },
  {
    relation: 'conflicting',
    known:
      'The lawsuit says investigators set up decoy Facebook and Instagram accounts for fictional children aged 13 and younger, then documented the sexual solicitations that followed. One account, for a fictional 13-year-old girl, drew thousands of followers within days, the complaint says.',
    claim: 'The fake users created by investigators were presented as older teens of 16 and 17.',
    note: 'The decoys posed as children 13 and younger, not 16- and 17-year-olds.',
  },
  {
    relation: 'conflicting',
    known:
      "ALBUQUERQUE, N.M. — U.S. District Judge Margaret Strickland on Monday returned New Mexico's lawsuit against Meta to state court, finding the company had not shown that federal law was at the heart of the state's claims. The case goes back to Santa Fe.",
    claim: 'It was U.S. District Judge Carla Montoya who ordered the case sent back to Santa Fe.',
    note: 'The remand was ordered by Judge Margaret Strickland; wrong judge.',
  },
  {
    relation: 'conflicting',
    known:
      'District Judge Bryan Biedscheid presided over the seven-week trial, which drew parents, advocates and Meta executives to the Santa Fe courthouse. He will decide the public nuisance claims himself in a second phase in May.',
    claim:
      'Judge Francisco Ortega, who presided over the jury trial, thanked jurors after the verdict was read.',
    note: 'The trial judge was Bryan Biedscheid; wrong judge.',
  },
  {
    relation: 'conflicting',
    known:
      'New Mexico sued Meta this week, joining a growing list of states taking the company to court over child safety. Attorney General Raúl Torrez filed the complaint in state district court in Santa Fe rather than join the multistate federal case.',
    claim: "New Mexico's complaint landed on the court's docket weeks before Thanksgiving 2023.",
    note: 'Filed Dec. 5, 2023, after Thanksgiving (Nov. 23), not weeks before it.',
  },
  {
    relation: 'conflicting',
    known:
      'The judge stopped short of the most sweeping remedies New Mexico had sought: he did not order Meta to change the algorithms that decide what young users see, and he declined to appoint a court monitor. He did impose a five-year decree on accounts of users under 18.',
    claim:
      'Biedscheid ordered Meta to overhaul the recommendation systems that feed content to New Mexico teenagers.',
    note: "The judgment ordered no change to Meta's algorithms.",
  },
  {
    relation: 'conflicting',
    known:
      "Meta said in a statement that it disagreed with the verdict and would appeal. “We're proud of our continued commitment to do the work to keep teens safe,” the company said.",
    claim: "The company said it would accept the jury's decision and would not pursue an appeal.",
    note: 'Negation: Meta said it would appeal.',
  },
  {
    relation: 'conflicting',
    known:
      "After seven weeks of testimony and about a day of deliberations, a Santa Fe jury returned its verdict against Meta on Tuesday. It was the first time a state's child-safety case against the company had been decided by a jury.",
    claim:
      "Meta resolved New Mexico's lawsuit by agreeing to a settlement before jurors could decide the case.",
    note: 'The case was tried to a verdict, not settled.',
  },
  {
    relation: 'conflicting',
    known:
      'The ruling also removed Mark Zuckerberg as a defendant in his personal capacity, though the judge said the state could seek to add him back later. The remaining defendants are Meta Platforms, Instagram LLC and Facebook Holdings LLC.',
    claim: 'Zuckerberg was never dropped from the case and remained a named defendant through the trial.',
    note: 'Zuckerberg was dismissed as an individual defendant in May 2024.',
  },
  {
    relation: 'conflicting',
    known:
      "A federal judge has sent New Mexico's case against Meta back to state district court in Santa Fe, a win for the attorney general, who had argued the company moved it to federal court only to delay. Meta had removed the case in December.",
    claim: 'The federal judge refused to return the case to state court, keeping it in Albuquerque.',
    note: 'The case was remanded to state court, not kept in federal court.',
  },
  {
    relation: 'conflicting',
    known:
      'The jury found Meta committed 75,000 violations of the Unfair Practices Act, and assessed $5,000 for each, for a total of $375 million. Attorney General Raúl Torrez called it a historic day.',
    claim: "Jurors counted 37,500 separate violations of the state's Unfair Practices Act.",
    note: 'The jury found 75,000 violations, not 37,500.',
  },
  {
    relation: 'conflicting',
    known:
      "New Mexico's lawsuit against Meta Platforms has been pending in Santa Fe's First Judicial District Court since late 2023. The state accuses the company of designing Facebook and Instagram in ways that exposed children to sexual exploitation, and of misleading the public about it.",
    claim: "Court records list the state's Meta lawsuit under case number D-101-CV-2024-02131.",
    note: "The Meta case is D-101-CV-2023-02838; D-101-CV-2024-02131 is the Snap case's number, here wrongly given to the Meta suit.",
  },
  {
    relation: 'conflicting',
    known:
      'The trial will take place at the Steve Herrera Judicial Complex in Santa Fe, home of the First Judicial District Court. Jury selection is scheduled to begin Monday.',
    claim: "The case is being tried in Albuquerque's Second Judicial District Court.",
    note: 'Wrong court: the First Judicial District Court in Santa Fe County.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — Jurors reached their verdict Tuesday afternoon, ending a trial that began in early February. Meta must pay $375 million, the jury decided.',
    claim: 'The jury did not return its decision until the first week of April.',
    note: 'The verdict was returned on March 24, 2026.',
  },
  // ── updated (21) ──
  {
    relation: 'updated',
    known:
      "SANTA FE, N.M. (AP) — Meta said Thursday it would appeal a New Mexico judge's order requiring it to pay $567 million into a fund to address the harms its apps have caused children. The company's lawyers said they would seek review of both phases of the case.",
    claim:
      "Meta filed its notice of appeal with the New Mexico Court of Appeals on Oct. 1, challenging both the jury's penalties and the abatement order.",
    note: 'An appeal announced → a notice of appeal filed.',
  },
  {
    relation: 'updated',
    known:
      "Meta has formally appealed the $942 million judgment in New Mexico's child-safety case, filing its notice with the state Court of Appeals. The company has not said whether it will post a bond to halt collection while the appeal is pending.",
    claim:
      'Meta has since posted a bond of about $1.04 billion, which stops the state from collecting while the appeal plays out.',
    note: "A bond posted after the appeal; the bond's figure is not a wrong judgment total.",
  },
  {
    relation: 'updated',
    known:
      "Meta asked Judge Bryan Biedscheid on Thursday to pause the $567 million abatement order while it appeals, arguing that money spent from the fund could never be recovered if the judgment is reversed. The state's response is due in two weeks.",
    claim:
      'Biedscheid granted the request Friday, freezing the abatement fund until the Court of Appeals rules.',
    note: 'A stay requested → a stay granted.',
  },
  {
    relation: 'updated',
    known:
      "Two weeks after the final judgment, Meta asked Judge Bryan Biedscheid to set aside the jury's verdict or order a new trial, arguing that the state's expert testimony misled jurors about how the company's tools work. The state called the motion “a rerun of arguments the jury already rejected.”",
    claim:
      "Biedscheid turned down Meta's bid for a new trial in a written order last week, leaving the $375 million in penalties untouched.",
    note: 'A post-judgment motion filed → ruled on.',
  },
  {
    relation: 'updated',
    known:
      "Dec 18 (Reuters) - Meta Platforms on Monday moved New Mexico's child-safety lawsuit from state court to federal court in Albuquerque, saying the state's claims turn on federal law. New Mexico is expected to oppose the move.",
    claim: 'A federal judge has since sent the case back to Santa Fe, ruling that it belongs in state court.',
    note: 'Removal → remand (Feb. 5, 2024), which the known facts do not hold.',
  },
  {
    relation: 'updated',
    known:
      "Attorney General Raúl Torrez's lawsuit against Meta, filed Tuesday in state district court in Santa Fe, accuses the company of failing to protect children from sexual predators. Meta has not yet responded in court.",
    claim:
      'Meta has since moved the suit to federal court, arguing that it turns on questions of federal law.',
    note: 'Complaint filed → removal to federal court (Dec. 18, 2023).',
  },
  {
    relation: 'updated',
    known:
      "Nearly two years after a judge refused to dismiss it, New Mexico's lawsuit against Meta is set to go before a jury on Feb. 2. Lawyers expect jury selection alone to take several days.",
    claim:
      'Jury selection got underway Monday, with more than 100 prospective jurors packed into the Santa Fe courtroom.',
    note: 'Trial scheduled → trial begun (Monday, Feb. 2, 2026).',
  },
  {
    relation: 'updated',
    known:
      "The jury's verdict resolves only part of the case. Judge Bryan Biedscheid will hear the state's public nuisance claims himself in a second phase scheduled to start in May.",
    claim:
      'The bench phase opened Monday with the state calling a child psychiatrist to describe what an abatement program would pay for.',
    note: 'Second phase scheduled → second phase begun (May 4, 2026).',
  },
  {
    relation: 'updated',
    known:
      'Meta told the court this week that it might stop offering its apps to New Mexico users if it is ordered to make changes it says it cannot implement for one state. Attorney General Raúl Torrez called the warning “a threat aimed at New Mexico families.”',
    claim:
      'Meta later assured the court that Facebook and Instagram would remain available to New Mexicans while its appeal is pending.',
    note: 'A later step on the withdrawal warning, after the judgment.',
  },
  {
    relation: 'updated',
    known:
      'The $567 million fund will be overseen by an administrator the judge has not yet named. Biedscheid gave the parties 60 days to propose candidates.',
    claim:
      'Biedscheid has named retired state Court of Appeals Judge Elena Vigil-Marquez to administer the abatement fund.',
    note: 'Administrator to be named → administrator named.',
  },
  {
    relation: 'updated',
    known:
      "Meta filed a notice of appeal Thursday, asking the New Mexico Court of Appeals to overturn the $942 million judgment. The attorney general's office said it was reviewing its own options.",
    claim:
      "The state has filed a cross-appeal of its own, arguing the judge should have ordered changes to Meta's algorithms and appointed a court monitor.",
    note: "A cross-appeal after Meta's appeal; consistent with the judgment's refusals.",
  },
  {
    relation: 'updated',
    known:
      "Meta's appeal of the New Mexico judgment is now before the state Court of Appeals, where cases often take more than a year to resolve. Briefing has not yet begun.",
    claim:
      'Meta has asked the Court of Appeals to certify the case directly to the New Mexico Supreme Court, arguing its Section 230 questions are too important to wait.',
    note: 'A later appellate step: a request for certification to the Supreme Court.',
  },
  {
    relation: 'updated',
    known:
      "Judge Bryan Biedscheid heard nearly three hours of argument Tuesday on Meta's motion to dismiss New Mexico's lawsuit, including a separate request by Mark Zuckerberg to be dropped as a defendant. The judge said he would rule in the coming weeks.",
    claim:
      'Biedscheid has since let Zuckerberg out of the case as an individual defendant, finding the state had not tied him personally to the conduct it alleges.',
    note: 'Request argued → Zuckerberg dismissed; his dismissal is not among the known facts.',
  },
  {
    relation: 'updated',
    known:
      "With Meta's motion to dismiss denied, New Mexico's lawsuit now moves into discovery, where the state hopes to obtain internal company documents. No trial date has been set.",
    claim: 'Biedscheid has since scheduled a jury trial to begin in February 2026.',
    note: 'No trial date → trial date set.',
  },
  {
    relation: 'updated',
    known:
      "Meta has moved New Mexico's lawsuit to the U.S. District Court for the District of New Mexico. The state's lawyers say they will amend their complaint and fight to return to Santa Fe.",
    claim:
      'The state filed its amended complaint on Jan. 9, adding allegations drawn from internal Meta documents.',
    note: 'Amendment announced → amended complaint filed (Jan. 9, 2024).',
  },
  {
    relation: 'updated',
    known:
      "SANTA FE, N.M. (CN) — New Mexico rested its case Thursday after six weeks of testimony, and Meta began calling its own witnesses. The company's first witness was its head of global safety policy.",
    claim:
      'Both sides delivered their closing arguments Monday, and the case went to the jury that afternoon.',
    note: 'Defence case under way → closings and deliberations, a stage the known facts do not hold.',
  },
  {
    relation: 'updated',
    known:
      "Meta's appeal of the $942 million judgment is pending before the New Mexico Court of Appeals. Both sides have asked to present oral argument.",
    claim: 'The Court of Appeals has set oral argument for the spring of 2027.',
    note: 'Oral argument requested → scheduled.',
  },
  {
    relation: 'updated',
    known:
      "Meta's notice of appeal, filed Oct. 1, does not spell out the company's arguments, which will come in its opening brief. Legal experts expect Meta to lean heavily on Section 230.",
    claim:
      'In its opening brief, filed this week, Meta argues the trial judge should have dismissed the case in 2024 under Section 230.',
    note: 'Notice of appeal → opening brief filed.',
  },
  {
    relation: 'updated',
    known:
      'Under the five-year decree, Meta must file reports with the court every 90 days describing the changes it has made to accounts held by New Mexicans under 18. The first report is due in early November.',
    claim:
      'In its first compliance report, Meta told the court it has made all New Mexico teen accounts private by default and turned off messages from adults they do not follow.',
    note: 'Compliance report due → first report filed.',
  },
  {
    relation: 'updated',
    known:
      "The attorney general's office has asked Judge Bryan Biedscheid to reconsider his refusal to appoint an independent monitor to oversee Meta's compliance. Meta opposes the request.",
    claim:
      "Biedscheid rejected the state's request, saying the reports required by his decree will be enough to track Meta's conduct.",
    note: 'Motion to reconsider filed → ruled on.',
  },
  {
    relation: 'updated',
    known:
      "The New Mexico Court of Appeals has docketed Meta's appeal and the state's cross-appeal. Under the court's rules, civil appeals are first screened for possible mediation.",
    claim:
      "The appeals court's mediation office held a first conference with both sides last week, but no agreement emerged.",
    note: 'Screening for mediation → a mediation conference held.',
  },
  // ── new (21) ──
  {
    relation: 'new',
    known:
      "SANTA FE, N.M. (AP) — New Mexico's attorney general has sued Meta, saying Facebook and Instagram steer children toward sexually explicit material and make it easy for predators to find them. The suit was filed Tuesday in state court in Santa Fe.",
    claim:
      'About six weeks earlier, on Oct. 24, a coalition of dozens of attorneys general had sued Meta in federal court in California over the mental health of young users.',
    note: "Trap: the Oct. 24, 2023 date is the multistate federal suit's, not a wrong filing date for New Mexico's case.",
  },
  {
    relation: 'new',
    known:
      'The Santa Fe trial opened in early February and lasted seven weeks. Jurors heard from former Meta employees, undercover investigators and child-safety experts before returning their verdict Tuesday.',
    claim:
      'In Los Angeles, a separate jury in the K.G.M. case against Meta and YouTube began hearing evidence the same week the Santa Fe trial got underway.',
    note: 'Trap: the K.G.M. jury trial in Los Angeles, a different case that opened the same week.',
  },
  {
    relation: 'new',
    known:
      "Meta's loss in Santa Fe on Thursday came as the company faces a wave of litigation over the safety of young users. Judge Bryan Biedscheid ordered $567 million for an abatement fund.",
    claim:
      'Also in August, Meta agreed to settle the multistate federal suit brought by other attorneys general, a deal that does not cover New Mexico.',
    note: "Trap: the August settlement is the multistate suit's, not a settlement of New Mexico's case decided by judgment the same month.",
  },
  {
    relation: 'new',
    known:
      "Judge Bryan Biedscheid's refusal to dismiss the case means the state can begin gathering evidence from Meta. Torrez called the May 30 ruling a historic victory for New Mexico's children.",
    claim:
      "The same month, Torrez's office announced criminal charges against three men arrested in Operation MetaPhile, a sting in which agents posed as children online.",
    note: 'Trap: the criminal charges belong to Operation MetaPhile (May 2024), not to the civil Meta case.',
  },
  {
    relation: 'new',
    known:
      'The Meta case, No. D-101-CV-2023-02838, has been assigned to Judge Bryan Biedscheid since it returned from federal court. It accuses the company of violating the Unfair Practices Act and creating a public nuisance.',
    claim:
      "The attorney general's suit against Snap, filed Sept. 5, 2024, in the same courthouse, carries case number D-101-CV-2024-02131.",
    note: "Trap: the Snap case's own filing date and number, not a wrong number for the Meta case.",
  },
  {
    relation: 'new',
    known:
      'The $375 million penalty is among the largest ever imposed on a tech company by a state jury. Meta said it would appeal.',
    claim:
      "Facebook paid a far larger sum in 2019, when it agreed to a $5 billion penalty with the Federal Trade Commission over users' privacy.",
    note: "Trap: the FTC's 2019 privacy penalty, a different matter from the New Mexico verdict.",
  },
  {
    relation: 'new',
    known:
      "Meta has said it will appeal the $942 million judgment in New Mexico's child-safety case, which a Santa Fe judge finalized in August. The company's lawyers say the verdict rested on flawed evidence.",
    claim:
      "On Sept. 25, a New Mexico jury returned a verdict in the state's separate privacy lawsuit against Meta over the Cambridge Analytica affair.",
    note: "Trap: the Cambridge Analytica case's jury verdict, not this case's.",
  },
  {
    relation: 'new',
    known:
      'Rather than join the federal lawsuit other states filed in October, New Mexico went to state court, filing its complaint in Santa Fe on Dec. 5. Torrez said state court offered a faster path to trial.',
    claim: 'Massachusetts also chose its own state court, suing Meta in Suffolk County in October 2023.',
    note: "Trap: another state's suit and date, not New Mexico's filing.",
  },
  {
    relation: 'new',
    known:
      "Much of the $567 million abatement fund is expected to go to schools, which the state says have borne the cost of students' social-media-related mental health problems. Biedscheid's order leaves the details to a plan the parties must submit.",
    claim:
      'Hundreds of school districts are pressing their own claims against Meta and other platforms in federal multidistrict litigation in Oakland.',
    note: 'Trap: the school-district litigation is a different matter in federal court.',
  },
  {
    relation: 'new',
    known:
      'The five-year decree bars Meta from some practices involving New Mexico users under 18, including recommending their accounts to adults they do not know. Meta says many of the protections already exist in its Teen Accounts.',
    claim:
      'In 2023, the Federal Trade Commission proposed barring Meta from making money off the data of users under 18, a move the company called a political stunt.',
    note: "Trap: an FTC proposal on under-18 users, not this case's decree.",
  },
  {
    relation: 'new',
    known:
      'Judge Bryan Biedscheid ordered Meta to pay $567 million into the abatement fund on Thursday. The amount was less than the state had asked for.',
    claim:
      "During the bench phase, the state's experts had put the cost of a full abatement plan at about $3.7 billion over 15 years.",
    note: "Trap: the state's requested cost of abatement, a different figure from the fund awarded.",
  },
  {
    relation: 'new',
    known:
      "SANTA FE, N.M. (AP) — The verdict was read shortly after three in the afternoon in a packed courtroom on the fourth floor. Meta's lawyers declined to comment as they left.",
    claim:
      'Several mothers in the front row held framed photos of children they said had been harmed on Instagram.',
    note: 'Scene detail.',
  },
  {
    relation: 'new',
    known:
      'Meta said in a statement that it “respectfully disagrees” with the verdict and will appeal. The company said the state had cherry-picked documents.',
    claim:
      'A Meta spokesperson added that the company has rolled out Teen Accounts with built-in limits on who can contact young users.',
    note: "A further part of Meta's reaction.",
  },
  {
    relation: 'new',
    known:
      'Attorney General Raúl Torrez, who took office in January 2023, has made online child safety a centerpiece of his tenure. He brought the Meta suit less than a year into his term.',
    claim:
      'Before becoming attorney general, Torrez served as district attorney in Bernalillo County, which includes Albuquerque.',
    note: 'Background on Torrez.',
  },
  {
    relation: 'new',
    known:
      "A former Instagram engineer testified Thursday that he warned top executives in 2021 that teenagers were receiving unwanted sexual advances on the app. Meta's lawyers suggested on cross-examination that his survey was not representative.",
    claim:
      'The engineer paused on the stand while describing messages his own teenage daughter had received.',
    note: 'Scene detail of testimony.',
  },
  {
    relation: 'new',
    known:
      'The judgment arrives as New Mexico lawmakers prepare for the 60-day legislative session that begins in January. Several lawmakers have said they want to act on social media.',
    claim:
      'State Sen. Marisol Baca has pre-filed a bill that would require social media companies to verify the ages of New Mexico users.',
    note: 'Legislative background, not a step of the case.',
  },
  {
    relation: 'new',
    known:
      'The verdict drew swift reaction from child-safety advocates, who called it a turning point. Tech industry groups were more muted.',
    claim:
      'NetChoice, a trade group whose members include Meta, said the verdict threatened free expression online and predicted it would not survive appeal.',
    note: 'An industry reaction.',
  },
  {
    relation: 'new',
    known:
      'Meta will appeal, the company said Tuesday. The verdict was announced after the stock market closed.',
    claim: 'Meta shares were little changed in after-hours trading.',
    note: 'Market reaction.',
  },
  {
    relation: 'new',
    known:
      "The second phase of the trial began Monday before Judge Bryan Biedscheid, without a jury. The state is asking him to find that Meta's platforms are a public nuisance.",
    claim:
      'So many spectators showed up that court staff opened an overflow room down the hall with a video feed.',
    note: 'Scene detail.',
  },
  {
    relation: 'new',
    known:
      "Meta's lawyers told jurors the state's undercover accounts were engineered to attract predators and did not reflect how ordinary teenagers use the apps. They pointed to the company's removal of accounts that break its child-safety rules.",
    claim:
      'The company says it disabled more than 500,000 accounts for violating its child sexual exploitation policies in a single month last year.',
    note: "Meta's own enforcement figure, background not in the paragraph or the known facts.",
  },
  {
    relation: 'new',
    known:
      "Torrez said at a news conference Thursday that the fund would “begin to repair” the damage done to New Mexico children. He did not take questions about Meta's appeal.",
    claim:
      'Standing beside him were two parents whose son, they said, was extorted through Instagram messages in 2024.',
    note: 'Scene detail.',
  },
];
