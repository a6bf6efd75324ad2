// Labelled claim pairs in the style of real news coverage of State of New Mexico v. Meta Platforms, Inc.:
// the SEVENTH HELD-OUT split, written blind on 2026-12-07 (without looking at the claim diff or the other
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
//   paraphrased heavily, quoted with small changes, with figures written differently ("$375M", "nine hundred
//   forty-two million dollars", "five thousand dollars"), dates written differently ("the 24th of March",
//   "the fifth of December", "seven weeks after" when the paragraph's dates resolve it), or under aliases
//   (AG Torrez / the attorney general / New Mexico's top prosecutor; Meta / the Facebook parent / the Instagram
//   owner / the Menlo Park company). A sentence stating a true case fact the paragraph lacks is `restated`
//   against the known facts.
// - `conflicting`: the same statement with a wrong number, date, party, age, amount, court, judge, case number
//   or legal status (civil vs criminal; jury vs judge; granted vs denied; federal vs state court; settled vs
//   tried), including negations and statements worded far from the paragraph's own wording.
// - `updated`: the sentence reports a later state of the same matter than the paragraph holds (complaint →
//   removal → remand → amended complaint; pretrial motion pending → decided; trial scheduled → trial begun;
//   judgment → post-judgment motion → ruling; appeal noticed → bond, stay, brief, argument; fund administrator
//   to be named → named → spending plan), a state the known facts do not hold either. Post-judgment events are
//   invented for this set; none contradicts the known facts.
// - `new`: something neither the paragraph nor the known facts say: scene details, reactions, background,
//   other cases. Notes that begin with "Trap:" mark sentences whose figures or dates belong to a different
//   event (the multistate federal suit and its settlement, the Snap case, Operation MetaPhile, the Cambridge
//   Analytica case, the K.G.M. trial, FTC matters, other states' suits) from the paragraph's similar-looking
//   ones: they must not be called conflicting. Ten traps: eight are `new`, and two are `restated`: they
//   restate a known fact beside another case's figures.
// All text is written for this set.

import type { CoveragePair } from './coverage-pairs-dev.ts';

