// Labelled claim pairs in the style of real news coverage of State of New Mexico v. Meta Platforms, Inc.:
// the NINTH HELD-OUT split, written blind on 2026-12-07 (without looking at the claim diff or the other
// splits) and measured once; do not tune on it. 48 pairs, 12 of each relation. Each pair is a paragraph of
// earlier coverage (`known`, 2 to 5 sentences) and one sentence of later coverage (`claim`); `relation` is what
// that sentence is relative to the paragraph AND the case's known facts (always present in the diff: the civil
// nature under the Unfair Practices Act and public nuisance law, the First Judicial District Court in Santa Fe
// County and case number D-101-CV-2023-02838, the Dec. 5, 2023 filing, the May 30, 2024 denial of the motion
// to dismiss, the $375 million verdict of March 24, 2026, and the Aug. 6, 2026 judgment with its $567 million
// abatement fund, $942 million in all).
//
// Labelling rules:
// - `restated`: the sentence says something the paragraph or the known facts already say, possibly reworded,
//   paraphrased heavily, quoted with small changes, with figures written differently ("$942M", "three hundred
//   seventy-five million dollars", "five grand each"), dates written differently ("the fifth of December",
//   "about seven weeks" when the paragraph's dates resolve it), or under aliases (AG Torrez / the attorney
//   general / New Mexico's top prosecutor; Meta / the Facebook parent / the Instagram owner / the Menlo Park
//   company). A sentence stating a true case fact the paragraph lacks is `restated` against the known facts.
// - `conflicting`: the same statement with a wrong number, date, party, age, amount, court, judge, case number,
//   term or legal status (civil vs criminal; jury vs judge; granted vs denied; federal vs state court; settled
//   vs tried), including negations and statements worded far from the paragraph's own wording.
// - `updated`: the sentence reports a later state of the same matter than the paragraph holds (complaint →
//   removal → remand; trial scheduled → trial begun; phase two scheduled → begun; judgment → notice of appeal
//   → bond, brief; post-judgment motion pending → decided; stay requested → refused; fee request → award; fund
//   administrator to be named → named; spending plan to be proposed → filed), a state the known facts do not
//   hold either. Post-judgment events are invented for this set; none contradicts the known facts.
// - `new`: something neither the paragraph nor the known facts say: scene details, reactions, background,
//   other cases. Notes that begin with "Trap:" mark sentences whose figures or dates belong to a different
//   event (the multistate federal suit and its settlement, the Snap case, Operation MetaPhile, the Cambridge
//   Analytica case) from the paragraph's similar-looking ones: they must not be called conflicting. Six traps:
//   four are `new`, and two are `restated`: they restate a known fact beside another case's figures.
// All text is written for this set.

import type { CoveragePair } from './coverage-pairs-dev.ts';

