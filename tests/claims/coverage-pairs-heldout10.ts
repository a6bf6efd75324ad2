// Labelled claim pairs in the style of real news coverage of State of New Mexico v. Meta Platforms, Inc.:
// the TENTH HELD-OUT split, written blind on 2026-12-07 (without looking at the claim diff, its source or the
// other splits) and measured once; do not tune on it. 48 pairs, 12 of each relation. Each pair is a paragraph
// of earlier coverage (`known`, 2 to 5 sentences) and one sentence of later coverage (`claim`); `relation` is
// what that sentence is relative to the paragraph AND the case's known facts (always present in the diff: the
// civil nature under the Unfair Practices Act and public nuisance law, the First Judicial District Court in
// Santa Fe County and case number D-101-CV-2023-02838, the Dec. 5, 2023 filing, the May 30, 2024 denial of the
// motion to dismiss, the $375 million verdict of March 24, 2026, and the Aug. 6, 2026 judgment with its
// $567 million abatement fund, $942 million in all).
//
// Labelling rules:
// - `restated`: the sentence says something the paragraph or the known facts already say, possibly reworded,
//   paraphrased heavily, translated stiffly, with figures written differently ("$942M", "three hundred
//   seventy-five million dollars", "five grand"), dates written differently ("the thirtieth of May", "the first
//   week of December 2023"), or under aliases (AG Torrez / the attorney general's office; Meta / the Facebook
//   parent / the Instagram owner / the technological giant). A sentence stating a true case fact the paragraph
//   lacks is `restated` against the known facts.
// - `conflicting`: the same statement with a wrong number, date, party, age, amount, court, judge, case number,
//   term or legal status (civil vs criminal; jury vs judge; granted vs denied; federal vs state court; settled
//   vs tried), including negations and statements worded far from the paragraph's own wording.
// - `updated`: the sentence reports a later state of the same matter than the paragraph holds (complaint →
//   removal → remand; individual defendant's motion → dismissal; trial scheduled → begun; phase two scheduled →
//   begun; judgment → notice of appeal → brief; stay requested → refused; new-trial motion pending → denied; fee
//   request → award; fund administrator to be named → named; spending plan due → filed), a state the known
//   facts do not hold either. Post-judgment events are invented for this set; none contradicts the known facts.
// - `new`: something neither the paragraph nor the known facts say: scene details, reactions, background,
//   other cases. Notes that begin with "Trap:" mark sentences whose figures or dates belong to a different
//   event (the multistate federal suit and its settlement, other states' own suits, the Snap case, Operation
//   MetaPhile, the Cambridge Analytica case) from the paragraph's similar-looking ones: they must not be called
//   conflicting. Six traps: four are `new`, and two are `restated`: they restate a known fact beside another
//   case's figures.
// All text is written for this set.

import type { CoveragePair } from './coverage-pairs-dev.ts';