export const coveragePairsHeldout7: CoveragePair[] = [
  // ── restated (21) ──
  {
    relation: 'restated',
    known:
      'SANTA FE, N.M. (AP) — New Mexico’s attorney general sued Meta Platforms on Tuesday, accusing the company of exposing children on Facebook and Instagram to sexual predators. The lawsuit, filed in state district court in Santa Fe, was unveiled the next day at a news conference. Attorney General Raúl Torrez said investigators had built decoy accounts meant to look like young teenagers. Associated Press writer Celia Montoya contributed.',
    claim:
      'Before going to court, people on the attorney general’s staff spent time on the apps pretending to be early adolescents behind invented profiles, Torrez told reporters.',
    note: 'Heavy paraphrase of the decoy accounts posing as young teens, which Torrez described at the news conference.',
  },
  {
    relation: 'restated',
    known:
      'A Santa Fe jury on Tuesday found that Meta Platforms broke New Mexico’s Unfair Practices Act and ordered it to pay $375 million in civil penalties. Jurors tallied 75,000 violations and attached the maximum $5,000 to each, according to the verdict form. Meta said it disagreed and would appeal. — Reporting by Luis Ortega',
    claim:
      'Every one of the seventy-five thousand breaches the panel identified drew the highest fine the statute permits, five thousand dollars.',
    note: 'The 75,000 violations at the $5,000 maximum, with figures written out in words.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — A state district judge on Thursday ordered Meta Platforms to put $567 million into a fund to address harms to New Mexico children, on top of the jury’s earlier award. The ruling brings the company’s total liability in the case to $942 million. Judge Bryan Biedscheid declined to order changes to the recommendation algorithms that drive Facebook and Instagram feeds. Meta said it would appeal.',
    claim:
      'Biedscheid stopped short of making the Instagram owner rework the software that picks what users are shown.',
    note: 'Reworded: the judge declined to order changes to the algorithms.',
  },
  {
    relation: 'restated',
    known:
      'Meta’s bid to have New Mexico’s lawsuit thrown out was rejected Thursday by Judge Bryan Biedscheid, who found that the federal law shielding platforms from liability for users’ posts did not bar the state’s claims. The judge also let Chief Executive Mark Zuckerberg out of the case as an individual defendant. Meta’s lawyers had argued that Section 230 of the Communications Decency Act protected the company.',
    claim:
      'The same ruling that kept the suit alive took the company’s founder off the list of people being sued personally.',
    note: 'Zuckerberg dismissed as an individual defendant in the order denying dismissal, paraphrased without his name.',
  },
  {
    relation: 'restated',
    known:
      'The case pits the state against Meta Platforms, Instagram LLC and Facebook Holdings LLC. It has been assigned to Judge Bryan Biedscheid, who has handled it since it came back from federal court. Trial is expected to last several weeks.',
    claim:
      'Court records carry the lawsuit under docket number D-101-CV-2023-02838 in the First Judicial District.',
    note: 'The case number and court, which the paragraph lacks, are known facts.',
  },
  {
    relation: 'restated',
    known:
      'Jurors in Santa Fe heard closing arguments Monday in the state’s case against Meta. Lawyers for the attorney general told the panel the company had misled parents about the safety of its apps. Meta’s lead lawyer countered that the company had spent billions on safety tools. Staff writer Teresa Mondragón contributed to this report.',
    claim:
      'New Mexico brought the matter as a civil action, relying on its consumer-protection statute and on public nuisance law rather than on any criminal charge.',
    note: 'The civil nature under the Unfair Practices Act and public nuisance law is a known fact the paragraph lacks.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE, N.M. (Reuters) - A New Mexico judge on Aug. 6 ordered Meta to finance a $567 million abatement program, bringing the total the company owes the state to $942 million once a jury’s penalties are counted. The judgment also imposes five years of requirements on accounts held by users under 18. (Reporting by Dana Whitfield; Editing by Rob Keller)',
    claim:
      'All told, the Facebook parent has been ordered to hand over a combined nine hundred and forty-two million dollars.',
    note: 'The $942 million total, in words and under an alias.',
  },
  {
    relation: 'restated',
    known:
      'New Mexico first brought its lawsuit against Meta in December 2023, after an undercover investigation by the attorney general’s office. Meta briefly moved the case into federal court before a federal judge sent it back to Santa Fe. The company denies the allegations.',
    claim: 'The complaint went on file on the fifth of December, 2023.',
    note: 'The Dec. 5, 2023 filing date, written differently; a known fact.',
  },
  {
    relation: 'restated',
    known:
      '“This is a historic day for New Mexico families,” Torrez said on the courthouse steps after the verdict. “A jury of New Mexicans looked at the evidence and held Meta accountable.” The attorney general said his office would seek further relief in the second phase of the case.',
    claim:
      'Standing outside the courthouse, the attorney general called it a landmark day for families in the state and said ordinary New Mexicans on the jury had made the company answer for its conduct.',
    note: 'Both quotes reworded and merged, under an alias.',
  },
  {
    relation: 'restated',
    known:
      'The jury’s award of $375 million is the largest the state has ever won under its Unfair Practices Act, the attorney general’s office said. The panel deliberated for about a day before returning the verdict. Meta called the outcome disappointing.',
    claim: 'Torrez’s office described the $375M penalty as a record under the state’s unfair-practices law.',
    note: 'The record claim, with the figure abbreviated.',
  },
  {
    relation: 'restated',
    known:
      'The second part of the trial, which will decide the state’s public nuisance claim, is being heard by Judge Bryan Biedscheid without a jury. It began Monday and is expected to last about three weeks. The state is asking for money to pay for mental health and safety programs.',
    claim:
      'No jurors sit for this portion of the case, so the judge alone will decide whether Meta created a public nuisance.',
    note: 'The bench phase on public nuisance, reworded.',
  },
  {
    relation: 'restated',
    known:
      'Meta moved the lawsuit to federal court in Albuquerque on Dec. 18, 2023, arguing that federal questions were at stake. U.S. District Judge Margaret Strickland disagreed and returned the case to state court on Feb. 5, 2024.',
    claim: 'Strickland shipped the case back to Santa Fe seven weeks after the company had moved it.',
    note: 'Dec. 18 to Feb. 5 is seven weeks; the remand restated with a relative date.',
  },
  {
    relation: 'restated',
    known:
      'The attorney general’s office, which rebranded itself the New Mexico Department of Justice in January 2024, has made children’s safety online a centerpiece of Torrez’s tenure. Its lawsuit against Meta is the office’s most prominent case. Torrez has also pressed state lawmakers for new online-safety laws.',
    claim: 'Torrez’s agency began going by the name New Mexico Department of Justice at the start of 2024.',
    note: 'The January 2024 renaming, paraphrased.',
  },
  {
    relation: 'restated',
    known:
      'In a court filing late last month, Meta raised the possibility that it could stop offering its apps in New Mexico if the judge imposed certain requirements. Torrez called the suggestion a threat. The filing came ahead of the trial’s second phase in May.',
    claim:
      'New Mexico’s top prosecutor characterized as intimidation the company’s hint that it might pull its services from the state.',
    note: 'Torrez calling the possible withdrawal a threat, reworded under an alias.',
  },
  {
    relation: 'restated',
    known:
      'Opening statements in the trial began Feb. 9 after a week of jury selection. The state’s lawyers showed jurors messages sent to the decoy accounts created by investigators. Meta’s attorneys told the jury the company has spent years building tools to protect teens.',
    claim:
      'In their opening, lawyers for the Menlo Park company told jurors it had devoted years to developing protections for young users.',
    note: 'Meta’s opening statement, paraphrased under an alias.',
  },
  {
    relation: 'restated',
    known:
      'Meta Platforms must pay New Mexico $375 million, a jury decided last spring, after finding the company misled the public about the safety of its platforms for children. The company has said it will appeal. This story has been updated.',
    claim: 'Jurors handed up that verdict on the 24th of March, 2026.',
    note: 'The verdict date, written differently; a known fact the paragraph lacks.',
  },
  {
    relation: 'restated',
    known:
      'The judgment requires Meta to follow a set of rules for New Mexico users younger than 18 for five years, including stricter default privacy settings. It does not appoint a monitor to oversee compliance. Both sides have 30 days to file post-trial motions.',
    claim:
      'No independent overseer was put in place to watch whether the company keeps to the five-year rules for minors.',
    note: 'No court monitor, reworded.',
  },
  {
    relation: 'restated',
    known:
      'The case has survived an early challenge from Meta and is now in discovery. Lawyers for both sides are fighting over access to internal company documents, according to filings. A trial date has not been set.',
    claim: 'A state judge turned down the company’s request to throw out the suit at the end of May 2024.',
    note: 'The May 30, 2024 denial of the motion to dismiss, with a loose date; a known fact.',
  },
  {
    relation: 'restated',
    known:
      'New Mexico’s lawsuit against Meta, filed in December 2023 in Santa Fe, is separate from the one the attorney general brought against Snap Inc. the following year. Both cases accuse the companies of failing to protect children from exploitation.',
    claim:
      'The Meta suit carries docket number D-101-CV-2023-02838, while the Snapchat case, filed in September 2024, is D-101-CV-2024-02131.',
    note: 'Trap: restates the known case number; the other number and the September 2024 date belong to the Snap case.',
  },
  {
    relation: 'restated',
    known:
      'The Cambridge Analytica case, a separate privacy suit New Mexico brought against Meta, ended in a jury verdict on Sept. 25. That verdict followed the state’s larger win in the child-safety case earlier in the year. Meta has said it will appeal both.',
    claim:
      'The child-safety case had already produced a $942 million judgment against the company on Aug. 6, weeks before the privacy jury’s Sept. 25 decision.',
    note: 'Trap: restates the known Aug. 6 judgment; Sept. 25 is the Cambridge Analytica verdict, also in the paragraph.',
  },
  {
    relation: 'restated',
    known:
      'Attorney General Raúl Torrez said Wednesday that his office would ask the court to order Meta to change how its platforms treat young users. The request would come in the trial’s second phase, before Judge Bryan Biedscheid. “Money alone will not fix this,” Torrez said.',
    claim:
      'The state’s chief lawyer intends to press the judge, in the next stage of the case, for orders altering how the Facebook parent handles teenagers.',
    note: 'The planned request for changes in the second phase, under aliases.',
  },

  // ── conflicting (21) ──
  {
    relation: 'conflicting',
    known:
      'Jurors found that Meta committed 75,000 violations of the Unfair Practices Act and set the penalty for each at $5,000, the most the law allows. The total came to $375 million. The verdict form was read aloud by the court clerk.',
    claim: 'The jury counted some 57,000 separate violations of the statute.',
    note: 'Wrong number of violations: 75,000, not 57,000.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE, N.M. (AP) — New Mexico sued Meta Platforms on Dec. 5, 2023, alleging its platforms exposed children to sexual exploitation. The suit followed a months-long undercover investigation.',
    claim: 'New Mexico’s complaint against the company was filed in late October 2023.',
    note: 'Wrong filing date: Dec. 5, 2023 (late October is when the multistate suit was filed, but this sentence is about New Mexico’s own complaint).',
  },
  {
    relation: 'conflicting',
    known:
      'The lawsuit names Meta Platforms, Instagram LLC and Facebook Holdings LLC as defendants. Chief Executive Mark Zuckerberg was originally named too, but the judge dismissed him from the case in May 2024.',
    claim: 'Zuckerberg remains a defendant in his personal capacity as the case heads toward trial.',
    note: 'Wrong party status: Zuckerberg was dismissed as an individual defendant.',
  },
  {
    relation: 'conflicting',
    known:
      'Investigators created accounts posing as children under 14, Torrez said. Within days the accounts were flooded with explicit images and solicitations from adults, according to the complaint. KRQE’s Alexis Romero contributed to this report.',
    claim: 'The decoy profiles were designed to pass as 16- and 17-year-olds, the complaint says.',
    note: 'Wrong age: the decoys posed as children under 14.',
  },
  {
    relation: 'conflicting',
    known:
      'Judge Biedscheid ordered Meta to pay $567 million into an abatement fund. Combined with the jury’s penalties, the company owes the state $942 million. Meta said it would appeal.',
    claim: 'The abatement fund the judge created holds $765 million.',
    note: 'Wrong amount: the abatement fund is $567 million.',
  },
  {
    relation: 'conflicting',
    known:
      'The jury imposed $375 million in civil penalties in March. In August, the judge added an abatement fund, for a combined $942 million. The company is expected to appeal.',
    claim: 'Counting the jury’s penalties, the Instagram owner now faces a bill of about $1.2 billion.',
    note: 'Wrong total: $942 million in all.',
  },
  {
    relation: 'conflicting',
    known:
      'The trial is taking place in the First Judicial District Court in Santa Fe. Jury selection is expected to take about a week. Dozens of reporters have registered to cover it.',
    claim: 'The case is being tried in Albuquerque before the Second Judicial District Court.',
    note: 'Wrong court: the First Judicial District Court in Santa Fe County.',
  },
  {
    relation: 'conflicting',
    known:
      'Judge Bryan Biedscheid presided over the seven-week jury trial. He will also decide the public nuisance claim on his own in May. Santa Fe New Mexican staff contributed.',
    claim: 'Judge Margaret Strickland, who oversaw the jury trial, will rule on the nuisance claim herself.',
    note: 'Wrong judge: Biedscheid presided; Strickland was the federal judge who remanded.',
  },
  {
    relation: 'conflicting',
    known:
      'The case, D-101-CV-2023-02838, is one of the most closely watched technology trials in the country. Both sides have said they expect the verdict to be appealed whatever it is.',
    claim: 'Court records identify the state’s lawsuit against Meta as No. D-101-CV-2024-02131.',
    note: 'Wrong case number for this case (that number is the Snap case’s).',
  },
  {
    relation: 'conflicting',
    known:
      'The state’s case against Meta is a civil lawsuit brought under the Unfair Practices Act and public nuisance law. It seeks penalties and changes to the company’s practices. Torrez has said he wants the company to change how it treats children.',
    claim:
      'Meta is being prosecuted on criminal charges, and its executives could face prison time if convicted.',
    note: 'Wrong legal status: a civil action, not a criminal prosecution.',
  },
  {
    relation: 'conflicting',
    known:
      'A jury of New Mexicans returned the verdict after about a day of deliberations, finding Meta violated state law. The jurors were not identified in court. Meta said it would appeal.',
    claim: 'The $375 million penalty was imposed by the judge after a bench trial, with no jury involved.',
    note: 'Jury vs judge: a jury imposed the penalties.',
  },
  {
    relation: 'conflicting',
    known:
      'Judge Biedscheid denied Meta’s motion to dismiss on May 30, 2024, rejecting the company’s argument that Section 230 protected it. The case will now move toward discovery.',
    claim:
      'The judge sided with Meta in the spring of 2024, accepting its Section 230 argument and throwing out much of the complaint.',
    note: 'Granted vs denied: the motion to dismiss was denied.',
  },
  {
    relation: 'conflicting',
    known:
      'After briefly landing in federal court, the case was returned to state district court in Santa Fe in February 2024, where it has remained. Trial began this week.',
    claim: 'The trial is being held in a federal courtroom in Albuquerque.',
    note: 'Federal vs state court: the trial is in state court in Santa Fe.',
  },
  {
    relation: 'conflicting',
    known:
      'The case went to trial in February and ended with a jury verdict against Meta in March. A second phase before the judge followed in May. By RENÉE ARCHULETA, Source NM',
    claim: 'Meta resolved New Mexico’s claims out of court before a jury could hear them.',
    note: 'Settled vs tried: the case was tried to a verdict.',
  },
  {
    relation: 'conflicting',
    known:
      'Meta said in a statement that it would appeal the judgment. “We respectfully disagree with the decision and will pursue every available option,” a spokesperson said.',
    claim: 'The company has signaled it will accept the ruling and not seek review by a higher court.',
    note: 'Negation: Meta said it would appeal.',
  },
  {
    relation: 'conflicting',
    known:
      'The judgment does not require changes to Meta’s algorithms, and it does not create a court-appointed monitor. Torrez said he was still pleased with the outcome.',
    claim: 'Under the order, an outside overseer chosen by the court will police the company’s compliance.',
    note: 'Worded far from the paragraph: the judgment names no monitor.',
  },
  {
    relation: 'conflicting',
    known:
      'Jurors returned their verdict on March 24 after roughly a day of deliberation. The courtroom was silent as it was read. Meta’s lawyers declined to comment on their way out.',
    claim: 'The verdict arrived on the last day of February.',
    note: 'Wrong date: the verdict came on March 24.',
  },
  {
    relation: 'conflicting',
    known:
      'Judge Biedscheid issued his final judgment on Aug. 6, closing the trial-court phase of the case. Meta has said it will appeal. KUNM’s Tomás Ulibarri reported from Santa Fe.',
    claim: 'The final judgment was entered in mid-July.',
    note: 'Wrong date: the judgment was entered Aug. 6.',
  },
  {
    relation: 'conflicting',
    known:
      'The judgment’s decree on accounts of New Mexico users under 18 lasts five years. It requires stricter default settings and age checks, the order says.',
    claim: 'The rules the judge imposed on minors’ accounts will stay in force for a full decade.',
    note: 'Wrong duration: the decree lasts five years.',
  },
  {
    relation: 'conflicting',
    known:
      'Jurors found Meta liable for 75,000 violations at $5,000 apiece, producing the $375 million total. The state had asked for the maximum penalty on every count.',
    claim: 'Jurors set the penalty for each violation at a thousand dollars.',
    note: 'Wrong per-violation amount: $5,000.',
  },
  {
    relation: 'conflicting',
    known:
      'U.S. District Judge Margaret Strickland remanded the lawsuit to state court on Feb. 5, 2024, rejecting Meta’s argument that it belonged in federal court. The case returns to Santa Fe.',
    claim:
      'The federal judge agreed with the company that the dispute belonged in her court and kept it there.',
    note: 'Worded far from the paragraph: the case was remanded, not kept in federal court.',
  },

  // ── updated (21) ──
  {
    relation: 'updated',
    known:
      'SANTA FE — New Mexico’s lawsuit accusing Meta of failing to protect children was filed in state district court in Santa Fe this month. Meta has not yet responded in court. A spokesman said the company disagreed with the allegations.',
    claim:
      'Meta has since moved the case to federal court in Albuquerque, arguing that it raises questions of federal law.',
    note: 'Complaint → removal to federal court.',
  },
  {
    relation: 'updated',
    known:
      'Meta transferred New Mexico’s suit to the U.S. District Court in Albuquerque on Dec. 18. The state has asked that the case be sent back to Santa Fe.',
    claim: 'A federal judge granted the state’s request on Feb. 5, returning the lawsuit to state court.',
    note: 'Removal → remand.',
  },
  {
    relation: 'updated',
    known:
      'The complaint filed Dec. 5 names Meta, several of its subsidiaries and Chief Executive Mark Zuckerberg as defendants. It runs to more than 200 pages.',
    claim: 'The state has since filed a revised version of its complaint, dated Jan. 9, 2024.',
    note: 'Complaint → amended complaint.',
  },
  {
    relation: 'updated',
    known:
      'Trial in New Mexico’s case against Meta is scheduled to begin in early February 2026 in Santa Fe. Jury selection could take a week, lawyers said. Staff writer Paul Sandoval contributed to this report.',
    claim: 'Lawyers delivered opening statements Monday, Feb. 9, once a jury had been seated.',
    note: 'Trial scheduled → trial begun.',
  },
  {
    relation: 'updated',
    known:
      'After the jury’s verdict, the case moves to a second phase in which the judge will consider the state’s public nuisance claim. That phase is set for May.',
    claim:
      'The nuisance phase got under way before Judge Biedscheid on May 4 with testimony from a state expert on adolescent mental health.',
    note: 'Second phase scheduled → begun.',
  },
  {
    relation: 'updated',
    known:
      'Biedscheid’s Aug. 6 judgment leaves Meta owing $942 million. The company said it would appeal but had not yet filed anything with a higher court.',
    claim: 'Meta has now lodged its notice of appeal with the New Mexico Court of Appeals.',
    note: 'Appeal announced → notice of appeal filed.',
  },
  {
    relation: 'updated',
    known:
      'Meta asked Judge Biedscheid on Aug. 20 to order a new trial, arguing that jurors were shown inflammatory evidence. The state opposes the request. A hearing has not been scheduled.',
    claim: 'Biedscheid turned down the company’s bid for a new trial in a written order last week.',
    note: 'Post-judgment motion → ruling.',
  },
  {
    relation: 'updated',
    known:
      'Meta filed its notice of appeal on Sept. 24. The company has not said whether it will try to pause collection of the money while the appeal goes forward.',
    claim:
      'The company has since posted a $1 billion supersedeas bond to hold off collection while the appeal is pending.',
    note: 'Appeal noticed → bond.',
  },
  {
    relation: 'updated',
    known:
      'Meta has asked the judge to pause enforcement of the $942 million judgment while it appeals. The state says the five-year rules on teen accounts should take effect regardless.',
    claim:
      'The judge agreed to halt collection of the money but refused to suspend the rules for minors’ accounts, which took effect as scheduled.',
    note: 'Stay requested → ruled on.',
  },
  {
    relation: 'updated',
    known:
      'The judgment directs that the $567 million abatement fund be managed by an administrator whom the court will name later. Torrez said he hoped the money would reach schools and clinics quickly.',
    claim: 'The court has picked a retired state Supreme Court justice to administer the abatement fund.',
    note: 'Fund administrator to be named → named.',
  },
  {
    relation: 'updated',
    known:
      'Meta’s appeal is pending before the New Mexico Court of Appeals. No briefing schedule has been set. Albuquerque Journal staff contributed.',
    claim:
      'Meta filed its opening brief Monday, arguing that Section 230 should have ended the case before trial.',
    note: 'Appeal pending → opening brief filed.',
  },
  {
    relation: 'updated',
    known:
      'Briefing in Meta’s appeal is expected to wrap up early next year. The Court of Appeals has not said whether it will hear oral argument.',
    claim: 'The appellate court has set oral argument for April 2027.',
    note: 'Briefing → argument scheduled.',
  },
  {
    relation: 'updated',
    known:
      'New Mexico has asked Judge Biedscheid to order Meta to pay the state’s legal fees and costs from the trial. Meta opposes the request, saying the statute does not allow it.',
    claim: 'Biedscheid has rejected that request, ruling that each side will bear its own legal costs.',
    note: 'Fee motion pending → decided.',
  },
  {
    relation: 'updated',
    known:
      'Meta’s appeal was docketed at the New Mexico Court of Appeals in late September. The state has said it wants the case resolved quickly.',
    claim:
      'New Mexico has since petitioned the state Supreme Court to take the appeal directly, bypassing the intermediate court.',
    note: 'Appeal docketed → petition to the Supreme Court.',
  },
  {
    relation: 'updated',
    known:
      'Closing arguments in the Meta trial are scheduled for Monday, after which the case will go to the jury. Both sides rested on Friday.',
    claim: 'Jurors began deliberating Monday afternoon after more than three hours of closing arguments.',
    note: 'Closings scheduled → deliberations begun.',
  },
  {
    relation: 'updated',
    known:
      'The five-year decree requires Meta to change default settings for New Mexico users younger than 18 within 90 days. The company has not said how it will comply.',
    claim:
      'Meta told the court in November that it had finished switching minors’ accounts in the state to the new default settings.',
    note: 'Decree entered → compliance reported.',
  },
  {
    relation: 'updated',
    known:
      'Meta has asked the judge to limit what jurors may hear about its internal research on teen mental health. A ruling is expected before trial. The state says the studies are central to its case.',
    claim:
      'Biedscheid granted part of that request, barring one former employee’s testimony but letting the internal studies in.',
    note: 'Pretrial motion pending → decided.',
  },
  {
    relation: 'updated',
    known:
      'The judgment was entered Aug. 6. Under state rules, either side has 30 days to file post-trial motions. KOB 4 contributed to this report.',
    claim: 'Meta used that window to ask for a new trial, filing its motion on Aug. 20.',
    note: 'Judgment → post-judgment motion.',
  },
  {
    relation: 'updated',
    known:
      'Biedscheid refused Meta’s request to suspend the rules on teen accounts while the company appeals. The rules took effect last month.',
    claim:
      'Meta has asked the Court of Appeals to overrule that decision and pause the rules, an emergency motion the state is fighting.',
    note: 'Stay denied → emergency motion to the appellate court.',
  },
  {
    relation: 'updated',
    known:
      'The abatement fund’s administrator, appointed in October, is to propose a spending plan to the court. Torrez has said he wants the money spent on prevention and treatment.',
    claim:
      'The administrator turned in a first-year spending plan on Dec. 1 that steers most of the money toward school-based counselors.',
    note: 'Spending plan to be proposed → proposed.',
  },
  {
    relation: 'updated',
    known:
      'Meta’s opening brief to the appeals court was filed in November. It argues the jury should never have heard the case.',
    claim:
      'A coalition of technology trade groups has since filed a friend-of-the-court brief backing the company.',
    note: 'Opening brief → amicus brief.',
  },

  // ── new (21) ──
  {
    relation: 'new',
    known:
      'A Santa Fe jury on Tuesday ordered Meta to pay $375 million after finding it violated the state’s Unfair Practices Act. The verdict came after about a day of deliberation.',
    claim:
      'Several parents who had sat through every day of testimony embraced in the hallway as the clerk read the verdict.',
    note: 'Scene detail.',
  },
  {
    relation: 'new',
    known:
      'Judge Biedscheid on Thursday ordered Meta to fund a $567 million abatement program. Meta said it would appeal.',
    claim:
      'A spokeswoman for Gov. Michelle Lujan Grisham said the governor would work with lawmakers on how the abatement money is used.',
    note: 'Reaction from the governor’s office.',
  },
  {
    relation: 'new',
    known:
      'Attorney General Raúl Torrez filed the lawsuit against Meta in December 2023. He said it was the product of a months-long undercover investigation.',
    claim:
      'Torrez, formerly the district attorney in Bernalillo County, took office as attorney general at the start of 2023.',
    note: 'Background on Torrez.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE, N.M. (AP) — New Mexico filed its case against Meta in state court in Santa Fe on Dec. 5, 2023. The state said the company’s platforms had become a marketplace for predators.',
    claim:
      'Weeks earlier, on Oct. 24, 2023, dozens of attorneys general had sued the company in federal court in California over youth mental health, a case New Mexico stayed out of.',
    note: 'Trap: Oct. 24, 2023 and the federal court belong to the multistate suit, not this filing.',
  },
  {
    relation: 'new',
    known:
      'Torrez’s office filed its case against Meta in the First Judicial District Court in December 2023. The case is assigned to Judge Bryan Biedscheid.',
    claim:
      'The same office sued Snap Inc. in that court on Sept. 5, 2024, accusing Snapchat of enabling sextortion of minors.',
    note: 'Trap: Sept. 5, 2024 is the Snap case’s filing date.',
  },
  {
    relation: 'new',
    known:
      'The investigation that led to the lawsuit used decoy accounts posing as children. The suit, a civil case, survived Meta’s motion to dismiss in May 2024.',
    claim:
      'Also in May 2024, the office announced criminal charges against three men caught in Operation MetaPhile, a separate sting that likewise relied on decoy profiles.',
    note: 'Trap: May 2024 and the criminal charges belong to Operation MetaPhile, not this civil case.',
  },
  {
    relation: 'new',
    known: 'The jury returned its $375 million verdict on March 24. Meta said it would appeal.',
    claim:
      'In the state’s separate privacy case over Cambridge Analytica, a different jury returned its verdict on Sept. 25, 2026.',
    note: 'Trap: the Sept. 25, 2026 verdict is the Cambridge Analytica case’s.',
  },
  {
    relation: 'new',
    known:
      'Opening statements in the Santa Fe trial began Feb. 9. The state’s first witness was an investigator who ran the decoy accounts.',
    claim:
      'That same week, jurors in Los Angeles began hearing K.G.M. v. Meta, a personal-injury case that also names YouTube.',
    note: 'Trap: the Los Angeles trial of the same week is the K.G.M. case.',
  },
  {
    relation: 'new',
    known:
      'With the judge’s abatement order added to the jury’s $375 million, Meta owes New Mexico $942 million. It is one of the largest state judgments against a technology company.',
    claim:
      'In 2019, Facebook agreed to a $5 billion penalty to settle Federal Trade Commission claims over user privacy.',
    note: 'Trap: the $5 billion figure and 2019 settlement belong to the FTC matter.',
  },
  {
    relation: 'new',
    known:
      'The $567 million abatement fund is meant to pay for mental health services and safety programs for New Mexico children. Schools could receive some of the money, the judgment says.',
    claim:
      'Hundreds of school districts are pressing their own claims against Meta in a consolidated federal proceeding in Oakland, California.',
    note: 'Background on other litigation (school districts).',
  },
  {
    relation: 'new',
    known: 'Meta said it would appeal the Aug. 6 judgment. Torrez said he was confident it would be upheld.',
    claim:
      'That same month, Meta settled the multistate federal lawsuit brought by other attorneys general, a case in which New Mexico had no part.',
    note: 'Trap: the August 2026 settlement is the multistate suit’s, not this case’s.',
  },
  {
    relation: 'new',
    known:
      'New Mexico’s suit, filed in state court in December 2023, is among the first by a state to reach trial against Meta over child safety. Jury selection began Monday.',
    claim:
      'Massachusetts, for one, sued Meta in its own state court in October 2023 over features it says hook young users.',
    note: 'Trap: the October 2023 state-court filing is Massachusetts’ suit.',
  },
  {
    relation: 'new',
    known:
      'The judgment requires Meta to follow rules for New Mexico accounts held by users under 18 for five years. Meta said it would appeal.',
    claim:
      'Meta points out that it already places teenagers on Instagram into more restrictive “Teen Accounts” by default.',
    note: 'Meta’s response/background.',
  },
  {
    relation: 'new',
    known: 'Closing arguments wrapped up Monday in Santa Fe. The jury began deliberating that afternoon.',
    claim: 'So many spectators turned out that court staff opened an overflow room with a video feed.',
    note: 'Scene detail.',
  },
  {
    relation: 'new',
    known:
      'Judge Biedscheid ordered a $567 million abatement fund on top of the jury’s penalties. The total reaches $942 million.',
    claim:
      'Lorena Baca, who runs a Las Cruces nonprofit for survivors of online exploitation, said the ruling should put every platform on notice.',
    note: 'Reaction from an advocate.',
  },
  {
    relation: 'new',
    known:
      'A jury of New Mexicans found Meta liable in March. The verdict followed seven weeks of testimony.',
    claim: 'The panel was made up of eight women and four men, court records show.',
    note: 'Detail about the jury.',
  },
  {
    relation: 'new',
    known:
      'Meta said it would appeal the $375 million verdict. The company said it had invested heavily in safety features.',
    claim: 'Shares of the company barely moved on the news, closing up less than 1 percent.',
    note: 'Market reaction.',
  },
  {
    relation: 'new',
    known: 'Meta argued early in the case that Section 230 barred the state’s claims. The judge disagreed.',
    claim:
      'Passed by Congress in 1996, Section 230 generally protects websites from liability for what their users post.',
    note: 'Background on Section 230.',
  },
  {
    relation: 'new',
    known:
      'Torrez announced the lawsuit at a news conference in Albuquerque. He said investigators had posed as children online.',
    claim:
      'The attorney general spoke from a lectern flanked by several investigators, whom he declined to name.',
    note: 'Scene detail.',
  },
  {
    relation: 'new',
    known: 'Meta’s spokesman said the company would appeal the verdict. He did not take questions.',
    claim:
      'Outside the courthouse, the company’s lead trial lawyer told reporters she was proud of the defense team.',
    note: 'Reaction from Meta’s trial lawyer.',
  },
  {
    relation: 'new',
    known:
      'The judgment orders Meta to pay $567 million into an abatement fund. It also sets rules for teen accounts for five years.',
    claim:
      'The judge’s 112-page ruling quotes at length from the testimony of a former Meta safety engineer.',
    note: 'Detail about the ruling.',
  },
];