export const coveragePairsHeldout9: CoveragePair[] = [
  // ── restated (12) ──
  {
    relation: 'restated',
    known:
      'SANTA FE, N.M. (AP) — New Mexico sued the owner of Facebook and Instagram on Wednesday, saying the platforms steer sexual content toward minors and let adults solicit them. The lawsuit, announced by Attorney General Raúl Torrez, grew out of an undercover probe in which investigators set up accounts posing as children as young as 13. Meta said it uses sophisticated technology to root out predators. By Felicia Montoya.',
    claim:
      'Investigators working for AG Torrez built decoy profiles pretending to be kids, some supposedly just thirteen, before the state took the Facebook parent to court.',
    note: 'Restates the undercover probe with child decoy accounts as young as 13 from the paragraph, with the age in words and under aliases.',
  },
  {
    relation: 'restated',
    known:
      'ALBUQUERQUE — Mark Zuckerberg will not have to face New Mexico’s lawsuit personally, a judge ruled, even as he let the state’s case against Meta Platforms go forward. Judge Bryan Biedscheid of the First Judicial District dismissed the chief executive as a defendant without prejudice. The judge rejected Meta’s bid to have the rest of the complaint thrown out. Albuquerque Journal staff report.',
    claim:
      'The state can go on suing the company but, for now, not its CEO, after Biedscheid’s late-May 2024 ruling.',
    note: 'Restates Zuckerberg’s dismissal without prejudice ("for now") and the denial of the motion to dismiss; "late-May 2024" fits the known May 30, 2024 date.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE, N.M. (Reuters) — A New Mexico jury found on Tuesday that Meta Platforms misled the public about the safety of its apps for children, ordering the company to pay $375 million in civil penalties. The verdict came after nearly seven weeks of testimony in state court in Santa Fe. Meta said it would appeal. Reporting by Jonah Castell; editing by Leslie Adler.',
    claim:
      'A spokesperson for the Instagram owner said the company intends to take the verdict to a higher court.',
    note: 'Paraphrases the paragraph’s "Meta said it would appeal" under an alias.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — Judge Bryan Biedscheid on Thursday ordered Meta to bankroll a $567 million fund for programs addressing the harms its platforms caused New Mexico children. The order also places restrictions on accounts held by users under 18 for five years. Attorney General Raúl Torrez called it the largest judgment of its kind. Santa Fe New Mexican staff.',
    claim:
      'For half a decade, the Facebook parent must follow court-ordered rules for minors’ accounts in New Mexico.',
    note: 'Restates the five-year restrictions on under-18 accounts; "half a decade" is five years.',
  },
  {
    relation: 'restated',
    known:
      'Prosecutors in Attorney General Raúl Torrez’s office told jurors Monday that Meta knowingly exposed children to predators. The state is asking for civil penalties under New Mexico’s Unfair Practices Act. KOB 4’s Amelia Ortiz reports from the Santa Fe County courthouse.',
    claim:
      'Despite the talk of “prosecutors,” nobody at Meta faces jail: the state’s case is a civil one, brought under consumer-protection and public nuisance law.',
    note: 'Restates the civil nature of the case under the Unfair Practices Act and public nuisance law, a known fact partly in the paragraph.',
  },
  {
    relation: 'restated',
    known:
      'Meta Platforms on Dec. 18, 2023, shifted New Mexico’s lawsuit to the U.S. District Court in Albuquerque. The state amended its complaint on Jan. 9. On Feb. 5, 2024, Judge Margaret Strickland ordered the case returned to state court. Source NM’s Kenji Ward reported.',
    claim:
      'Less than a month after the state revised its complaint, a federal judge kicked the case back to Santa Fe.',
    note: 'Restates the Feb. 5 remand; "less than a month" resolves from the Jan. 9 amended complaint (27 days).',
  },
  {
    relation: 'restated',
    known:
      'The lawsuit, State of New Mexico v. Meta Platforms, Inc., is docketed as D-101-CV-2023-02838 in the First Judicial District Court. It names Meta, Instagram LLC and Facebook Holdings LLC among the defendants. Santa Fe Reporter staff.',
    claim:
      'Court papers show the photo-sharing app’s own corporate entity, Instagram, LLC, is among those the state sued.',
    note: 'Restates that Instagram LLC is a named defendant, as the paragraph says.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — A state jury ordered Meta to pay $375 million after finding it violated New Mexico’s Unfair Practices Act in its handling of child safety. The panel deliberated for about a day. Attorney General Raúl Torrez said the verdict sent a message to Silicon Valley. By Albuquerque Journal staff.',
    claim:
      'The $375 million the Santa Fe jury imposed on Meta in March is distinct from the youth mental health case that a group of attorneys general settled with the company in August 2026 in federal court in California, a suit New Mexico never joined.',
    note: 'Trap: restates the $375 million March verdict (known fact), set beside the multistate federal suit’s August 2026 settlement; the settlement, the August date and the federal court belong to the other case and must not be read as conflicting with the verdict or the Aug. 6 judgment.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — A First Judicial District judge has cleared New Mexico’s lawsuit against Meta to proceed, rejecting the company’s argument that federal law immunizes it. The ruling keeps alive claims under the state’s Unfair Practices Act and its public nuisance law. Meta declined to comment. KRQE News 13.',
    claim:
      'Biedscheid’s refusal to dismiss the Meta suit came on May 30, 2024, the same month the attorney general’s office announced the arrests of three men in Operation MetaPhile, a separate criminal sting.',
    note: 'Trap: restates the May 30, 2024 denial of the motion to dismiss (known fact) beside Operation MetaPhile’s May 2024 arrests; "criminal" and "three men" belong to the sting, not to this civil case.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE, N.M. (AP) — Meta Platforms must pay New Mexico a combined $942 million after a judge added an abatement award to the jury’s penalties. The judge declined to order changes to the company’s recommendation algorithms. Meta said it would appeal. By Teresa Ulibarri.',
    claim:
      'Biedscheid stopped short of forcing the Menlo Park company to rework the software that decides what users see in their feeds.',
    note: 'Restates the paragraph’s refusal to order algorithm changes, in lay wording and under an alias.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — Jury selection began Feb. 2 in New Mexico’s case against Meta, with opening statements set for the following Monday. The trial is expected to run into March. The judge has barred jurors from researching the case online. KUNM’s Ruth Cardenas reports.',
    claim:
      'Lawyers for both sides will first address the jury on Feb. 9, a week after selection got under way.',
    note: 'Restates the opening-statement date: the Monday after Feb. 2 is Feb. 9.',
  },
  {
    relation: 'restated',
    known:
      'ALBUQUERQUE — The New Mexico Department of Justice said Friday it will seek more than $3 billion in abatement from Meta in the trial’s second phase. The office, which adopted that name in January 2024, is led by Attorney General Raúl Torrez. Judge Bryan Biedscheid will hear the phase without a jury. NM Political Report.',
    claim: 'No jurors will sit for the public nuisance portion of the case; Biedscheid alone will decide it.',
    note: 'Restates the bench trial of the second phase from the paragraph; public nuisance is a known fact.',
  },

  // ── conflicting (12) ──
  {
    relation: 'conflicting',
    known:
      'SANTA FE, N.M. (AP) — New Mexico’s attorney general sued Meta Platforms, alleging that Facebook and Instagram have become breeding grounds for child predators. The lawsuit seeks civil penalties and an order forcing changes to the platforms. By Raymond Ochoa.',
    claim: 'The attorney general’s complaint landed on the docket in mid-December 2023, court records show.',
    note: 'Wrong date: the complaint was filed Dec. 5, 2023 (known fact), not in mid-December.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — Meta lost a key early round in New Mexico’s lawsuit on Thursday when a judge declined to toss the case. The company had argued that the state’s claims were barred by Section 230. Source NM staff.',
    claim: 'Biedscheid granted Meta’s motion to dismiss in May 2024, though he let the state refile.',
    note: 'Granted vs denied: the motion to dismiss was denied on May 30, 2024.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE, N.M. (Reuters) — Jurors in Santa Fe concluded that Meta committed 75,000 violations of New Mexico’s Unfair Practices Act. The company was ordered to pay the maximum civil penalty for each one. Reporting by Priya Dalal; editing by Mark Porter.',
    claim:
      'The panel held the Facebook parent liable for 57,000 breaches of the state’s consumer-protection statute.',
    note: 'Wrong number: 57,000 violations against the paragraph’s 75,000.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — Testimony entered its fourth week Monday in New Mexico’s trial against Meta. A former Meta engineer told jurors that safety teams were routinely overruled by growth managers. KRQE News 13.',
    claim: 'The Instagram owner’s seven-week trial unfolded in a federal courtroom in Albuquerque.',
    note: 'Wrong court: the case was tried in the First Judicial District Court in Santa Fe County, a state court.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — Judge Bryan Biedscheid’s final judgment in the Meta case runs to 140 pages and sets aside $567 million for abatement. The money will go to programs on youth mental health and online safety. Santa Fe Reporter.',
    claim: 'Judge Margaret Strickland, who presided over the abatement phase, set the fund at $567 million.',
    note: 'Wrong judge: Biedscheid set the fund; Strickland was the federal judge who remanded the case.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE, N.M. (AP) — A judge ordered Meta Platforms to pay an additional $567 million, bringing its total liability in New Mexico’s case to $942 million. Meta said in a statement that it would appeal. By Carla Benavidez.',
    claim: 'Meta said Thursday it would not appeal the judgment and would begin paying into the fund.',
    note: 'Negation: the paragraph says Meta would appeal.',
  },
  {
    relation: 'conflicting',
    known:
      'The abatement order came on top of the jury’s $375 million award. The combined liability makes it one of the largest state consumer-protection outcomes against a technology company. NM Political Report’s Lucía Herrera.',
    claim: 'All told, the Menlo Park company is on the hook for nine hundred twenty-four million dollars.',
    note: 'Wrong total in words: $924 million against the known $942 million ($375 million plus $567 million).',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — After a trial that began in early February, Meta Platforms was found to have violated New Mexico’s consumer-protection law. The judge will weigh the state’s public nuisance claim in May. KOB 4.',
    claim: 'Meta settled New Mexico’s child-safety lawsuit in March 2026 rather than let a jury decide it.',
    note: 'Settled vs tried: the jury returned a $375 million verdict on March 24, 2026.',
  },
  {
    relation: 'conflicting',
    known:
      'Investigators in the attorney general’s office created Instagram and Facebook profiles posing as girls 14 and younger, according to the complaint. Within days, the accounts were flooded with explicit messages from adults. Santa Fe New Mexican.',
    claim: 'The decoy profiles described in the complaint purported to belong to 16- and 17-year-olds.',
    note: 'Wrong age: the paragraph’s decoys posed as girls 14 and younger.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — The docket in New Mexico’s lawsuit against Meta has swelled to more than 1,200 entries ahead of trial. Judge Bryan Biedscheid has scheduled a final pretrial conference for January. Source NM.',
    claim: 'Court records list the state’s Meta case as No. D-101-CV-2024-02838.',
    note: 'Wrong case number: the known number is D-101-CV-2023-02838 (2023, not 2024).',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — The public nuisance phase of New Mexico’s case against Meta will begin May 4, with Judge Bryan Biedscheid deciding the claim himself. The state says it will ask for money to fund mental health services for young people. KUNM.',
    claim: 'A second jury will decide starting in May whether the Facebook parent created a public nuisance.',
    note: 'Jury vs judge: the paragraph says the judge decides the nuisance phase himself.',
  },
  {
    relation: 'conflicting',
    known:
      'ALBUQUERQUE — Attorney General Raúl Torrez said Wednesday his office had spent months documenting how Meta’s platforms connect adults with minors. “This is not an accident of technology,” Torrez said at a news conference. KRWG.',
    claim:
      'If convicted, Meta executives could face prison time under the charges Torrez announced, his office said.',
    note: 'Criminal vs civil: the case is a civil action under the Unfair Practices Act and public nuisance law.',
  },

  // ── updated (12) ──
  {
    relation: 'updated',
    known:
      'SANTA FE, N.M. (AP) — New Mexico’s lawsuit against Meta Platforms, filed this week in state district court, accuses the company of failing to protect children from sexual exploitation. Meta has not yet responded in court. By Gilbert Naranjo.',
    claim:
      'Meta has moved the New Mexico lawsuit to federal court in Albuquerque, arguing that it raises federal questions.',
    note: 'Complaint → removal: a later procedural step neither the paragraph nor the known facts hold.',
  },
  {
    relation: 'updated',
    known:
      'Meta on Monday moved New Mexico’s lawsuit to federal court. The state said it would fight to return the case to Santa Fe. Source NM’s Kenji Ward.',
    claim:
      'A federal judge has granted New Mexico’s motion to remand, sending the Meta case back to the First Judicial District.',
    note: 'Removal → remand: a later state of the removal the paragraph reports.',
  },
  {
    relation: 'updated',
    known:
      'SANTA FE — Judge Bryan Biedscheid has set New Mexico’s trial against Meta to begin in early February 2026. Both sides are expected to call dozens of witnesses. Santa Fe New Mexican.',
    claim:
      'Jurors heard opening statements Monday in the state’s case against the Instagram owner, which is expected to last seven weeks.',
    note: 'Trial scheduled → trial begun.',
  },
  {
    relation: 'updated',
    known:
      'The bench phase on the state’s public nuisance claim is scheduled to open May 4. Meta has asked the judge to limit any abatement to programs inside New Mexico. KOB 4.',
    claim:
      'The state called its first witness Monday in the judge-only nuisance phase, a child psychiatrist who testified about rising anxiety among teens.',
    note: 'Phase two scheduled → begun.',
  },
  {
    relation: 'updated',
    known:
      'SANTA FE — Meta Platforms said Thursday it would appeal the judgment ordering it to fund a $567 million abatement program. Company spokeswoman Dana Whitcomb said the ruling ignored the safeguards the company has built. Albuquerque Journal.',
    claim: 'Meta filed its notice of appeal with the New Mexico Court of Appeals on Sept. 2, 2026.',
    note: 'Judgment and a stated intent to appeal → notice of appeal filed (invented, consistent with the known facts).',
  },
  {
    relation: 'updated',
    known:
      'Meta asked Judge Bryan Biedscheid to pause enforcement of the $942 million judgment while it appeals. The state opposes the request, arguing that children cannot wait. Source NM.',
    claim:
      'Biedscheid on Tuesday denied the Facebook parent’s request to put the judgment on hold pending appeal.',
    note: 'Stay requested → refused.',
  },
  {
    relation: 'updated',
    known:
      'Under New Mexico rules, Meta must post a supersedeas bond to delay paying the judgment during its appeal. The company has not said how much it will put up. NM Political Report.',
    claim:
      'The Menlo Park company posted a bond of roughly $1 billion in October to cover the judgment while its appeal proceeds.',
    note: 'Bond to be posted → posted; about $1 billion covers the $942 million judgment, so no conflict.',
  },
  {
    relation: 'updated',
    known:
      'The judgment directs that an independent administrator oversee the $567 million abatement fund. The judge said he would appoint one within 60 days. Santa Fe Reporter.',
    claim:
      'Biedscheid has appointed retired state Supreme Court Justice Elena Marquez to administer the abatement fund.',
    note: 'Fund administrator to be named → named (invented).',
  },
  {
    relation: 'updated',
    known:
      'The attorney general’s office has asked the court to order Meta to cover about $48 million in legal fees and costs. Meta called the request excessive. KRQE News 13.',
    claim: 'The judge awarded the state $31 million in attorney fees and costs, less than it had sought.',
    note: 'Fee request → award; a smaller award than requested is a later state, not a conflict.',
  },
  {
    relation: 'updated',
    known:
      'Torrez’s office must propose a plan for spending the abatement money by November. The plan will go to Judge Bryan Biedscheid for approval. KUNM.',
    claim:
      'The Department of Justice filed its proposed spending plan on Nov. 14, earmarking most of the first year’s money for school-based mental health counselors.',
    note: 'Spending plan to be proposed → filed.',
  },
  {
    relation: 'updated',
    known:
      'Meta has asked Judge Bryan Biedscheid for a new trial, arguing that jurors were shown inflammatory evidence. A hearing on the motion is set for September. Albuquerque Journal.',
    claim: 'Biedscheid rejected the Instagram owner’s bid for a new trial after a two-hour hearing Thursday.',
    note: 'Post-judgment motion pending → decided.',
  },
  {
    relation: 'updated',
    known:
      'SANTA FE, N.M. (Reuters) — Meta’s appeal of the New Mexico judgment is pending at the state Court of Appeals. The company has until early next year to file its opening brief. Reporting by Priya Dalal.',
    claim:
      'Meta filed its opening brief Friday, arguing that the jury’s violation count had no basis in the evidence.',
    note: 'Appeal pending, brief due → brief filed.',
  },

  // ── new (12) ──
  {
    relation: 'new',
    known:
      'SANTA FE — The jury in New Mexico’s case against Meta returned its verdict shortly after 2 o’clock Tuesday afternoon. Jurors found the company violated the Unfair Practices Act. Source NM’s Darlene Sisneros.',
    claim:
      'Several parents who had testified wept and embraced in the gallery as the clerk read the verdict aloud.',
    note: 'Scene detail in neither the paragraph nor the known facts.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE, N.M. (AP) — The judge’s order in the Meta case requires the company to fund programs on youth mental health and online safety for years to come. The $567 million award is the largest abatement ordered in a New Mexico consumer case. By Lionel Baca.',
    claim:
      'State Sen. Ramona Chee, a Gallup Democrat, said she would introduce a bill next session steering part of the money to rural school districts.',
    note: 'A legislator’s reaction; not a court step, so new rather than updated.',
  },
  {
    relation: 'new',
    known:
      'ALBUQUERQUE — New Mexico’s attorney general is taking on one of the world’s largest technology companies in a lawsuit that accuses Meta of enabling child sexual exploitation. The case was filed in state court in Santa Fe. KOB 4.',
    claim:
      'Torrez, a former federal prosecutor who handled child-exploitation cases, took office as attorney general in January 2023.',
    note: 'Background on the attorney general, absent from the paragraph and the known facts.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — A former Instagram safety researcher testified Wednesday that she warned executives about adult accounts contacting minors in 2021. Meta’s lawyers, on cross-examination, pressed her on why she stayed at the company. Santa Fe New Mexican.',
    claim:
      'The courtroom was so crowded that court staff opened an overflow room with a video feed for the public.',
    note: 'Scene detail.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — A First Judicial District judge ruled that federal law does not shield Meta from New Mexico’s claims. The company had argued that it cannot be held liable for content its users post. Albuquerque Journal staff.',
    claim:
      'Section 230, passed by Congress in 1996, has protected online platforms from many lawsuits over what their users post.',
    note: 'Background on the federal statute; 1996 is its enactment year, not a date in this case.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE, N.M. (Reuters) — Meta Platforms was ordered by a New Mexico jury to pay $375 million for violating the state’s consumer-protection law. The company said it disagreed with the verdict. Reporting by Jonah Castell.',
    claim: 'Shares of the Facebook parent slipped less than 1% in after-hours trading following the verdict.',
    note: 'Market reaction, in neither the paragraph nor the known facts.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — Judge Bryan Biedscheid on Thursday issued the final judgment in New Mexico’s case against Meta, adding an abatement fund to the jury’s penalties. Both sides had submitted proposed findings in June. KUNM.',
    claim:
      'Biedscheid read a summary of his findings from the bench for nearly 40 minutes before releasing the written order.',
    note: 'Scene detail of the judgment day.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — Opening statements in New Mexico’s trial against Meta are set for Monday after a week of jury selection. The state plans to call former employees and parents of children who were targeted on the platforms. Santa Fe Reporter.',
    claim:
      'Meanwhile a Los Angeles jury was hearing a separate suit against Meta and YouTube brought by a young woman identified by the initials K.G.M.',
    note: 'Another case (K.G.M. v. Meta and YouTube) mentioned as background; it carries no figures or dates that could look like a conflict.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE, N.M. (AP) — New Mexico filed its own lawsuit against Meta Platforms on Tuesday, accusing the company of exposing children to sexual predators. The state’s case was filed in the First Judicial District Court. By Gilbert Naranjo.',
    claim:
      'Dozens of other states had sued Meta on Oct. 24, 2023, in federal court in California over youth mental health, a case New Mexico did not join.',
    note: 'Trap: the Oct. 24, 2023 date and the federal court belong to the multistate attorneys-general suit, not to this case’s Dec. 5, 2023 state-court filing.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — New Mexico’s case against Meta, D-101-CV-2023-02838, is assigned to Judge Bryan Biedscheid. Court records show more than 40 attorneys have entered appearances. Santa Fe Reporter.',
    claim:
      'The attorney general’s separate suit against Snap Inc., filed Sept. 5, 2024, carries the docket number D-101-CV-2024-02131 in the same Santa Fe court.',
    note: 'Trap: the case number and filing date belong to New Mexico v. Snap Inc., not to the Meta case.',
  },
  {
    relation: 'new',
    known:
      'The New Mexico Department of Justice said its civil lawsuit against Meta grew out of an undercover investigation using accounts posing as children. Torrez said the evidence showed Meta’s algorithms connected predators with minors. KRQE News 13.',
    claim:
      'In Operation MetaPhile, announced in May 2024, the same office used decoy accounts to arrest three men accused of seeking sex with children, a criminal case apart from the lawsuit.',
    note: 'Trap: the criminal charges, the three men and May 2024 belong to Operation MetaPhile, not to the civil lawsuit or its May 30, 2024 ruling.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — Meta’s appeal of New Mexico’s $942 million child-safety judgment is expected to take more than a year. The company has called the verdict and the judgment legally flawed. Albuquerque Journal.',
    claim:
      'A separate jury on Sept. 25, 2026, returned a verdict in New Mexico’s privacy case against Meta stemming from the Cambridge Analytica scandal.',
    note: 'Trap: the Sept. 25, 2026 verdict belongs to the Cambridge Analytica privacy case, not to this case’s March 24, 2026 verdict.',
  },
];