export const coveragePairsHeldout10: CoveragePair[] = [
  // ───────────────────────────── restated ─────────────────────────────
  {
    relation: 'restated',
    known:
      'ALBUQUERQUE — Attorney General Raúl Torrez on Wednesday unveiled a lawsuit accusing Meta of turning Facebook and Instagram into hunting grounds for predators. Investigators in his office set up accounts posing as children and, according to the complaint, were soon flooded with explicit images and propositions from adult strangers. “No parent would let a stranger into a child’s bedroom, and that is what these apps do,” Torrez told reporters at a news conference in Albuquerque. A Meta spokesperson said the company has spent a decade building tools to keep teens safe.',
    claim:
      "The state's theory is that the company broke New Mexico's ban on deceptive and unconscionable trade practices and maintained a public nuisance, claims that can bring money penalties and court orders but not handcuffs.",
    note: 'Restates the known civil basis (Unfair Practices Act plus public nuisance, not a criminal case) without naming the act.',
  },
  {
    relation: 'restated',
    known:
      "March 24 (Reuters) - A New Mexico jury found on Tuesday that Meta Platforms misled the state's residents about the safety of Facebook and Instagram for children, and ordered the company to pay $375 million in civil penalties. Jurors concluded that Meta committed 75,000 violations of the state's Unfair Practices Act, assigning the maximum $5,000 penalty to each. Meta said it disagreed with the verdict and would appeal.",
    claim:
      'Every one of the tens of thousands of breaches the panel tallied was priced at five grand, the ceiling the statute permits, which is how the nine-figure total came about.',
    note: 'Paraphrases the paragraph: the $5,000 maximum per violation, multiplied over the counted violations, gives the $375 million.',
  },
  {
    relation: 'restated',
    known:
      "State District Judge Bryan Biedscheid on Thursday ordered Meta to bankroll a $567 million effort to repair the harm he found its platforms did to young New Mexicans. The order, which follows a bench phase held in May, also imposes five years of new rules on how the company handles accounts belonging to minors. It stops short of forcing changes to Meta's recommendation algorithms, a remedy the state had sought. Meta said it would appeal.",
    claim:
      'Stacked on top of what jurors imposed in the spring, the abatement money puts the Instagram owner on the hook for $942M overall.',
    note: 'The $942 million total (the $375 million verdict plus the $567 million fund) is a known fact, written as $942M.',
  },
  {
    relation: 'restated',
    known:
      "New Mexico's attorney general is suing Meta, alleging that Facebook and Instagram steered children toward sexual content and put them in contact with predators. The complaint draws on an undercover investigation in which state agents posed as minors and documented what the platforms recommended to them. Meta said it uses sophisticated technology and employs child safety experts to root out predators.",
    claim:
      "Unlike the federal suit that dozens of attorneys general filed in California on Oct. 24, New Mexico's complaint went to a state court in Santa Fe County on Dec. 5.",
    note: 'Trap: Oct. 24 belongs to the multistate federal suit; the Santa Fe County state court and the Dec. 5 filing restate known facts.',
  },
  {
    relation: 'restated',
    known:
      'A judge of the state of New Mexico rejected this Thursday the petition of Meta to archive the demand presented by the prosecutor general Raúl Torrez. The company had argued that a federal law exonerates it of responsibility for the contents that its users publish. With this decision, the process will follow its course in the tribunals of Santa Fe.',
    claim:
      'The resolution of the thirtieth of May closes the door to the argument of the technological giant that the norm known as Section 230 shields it from the accusations.',
    note: 'Machine-translated restatement: the denial of the motion to dismiss on May 30 (a known fact) and the rejected federal-immunity defence in the paragraph.',
  },
  {
    relation: 'restated',
    known:
      "SANTA FE, N.M. (AP) — Lawyers for New Mexico told jurors on Monday that Meta knew its platforms exposed children to sexual predators and chose growth over safety. The case is among the first brought by a state against a social media company to reach a jury. Meta's attorneys countered that the company has poured billions into safety tools and that the state cherry-picked internal documents.",
    claim:
      "The attorney general's office brought the suit in the first week of December 2023, more than two years before opening statements.",
    note: 'The Dec. 5, 2023 filing is a known fact; "the first week of December 2023" restates it.',
  },
  {
    relation: 'restated',
    known:
      "A federal judge has sent New Mexico's child-safety suit against Meta back to state court, rejecting the company's bid to litigate the claims in Albuquerque. U.S. District Judge Margaret Strickland found that the state's claims arise under New Mexico law and do not depend on any substantial federal question. Meta had removed the case in December, less than two weeks after the attorney general filed it.",
    claim:
      'The litigation now heads back to the First Judicial District Court in Santa Fe County, under docket number D-101-CV-2023-02838.',
    note: 'The court and case number are known facts; returning there is what the remand in the paragraph means.',
  },
  {
    relation: 'restated',
    known:
      "For years, tech companies have treated fines from regulators as a cost of doing business. The verdict against Meta in Santa Fe last month may prove different, not because of its size but because ordinary people heard the evidence and were not persuaded by the company's assurances. Parents who testified described children groomed through direct messages while the platform's own safety teams sounded alarms internally.",
    claim:
      'It was a jury of New Mexicans, not an agency, that decided on the twenty-fourth of March that the company owed the state three hundred seventy-five million dollars.',
    note: 'The jury verdict of $375 million on March 24, 2026 is a known fact, with the figure and date spelled out.',
  },
  {
    relation: 'restated',
    known:
      'Meta is raising the possibility of pulling Facebook and Instagram out of New Mexico altogether if the court orders the changes the state wants. The warning came in a court filing ahead of the second phase of the trial, when the judge alone will decide whether the company created a public nuisance and what it must do about it.',
    claim:
      'No jurors will sit for the coming proceeding, which leaves the nuisance question and any remedy to the judge.',
    note: 'Rewords the paragraph: the second phase is decided by the judge alone, without a jury.',
  },
  {
    relation: 'restated',
    known:
      "A state district judge on Thursday ordered Meta to pay hundreds of millions of dollars more to address the harm caused by its platforms in New Mexico, capping a case that went to trial early this year. Meta said it would appeal. The attorney general's office called the ruling a blueprint for other states.",
    claim:
      "The ruling, which brings the company's total to $942 million, landed the same month Meta settled the separate youth mental-health suit that a coalition of states had pursued in federal court, a case New Mexico never joined.",
    note: 'Trap: the August 2026 settlement belongs to the multistate federal suit; the $942 million total restates a known fact.',
  },
  {
    relation: 'restated',
    known:
      "The $567 million ordered by the court is meant to pay for programs that address the harms the judge found Meta's platforms caused. Who will oversee the money has not been settled, and the company has asked that payments be paused while it appeals. The state wants the fund steered toward youth mental health services and online safety lessons in schools. Attorney General Raúl Torrez said last week that families should see the first programs funded within a year. Meta has not commented on the state's proposals.",
    claim: 'That pot of money was fixed in the final judgment handed down on the sixth of August.',
    note: 'The Aug. 6, 2026 judgment creating the $567 million fund is a known fact.',
  },
  {
    relation: 'restated',
    known:
      "The second phase of New Mexico's case against Meta began Monday in a Santa Fe courtroom, this time with no jury in the box. Judge Bryan Biedscheid will decide whether the company's platforms amount to a public nuisance and, if so, what Meta must pay or change to abate it. The state called a pediatrician as its first witness.",
    claim:
      'Jurors had already settled the first half of the case in March, finding the Facebook parent liable for unfair practices and assessing $375 million in penalties.',
    note: 'The March 2026 verdict under the Unfair Practices Act for $375 million is a known fact the paragraph lacks.',
  },

  // ───────────────────────────── conflicting ─────────────────────────────
  {
    relation: 'conflicting',
    known:
      "The attorney general's investigators spent months running decoy accounts on Facebook and Instagram, each presented as a child 14 or younger. According to the complaint, the accounts were quickly shown sexual content and contacted by adult men, some of whom offered money for images. One decoy, presented as a 13-year-old girl, drew a flood of friend requests within days.",
    claim:
      'Investigators built their fake profiles to look like high-school juniors and seniors, aged 16 and 17, to test how fast adults would reach out.',
    note: 'Wrong age bound: the paragraph says the decoys were 14 or younger.',
  },
  {
    relation: 'conflicting',
    known:
      "SANTA FE, N.M. (AP) — Jurors on Tuesday ordered Meta to pay $375 million after concluding the company violated New Mexico's Unfair Practices Act by misleading users about child safety. The panel found 75,000 violations and set the penalty for each at the $5,000 maximum. The verdict followed nearly seven weeks of testimony.",
    claim: "By the jury's reckoning there were 37,500 separate violations, each priced at $10,000.",
    note: 'Same $375 million product, but the count (37,500 vs 75,000) and the per-violation amount ($10,000 vs the $5,000 maximum) are wrong.',
  },
  {
    relation: 'conflicting',
    known:
      "Torrez's lawsuit names Meta, Instagram, Facebook Holdings and CEO Mark Zuckerberg as defendants. It accuses the companies of failing to protect children from sexual exploitation and of misrepresenting the safety of their products. The office announced the complaint at a news conference the day after it was filed.",
    claim:
      'The complaint was lodged in the Second Judicial District Court in Albuquerque under case number D-202-CV-2023-09517.',
    note: 'Wrong court and case number: the known facts place it in the First Judicial District Court, Santa Fe County, as D-101-CV-2023-02838.',
  },
  {
    relation: 'conflicting',
    known:
      "State District Judge Bryan Biedscheid has refused to throw out New Mexico's lawsuit against Meta, rejecting the company's argument that Section 230 of the Communications Decency Act immunizes it. The judge found the state's claims target Meta's own design choices and statements, not content posted by users. The case now moves into discovery.",
    claim:
      'In her written ruling, Judge Margaret Strickland said Meta could not use the federal statute to avoid answering for its own conduct.',
    note: 'Wrong judge: the paragraph attributes the ruling to Biedscheid (Strickland was the federal judge who remanded the case).',
  },
  {
    relation: 'conflicting',
    known:
      "Follow us for more breaking news. New Mexico's case against Meta is a civil lawsuit brought under the state's Unfair Practices Act and public nuisance law. It seeks civil penalties and a court order forcing changes to the company's platforms. Meta denies the allegations.",
    claim:
      "Because the prosecution was brought under New Mexico's criminal code against a corporation, the only punishment available to the state is a fine, not prison.",
    note: 'Civil vs criminal: the paragraph and the known facts make it a civil suit, not a criminal prosecution.',
  },
  {
    relation: 'conflicting',
    known:
      'A Santa Fe jury has decided Meta must pay New Mexico $375 million for misleading the public about the dangers its apps pose to children. A Meta spokesperson said the company would appeal.',
    claim:
      'Once the panel found the company liable, it was Judge Biedscheid rather than the jurors who settled on the $375 million figure.',
    note: 'Jury vs judge: the paragraph says the jury set the $375 million.',
  },
  {
    relation: 'conflicting',
    known:
      "A New Mexico state judge has rejected Meta's bid to toss the state's suit accusing it of exposing children to predators, ruling that federal internet immunity does not cover the company's design and marketing choices. The decision came after a hearing in which Meta argued that the claims were really about third-party content. The state's claims under the Unfair Practices Act and public nuisance law will proceed.",
    claim:
      "Siding with Meta, the court found that Section 230 bars the bulk of the state's theory, leaving only a sliver of the case alive.",
    note: 'Granted vs denied: the paragraph (and the May 30, 2024 known fact) say the motion to dismiss was denied.',
  },
  {
    relation: 'conflicting',
    known:
      "Meta has moved New Mexico's lawsuit out of state court and into federal court in Albuquerque, a common defense tactic. The company argues the state's claims raise federal questions. Attorneys for the state say they will ask for the case to be sent back to Santa Fe.",
    claim:
      "It was the attorney general's office that shifted the case into the federal system, hoping for a faster schedule than the Santa Fe docket offered.",
    note: 'Wrong party: the paragraph says Meta, not the state, removed the case.',
  },
  {
    relation: 'conflicting',
    known:
      "The final judgment requires Meta to put a $567 million abatement fund in place and to follow new rules for accounts held by users under 18 for five years. But the judge declined two of the state's biggest asks: he did not order changes to Meta's recommendation algorithms, and he did not appoint a court monitor. Both sides claimed partial victory.",
    claim:
      "An independent monitor named by the court will watch over Meta's compliance with the decree for its full five-year term.",
    note: 'Negation: the paragraph says the judge did not appoint a court monitor.',
  },
  {
    relation: 'conflicting',
    known:
      'Aug 6 (Reuters) - A New Mexico judge on Thursday ordered Meta Platforms to pay for a fund to abate the harm that the state said its apps caused to children, adding to a $375 million jury verdict in March. Meta said it would appeal. The ruling concludes a case that went to trial in February.',
    claim:
      "Under the order, the company must finance an abatement program worth $657 million on top of the jury's penalty.",
    note: 'Wrong amount: the known facts put the abatement fund at $567 million.',
  },
  {
    relation: 'conflicting',
    known:
      'The US group Meta must pay the state of New Mexico 375 million dollars, a jury in Santa Fe decided. The jurors saw it as proven that the company deceived users about the dangers for children on Instagram and Facebook. The trial had lasted seven weeks. Meta announced it will go into appeal.',
    claim:
      'The Facebook parent had ultimately settled the dispute out of court, so the accusations were never heard by a jury.',
    note: 'Settled vs tried: the paragraph reports a jury verdict.',
  },
  {
    relation: 'conflicting',
    known:
      'The social network giant Meta was condemned by a popular jury of New Mexico to pay 375 million dollars for having misled the public on the security of children on its platforms. The jury estimated that the group had violated the law of the state on unfair commercial practices. Meta, which contests the decision, has announced that it will make appeal.',
    claim:
      'The verdict, rendered on the 24 of April after seven weeks of debates, crowns a procedure engaged at the end of 2023.',
    note: 'Wrong date: the known facts put the verdict on March 24, 2026, not April 24.',
  },

  // ───────────────────────────── updated ─────────────────────────────
  {
    relation: 'updated',
    known:
      'The lawsuit filed this week in state district court in Santa Fe seeks civil penalties and an order forcing Meta to change how its platforms treat children. Meta has not yet responded in court. Legal experts said the company is likely to challenge the case on federal grounds.',
    claim:
      "Meta has since moved the lawsuit into U.S. District Court in Albuquerque, arguing that the state's claims turn on federal law.",
    note: 'Complaint → removal to federal court (Dec. 18, 2023), a later state neither the paragraph nor the known facts hold.',
  },
  {
    relation: 'updated',
    known:
      'The case is sitting in federal court for now, after Meta removed it from Santa Fe last month. The state has asked U.S. District Judge Margaret Strickland to send it back, arguing that every claim arises under New Mexico law. Meta filed its opposition on Friday.',
    claim:
      "Strickland granted the state's request on Monday and returned the case to the state district court.",
    note: 'Remand motion pending → granted (Feb. 5, 2024).',
  },
  {
    relation: 'updated',
    known:
      "Mark Zuckerberg has asked the Santa Fe court to drop him from the lawsuit, arguing that the state has not shown he personally directed any of the conduct it describes. The attorney general's office counters that Zuckerberg made public assurances about child safety that it says were false. A ruling on his request is expected later this spring.",
    claim:
      'The judge has let Zuckerberg out of the case as an individual defendant, though without prejudice, so the state could try to name him again.',
    note: "Zuckerberg's request pending → granted without prejudice (May 2024); the known facts do not hold his dismissal.",
  },
  {
    relation: 'updated',
    known:
      "Jury selection in New Mexico's lawsuit against Meta is set to begin Feb. 2 in Santa Fe. The trial is expected to last about seven weeks. Attorney General Raúl Torrez said he plans to attend parts of it himself. Both sides have lined up dozens of witnesses, among them former Meta employees. Judge Bryan Biedscheid has cleared his calendar for the duration.",
    claim:
      'Attorneys began questioning prospective jurors Monday morning in a Santa Fe courtroom, with more than a hundred residents summoned for the pool.',
    note: 'Trial scheduled → begun.',
  },
  {
    relation: 'updated',
    known:
      'The judge will hear the public nuisance phase of the case starting May 4, without a jury. The state plans to call experts on adolescent mental health and online safety. Meta has said it will argue that any remedy must respect the First Amendment.',
    claim:
      "Testimony in the bench phase opened Monday, with the state's first witness, a child psychiatrist, describing a rise in teen self-harm cases she linked to social media.",
    note: 'Phase two scheduled → begun.',
  },
  {
    relation: 'updated',
    known:
      'SANTA FE, N.M. (AP) — A judge on Thursday ordered Meta to fund a $567 million program to address the harm its platforms caused to children in New Mexico. Meta said it would appeal the decision, which adds to a $375 million jury verdict from March. The company has 30 days to file a notice of appeal.',
    claim: 'Meta filed its notice of appeal on Friday, sending the case to the New Mexico Court of Appeals.',
    note: 'Judgment with appeal promised → notice of appeal filed (invented).',
  },
  {
    relation: 'updated',
    known:
      'Meta has asked Judge Bryan Biedscheid to pause enforcement of the judgment while its appeal is pending. The company says requiring it to pay into the abatement fund now would cause irreparable harm if the judgment is later reversed. The state opposes any stay that is not backed by a full bond.',
    claim:
      'Biedscheid refused to halt the judgment outright, ruling that Meta can delay payment only by posting a bond covering the full $942 million.',
    note: 'Stay requested → refused unless fully bonded (invented).',
  },
  {
    relation: 'updated',
    known:
      "Meta has asked the Santa Fe court for a new trial on the jury phase, arguing that jurors were inflamed by testimony about individual children that had little to do with the company's statements. The state responded that the evidence went directly to whether Meta misled the public. The judge has not yet ruled.",
    claim:
      "In a brief order Tuesday, the court turned down Meta's bid for a fresh trial, finding the testimony properly admitted.",
    note: 'Post-judgment motion pending → denied (invented).',
  },
  {
    relation: 'updated',
    known:
      "The state's outside lawyers are seeking about $48 million in fees and costs for their work on the case, on top of the judgment. Meta called the request excessive and said the hourly rates were far above what New Mexico lawyers charge. A hearing on the request has not been scheduled.",
    claim:
      'The judge awarded $31 million in fees and costs, trimming the hourly rates but otherwise largely siding with the state.',
    note: 'Fee request → award (invented).',
  },
  {
    relation: 'updated',
    known:
      'The judgment requires that a court-approved administrator manage the $567 million abatement fund, and the parties have 60 days to propose candidates. Until someone is named, no money can be spent.',
    claim:
      'The court has chosen a retired New Mexico Supreme Court justice to administer the abatement fund, from a list the two sides submitted.',
    note: 'Fund administrator to be named → named (invented).',
  },
  {
    relation: 'updated',
    known:
      "The newly appointed administrator of the abatement fund is expected to submit a plan for spending the first year's money by the end of November. Advocates have urged that a share go to rural school districts, where counseling services are thin. Meta will have a chance to object to the plan.",
    claim:
      'The first-year spending plan, submitted to the court on Monday, earmarks most of the money for school-based counselors and online safety classes, with a set-aside for rural districts.',
    note: 'Spending plan due → filed (invented).',
  },
  {
    relation: 'updated',
    known:
      "Meta's appeal of the New Mexico judgment is pending before the state Court of Appeals. The company's opening brief is due in November. Meta has said it will challenge both the jury's penalty and the abatement order.",
    claim:
      'In its opening brief, filed this week, Meta argues the trial court should have dismissed the case in 2024 under Section 230 and that the 75,000-violation count was unsupported.',
    note: 'Opening brief due → filed (invented).',
  },

  // ───────────────────────────── new ─────────────────────────────
  {
    relation: 'new',
    known:
      "The jury in New Mexico's case against Meta returned its verdict Tuesday afternoon, finding the company liable under the state's Unfair Practices Act. The penalties total $375 million. Meta's lawyers left the courthouse without commenting.",
    claim:
      'Several parents seated in the gallery wept and held hands as the clerk read each answer on the verdict form aloud.',
    note: 'Scene detail absent from the paragraph and the known facts.',
  },
  {
    relation: 'new',
    known:
      "A Santa Fe judge on Thursday refused to dismiss New Mexico's lawsuit against Meta, rejecting the company's argument that federal law shields it from liability. The ruling, issued May 30, clears the way for the state to begin gathering evidence from the company. Attorney General Raúl Torrez called it a historic victory for New Mexico families.",
    claim:
      "Earlier in May, the same office announced that three men had been charged with soliciting children after agents posing as minors on Meta's apps arranged to meet them.",
    note: "Trap: the May 2024 charges belong to Operation MetaPhile, a separate criminal sting, not to this civil case's May 30 ruling.",
  },
  {
    relation: 'new',
    known:
      'A New Mexico judge ordered Meta on Thursday to create a $567 million fund to address harm to young users, on top of a $375 million jury verdict. The judgment also imposes five years of restrictions on accounts held by minors. Meta said it would appeal.',
    claim:
      'A trade group representing large technology companies warned that the ruling would encourage a wave of copycat lawsuits by state attorneys general.',
    note: 'Outside reaction absent from the paragraph and the known facts.',
  },
  {
    relation: 'new',
    known:
      "The lawsuit, announced Wednesday, accuses Meta of allowing predators to target children on Facebook and Instagram. Attorney General Raúl Torrez said his office's investigators documented the problem using accounts set up to look like children. Meta said it has removed hundreds of thousands of accounts tied to child exploitation.",
    claim:
      'Torrez spent years prosecuting internet crimes against children in Albuquerque before winning election as attorney general in 2022.',
    note: "Background on Torrez's career, not in the paragraph or the known facts.",
  },
  {
    relation: 'new',
    known:
      'Attorney General Raúl Torrez filed suit against Meta on Dec. 5 in the First Judicial District Court in Santa Fe. The complaint accuses the company of exposing children to sexual exploitation and of misleading parents about safety. Meta said it would defend itself.',
    claim:
      'On Sept. 5, 2024, the office filed a separate complaint in the same Santa Fe court against Snap Inc., accusing the Snapchat maker of enabling sextortion.',
    note: "Trap: Sept. 5, 2024 and the shared court belong to New Mexico v. Snap, not to this case's Dec. 5 filing.",
  },
  {
    relation: 'new',
    known:
      "Testimony began Tuesday in New Mexico's trial against Meta with a former company researcher who said she warned executives about predators contacting teens. The researcher, who left the company in 2021, spent most of the day on the stand. The state contends Meta misled the public about the safety of its apps. The trial is expected to run into March.",
    claim:
      "On cross-examination, Meta's lawyer pressed the researcher on why she had never taken her concerns to law enforcement.",
    note: 'Courtroom detail (the cross-examination) absent from the paragraph and the known facts.',
  },
  {
    relation: 'new',
    known:
      "The ruling means Meta will have to face New Mexico's claims in court rather than having them dismissed at the outset. The company had argued the case should be thrown out because it targets content posted by users. The state's lawyers argued the suit is about Meta's own product design.",
    claim:
      'Congress passed Section 230 in 1996, and courts have since read it broadly to protect websites from liability for what their users post.',
    note: 'Legal background on Section 230, not in the paragraph or the known facts.',
  },
  {
    relation: 'new',
    known:
      "Meta was hit with a $375 million jury verdict in Santa Fe in March, and a judge added a $567 million abatement fund in August. The company has said it will appeal both. The attorney general's office says the case has drawn inquiries from prosecutors in other states.",
    claim:
      "On Sept. 25, another New Mexico jury returned a verdict in the state's separate privacy case against Meta over the Cambridge Analytica scandal.",
    note: "Trap: the Sept. 25, 2026 verdict belongs to the Cambridge Analytica privacy case, not to this case's March verdict.",
  },
  {
    relation: 'new',
    known:
      "Judge Bryan Biedscheid opened the bench phase of the Meta case Monday by telling lawyers he expected it to wrap up within three weeks, as the state tries to show that Meta's platforms are a public nuisance the company must pay to abate. Meta's lawyers said the state's proposed remedies would violate the First Amendment.",
    claim:
      'Only a handful of spectators sat in the gallery on the first morning, a far cry from the crowds that packed the courtroom during the jury trial.',
    note: 'Scene detail absent from the paragraph and the known facts.',
  },
  {
    relation: 'new',
    known:
      "New Mexico on Tuesday became the latest state to sue Meta over its treatment of young users, filing a complaint in state court in Santa Fe. The suit focuses on sexual exploitation rather than mental health, setting it apart from earlier actions against the company. Meta said it rejects the state's claims.",
    claim:
      'Massachusetts had filed its own state-court case against Meta on Oct. 24, the same day a coalition of dozens of states sued the company in federal court in California.',
    note: "Trap: Oct. 24, 2023 belongs to other states' suits (Massachusetts and the multistate federal case), not to New Mexico's Dec. 5 filing.",
  },
  {
    relation: 'new',
    known:
      "Under the judgment, the abatement fund will be overseen by a court-approved administrator rather than the state legislature. The attorney general's office has said the money will go toward youth mental health and online safety. Meta's appeal could delay any spending.",
    claim:
      'Two state senators said they would introduce a bill next session requiring legislative approval before money from court judgments can be spent.',
    note: "Lawmakers' reaction absent from the paragraph and the known facts.",
  },
  {
    relation: 'new',
    known:
      "In a court filing, Meta said it might have no choice but to stop offering Facebook and Instagram in New Mexico if the judge orders the changes the state is seeking. The company argued that some of the proposed remedies are technically impossible to apply in only one state. The attorney general's office dismissed the filing as a scare tactic. “We will not be bullied by a company that profits from harming kids,” Torrez said in a statement.",
    claim:
      'Meta made a similar move in Canada in 2023, blocking news links on its platforms after a law required tech companies to pay publishers.',
    note: "Background on Meta's conduct elsewhere, not in the paragraph or the known facts.",
  },
];
