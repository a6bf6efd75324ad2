// Labelled claim pairs in the style of real news coverage of State of New Mexico v. Meta Platforms, Inc.:
// the EIGHTH HELD-OUT split, written blind on 2026-12-07 (without looking at the claim diff or the other
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

export const coveragePairsHeldout8: CoveragePair[] = [
  // ── restated (12) ──
  {
    relation: 'restated',
    known:
      'SANTA FE, N.M. (AP) — New Mexico Attorney General Raúl Torrez has filed a civil lawsuit accusing Meta Platforms of turning Facebook and Instagram into a marketplace for predators who target children. The complaint was lodged Tuesday in state district court in Santa Fe and made public a day later. Torrez said the company put profits ahead of young users’ safety. Staff writer Dolores Quintana contributed.',
    claim:
      'The Menlo Park company was hauled into court by New Mexico’s top prosecutor on the fifth of December 2023, in a state case that seeks money rather than prison time.',
    note: 'Restates the Dec. 5, 2023 civil filing under aliases, with the date in words; the civil nature is a known fact.',
  },
  {
    relation: 'restated',
    known:
      'ALBUQUERQUE — A state judge on Thursday refused to throw out New Mexico’s lawsuit against Meta, clearing the way for the case to move toward trial. Meta had argued that Section 230 of the federal Communications Decency Act shielded it from liability for what users post. Judge Bryan Biedscheid disagreed, writing that the state’s claims target the company’s own design choices. By Journal staff.',
    claim:
      'The federal law that usually protects websites from liability for users’ posts did not get the Facebook parent out of the case, Biedscheid ruled on May 30, 2024.',
    note: 'Restates the denial of the motion to dismiss and the Section 230 argument, with the known date.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — Jurors found Tuesday that Meta Platforms broke New Mexico’s Unfair Practices Act, tallying 75,000 separate violations. At the statutory maximum of $5,000 apiece, the penalties came to $375 million. “This is a historic day for New Mexico families,” Attorney General Raúl Torrez said outside the courthouse. Reporting by Marisol Baca of Source NM.',
    claim:
      'Seventy-five thousand violations at five grand each added up to a penalty of three hundred seventy-five million dollars for the Instagram owner.',
    note: 'Figures in words and slang: 75,000 violations at $5,000 each, $375 million, all in the paragraph.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE, N.M. (Reuters) — A New Mexico judge on Thursday ordered Meta Platforms to pay $567 million into a fund meant to remedy harms to young people in the state. The order comes on top of the civil penalties a jury imposed in March. Meta said it disagreed with the ruling and would appeal. Reporting by Ana Whitfield; editing by Tom Reyes.',
    claim:
      'Counting the jury’s March penalties, the company now owes the state roughly $942M under the Aug. 6 judgment.',
    note: 'The $942 million total is a known fact; written $942M, with the judgment date.',
  },
  {
    relation: 'restated',
    known:
      'Meta Platforms moved New Mexico’s child-safety lawsuit into federal court on Dec. 18, 2023, arguing that federal questions were at stake. The state objected, saying its claims arise only under New Mexico law. On Feb. 5, U.S. District Judge Margaret Strickland sent the case back to Santa Fe. KUNM’s Ray Lucero reported from Albuquerque.',
    claim:
      'After about seven weeks in the federal system, the lawsuit was returned to the state court where it was first filed, by order of Judge Strickland.',
    note: 'Restates the remand; "about seven weeks" resolves from Dec. 18 to Feb. 5.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — Opening statements began Monday in New Mexico’s trial against Meta, with a state lawyer telling jurors that the company knew its platforms exposed children to sexual exploitation. A Meta attorney countered that the company has invested heavily in safety tools. The trial is expected to last about seven weeks. Santa Fe New Mexican staff contributed.',
    claim:
      'Lawyers for the attorney general’s office told the panel in their first address that Meta had been aware its apps put kids within reach of abusers.',
    note: 'Paraphrase of the state’s opening statement in the paragraph.',
  },
  {
    relation: 'restated',
    known:
      'Meta’s lawyers filed a flurry of post-trial papers this week in the Santa Fe case, according to the court’s online docket. The filings run to hundreds of pages. A spokesperson for the state declined to comment on them. — Santa Fe Reporter',
    claim:
      'The docket in question is D-101-CV-2023-02838, in the First Judicial District Court of Santa Fe County.',
    note: 'A true case fact the paragraph lacks (the case number and court), so restated against the known facts.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE (KRQE) — Mark Zuckerberg will not have to defend himself personally in New Mexico’s lawsuit against Meta. The judge who kept the case alive last week also dismissed the chief executive as an individual defendant, without prejudice. The companies Meta Platforms, Instagram and Facebook Holdings remain defendants.',
    claim:
      'The Meta founder was let out of the suit, though the judge left the door open for the state to name him again later.',
    note: 'The dismissal without prejudice, paraphrased.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — A jury on March 24, 2026, ordered Meta Platforms to pay $375 million in civil penalties to New Mexico. The panel found the company had misled the public about the safety of its apps for children. Meta said it would appeal. Associated Press writer Lena Ortiz contributed.',
    claim:
      'The three-hundred-seventy-five-million-dollar verdict came well over two years after dozens of attorneys general filed their own youth mental health suit against Meta in federal court in California, on Oct. 24, 2023.',
    note: 'Trap: the Oct. 24, 2023 federal filing belongs to the multistate suit; the $375 million verdict is restated.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE, N.M. — New Mexico’s attorney general announced on Wednesday a lawsuit against Meta, saying undercover accounts set up by his investigators were flooded with sexual content and solicitations. Torrez described the company’s platforms as a breeding ground for predators. The announcement came at a morning news conference. Reporting by Cody Nez.',
    claim:
      'Torrez, who would go on to sue Snap Inc. in the same Santa Fe court on Sept. 5, 2024, had filed the Meta complaint the day before that announcement, on Dec. 5, 2023.',
    note: 'Trap: Sept. 5, 2024 is the Snap filing; the Dec. 5, 2023 filing of this case is a known fact.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — The second phase of New Mexico’s case against Meta wrapped up Friday after three weeks of testimony heard by Judge Bryan Biedscheid alone. No jury sat for this part, which dealt with the state’s claim that the company’s platforms are a public nuisance. The judge said he would rule on a remedy later in the summer.',
    claim:
      'Unlike the penalties phase, the nuisance portion was decided from the bench rather than by jurors.',
    note: 'Restates the judge-tried nuisance phase; the jury verdict on penalties is a known fact.',
  },
  {
    relation: 'restated',
    known:
      'The judgment requires Meta to follow a five-year set of rules for accounts held by New Mexicans under 18. But Judge Bryan Biedscheid declined the state’s request to order changes to the company’s recommendation algorithms. He also did not appoint an outside monitor, according to the 41-page ruling. Andrea Chee of KOB 4 contributed to this report.',
    claim: 'The court stopped short of forcing the Instagram owner to rewrite how its feeds rank content.',
    note: 'Paraphrase of the refusal to order algorithm changes.',
  },

  // ── conflicting (12) ──
  {
    relation: 'conflicting',
    known:
      'SANTA FE, N.M. (AP) — A New Mexico jury ordered Meta on Tuesday to pay $375 million, finding the company violated state consumer protection law thousands of times. Jurors deliberated for under a day before returning the verdict. Meta said it respectfully disagreed and would appeal. Associated Press writer Rita Gallegos contributed.',
    claim: 'Meta was hit with a $357 million penalty by Santa Fe jurors in late March.',
    note: 'Wrong amount: $357 million against the known $375 million.',
  },
  {
    relation: 'conflicting',
    known:
      'New Mexico has sued Meta Platforms, alleging the company knowingly exposes minors to sexual exploitation and mental health harms. The complaint, filed this week in the First Judicial District Court, relies on an investigation using decoy profiles. The attorney general’s office said it is seeking civil penalties. — NM Political Report',
    claim:
      'The state’s lawsuit dates to December 2022, when the attorney general first took the company to court.',
    note: 'Wrong year: the complaint was filed in December 2023, not 2022.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — The state’s lawyers rested their case Thursday after five weeks of testimony in New Mexico’s civil suit against Meta under the Unfair Practices Act. Meta began calling its own witnesses, including a former safety executive. Closing arguments are expected next month. Staff writer Jonah Ruiz contributed.',
    claim:
      'Meta’s criminal trial in Santa Fe moved into the defense phase after prosecutors finished presenting evidence.',
    note: 'Civil vs criminal: the case is a civil action, not a criminal trial.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE, N.M. (Reuters) — Judge Bryan Biedscheid on Thursday ordered Meta to fund a $567 million program to abate the harms its platforms caused young New Mexicans. The judge heard the public nuisance claim without a jury in May. Meta said it would appeal. Reporting by Ana Whitfield.',
    claim:
      'It was a jury that set the size of the abatement fund, after the nuisance claim went to the same panel that heard the penalties case.',
    note: 'Jury vs judge: the judge alone decided the nuisance phase and the fund.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — Meta Platforms must face New Mexico’s child-safety lawsuit, a judge ruled Thursday, rejecting the company’s bid to have it dismissed. The company had leaned on Section 230 of the Communications Decency Act. Attorney General Raúl Torrez called the decision “a significant step toward accountability.”',
    claim:
      'In the spring of 2024 the company persuaded Biedscheid that the federal liability shield barred the state’s claims.',
    note: 'Granted vs denied: the judge rejected the Section 230 defence; worded far from the paragraph.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — The verdict against Meta came in a Santa Fe County courtroom of the First Judicial District Court, where the trial had run for seven weeks. It was the first time a state had taken the company to trial over child safety. Torrez thanked the jurors. By Marisol Baca, Source NM.',
    claim: 'The $375 million decision was handed down by a federal jury in Albuquerque.',
    note: 'Federal vs state court: the verdict was returned in state district court in Santa Fe.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE (KUNM) — Judge Bryan Biedscheid thanked the jurors after they returned their verdict against Meta on Tuesday. He will now hear the public nuisance phase on his own in May. KUNM’s Ray Lucero reported.',
    claim:
      'Judge Margaret Strickland, who oversaw the seven-week trial, told the jurors they had done important work.',
    note: 'Wrong judge: Strickland handled only the federal remand; Biedscheid presided over the trial.',
  },
  {
    relation: 'conflicting',
    known:
      'Court records in New Mexico’s lawsuit against Meta, case D-101-CV-2023-02838, show the state filed a list of more than 60 witnesses. The company’s own list is shorter. The trial is set to begin in early February. — Albuquerque Journal',
    claim: 'Filings in case No. D-101-CV-2023-02883 list dozens of possible witnesses for the state.',
    note: 'Wrong case number: 02883 for 02838.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — A Santa Fe jury found Meta Platforms liable on Tuesday for violating the state’s Unfair Practices Act, concluding that the company misled users about child safety. The verdict carries $375 million in penalties. Reporting by Lena Ortiz.',
    claim: 'The jurors cleared the company of the consumer-protection claims against it.',
    note: 'Negation: the jury found Meta violated the Unfair Practices Act.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — After seven weeks of testimony, New Mexico’s case against Meta went to the jury on Monday. Neither side had signaled any interest in a settlement. Jurors were to resume deliberations Tuesday morning. Staff writer Dolores Quintana contributed.',
    claim: 'Meta resolved New Mexico’s case with a negotiated settlement rather than let jurors decide it.',
    note: 'Settled vs tried: this case was tried to a verdict.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE, N.M. (AP) — Investigators in the New Mexico attorney general’s office created Instagram and Facebook accounts posing as 13-year-old girls, according to the state’s lawsuit against Meta. Within days, the complaint says, the accounts received explicit messages and images from adult men. The state says the company’s algorithms steered the accounts toward sexual content. Associated Press writer Celia Ramos contributed.',
    claim:
      'The fake profiles the state built were made to look like 16-year-olds, according to the complaint.',
    note: 'Wrong age: 16 for the 13-year-olds of the paragraph.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — The final judgment also imposes a five-year decree governing how Meta handles accounts of users younger than 18 in New Mexico. The company must verify ages and limit messages from adults it does not know, under the order. Meta said the requirements duplicated protections it already offers. Santa Fe New Mexican staff contributed.',
    claim: 'The youth-account restrictions will remain in force for a decade under Biedscheid’s order.',
    note: 'Wrong term: a decade against the five-year decree.',
  },

  // ── updated (12) ──
  {
    relation: 'updated',
    known:
      'SANTA FE, N.M. (AP) — New Mexico sued Meta Platforms in state court this week, accusing the company of failing to protect children from predators. Meta has not yet responded in court. A spokesperson said the company uses sophisticated technology to root out predators. Associated Press writer Rita Gallegos contributed.',
    claim:
      'On Dec. 18, 2023, the Facebook parent moved the case out of the Santa Fe courthouse and into the U.S. District Court for the District of New Mexico.',
    note: 'Later state: complaint → removal to federal court, which neither the paragraph nor the known facts hold.',
  },
  {
    relation: 'updated',
    known:
      'Meta has removed New Mexico’s child-safety case to federal court, where it was assigned case number 1:23-cv-01115. The state is expected to ask that it be sent back. — Source NM',
    claim:
      'A federal judge has sent the Meta case back to state district court, granting New Mexico’s request for remand.',
    note: 'Later state: removal → remand.',
  },
  {
    relation: 'updated',
    known:
      'SANTA FE — Jury selection in New Mexico’s lawsuit against Meta is scheduled to start Feb. 2 in Santa Fe. Lawyers expect the trial to last as long as two months. Attorney General Raúl Torrez is expected to attend opening statements. By Journal staff.',
    claim:
      'Opening statements got under way on Feb. 9, a week after jury selection began, with a state lawyer describing the decoy accounts to the panel.',
    note: 'Later state: trial scheduled → trial begun, with openings on Feb. 9, 2026.',
  },
  {
    relation: 'updated',
    known:
      'SANTA FE — The jury’s $375 million verdict resolves only part of New Mexico’s case against Meta. The state’s public nuisance claim will be tried separately to Judge Bryan Biedscheid, with a date to be set. Meta said it would appeal the verdict. Reporting by Cody Nez.',
    claim:
      'The bench trial on the nuisance claim opened May 4, with the state calling a child psychologist as its first witness.',
    note: 'Later state: phase two to be scheduled → begun; the May 4 start is not among the known facts.',
  },
  {
    relation: 'updated',
    known:
      'SANTA FE, N.M. (Reuters) — Meta will owe New Mexico a total of $942 million after a judge added a $567 million abatement fund to a jury’s penalties, under a judgment entered Thursday. A Meta spokesperson said the company would appeal. Reporting by Tom Reyes.',
    claim:
      'Meta has now formally filed its notice of appeal to the New Mexico Court of Appeals, 27 days after the judgment was entered.',
    note: 'Later state: a stated intention to appeal → notice of appeal filed (invented).',
  },
  {
    relation: 'updated',
    known:
      'Meta filed a notice of appeal in early September, asking the state Court of Appeals to overturn both the jury’s penalties and the judge’s abatement order. The company has not said whether it will post a bond to hold off collection. — Albuquerque Journal',
    claim:
      'To keep the state from collecting while the appeal is pending, the Instagram owner has posted a supersedeas bond of about $1 billion.',
    note: 'Later state: appeal noticed → bond posted (invented; no known fact contradicts it).',
  },
  {
    relation: 'updated',
    known:
      'SANTA FE — Meta asked Judge Bryan Biedscheid last month for a new trial, arguing that jurors were swayed by inflammatory testimony. The state opposes the motion. A hearing is set for Oct. 14. Staff writer Jonah Ruiz contributed.',
    claim:
      'Biedscheid turned down the Menlo Park company’s request for a do-over of the trial after hearing arguments in October.',
    note: 'Later state: post-judgment motion pending → denied (invented).',
  },
  {
    relation: 'updated',
    known:
      'The $567 million abatement fund will be overseen by an administrator whom the judge has yet to name, according to the judgment. The state and Meta were each told to submit candidates within 30 days. Reporting by Andrea Chee, KOB 4.',
    claim:
      'The judge picked a retired appellate judge, Teresa Maldonado, to run the abatement fund, choosing her from the state’s list.',
    note: 'Later state: administrator to be named → named (invented).',
  },
  {
    relation: 'updated',
    known:
      'Meta’s appeal of the New Mexico judgment has been docketed at the state Court of Appeals, and the company’s opening brief is due in the coming weeks. Its lawyers have said they will again argue that Section 230 bars the claims. — Santa Fe Reporter',
    claim:
      'In its opening brief, filed last week, Meta told the appellate court that the trial judge was wrong to let the state sidestep federal immunity for online platforms.',
    note: 'Later state: brief due → brief filed (invented).',
  },
  {
    relation: 'updated',
    known:
      'SANTA FE — Meta asked Judge Bryan Biedscheid on Tuesday to pause the five-year decree on youth accounts while it appeals. The company said complying would cost tens of millions of dollars that it could not recover if it wins. The attorney general’s office has until next week to respond.',
    claim:
      'The judge refused to put the youth-account rules on hold, so Meta must comply while its appeal goes forward.',
    note: 'Later state: stay motion pending → denied (invented).',
  },
  {
    relation: 'updated',
    known:
      'The attorney general’s office has asked the court to order Meta to reimburse the state for its legal costs in the case, according to a filing this week. The request covers outside counsel and expert witnesses. Meta has not yet responded. By Source NM staff.',
    claim:
      'Biedscheid ordered the company to cover $18.4 million of the state’s lawyers’ and experts’ bills.',
    note: 'Later state: fee request filed → fees awarded (invented amount).',
  },
  {
    relation: 'updated',
    known:
      'SANTA FE — Once a fund administrator is in place, the state will have to propose how the $567 million should be spent on programs for young people, the judgment says. Attorney General Raúl Torrez said he wants money to go to school counselors and rural mental health clinics. Staff writer Dolores Quintana contributed.',
    claim:
      'The spending plan the state filed this month would put the largest share of the abatement money toward counselors in public schools.',
    note: 'Later state: spending plan to be proposed → filed (invented).',
  },

  // ── new (12) ──
  {
    relation: 'new',
    known:
      'SANTA FE — Closing arguments in New Mexico’s case against Meta stretched across most of Monday. A state lawyer urged jurors to hold the company accountable for what she called years of broken promises. Meta’s lead attorney said the company had been transparent about the risks. Reporting by Marisol Baca.',
    claim:
      'Several parents in the gallery held framed photographs of their children on their laps as the lawyers spoke.',
    note: 'Scene detail neither the paragraph nor the known facts hold.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE, N.M. (AP) — The jury’s verdict against Meta drew praise from state lawmakers in both parties. Meta said it would appeal. Associated Press writer Lena Ortiz contributed.',
    claim:
      'A Democratic state senator from Las Cruces said she would introduce a bill in January requiring age verification on social media apps.',
    note: 'A reaction and a proposed bill: new.',
  },
  {
    relation: 'new',
    known:
      'Attorney General Raúl Torrez took office in January 2023 and filed the Meta lawsuit before the end of his first year. He has made child safety online a centerpiece of his tenure. — NM Political Report',
    claim:
      'Before becoming attorney general, Torrez served as the elected district attorney in Bernalillo County, which includes Albuquerque.',
    note: 'Background on Torrez’s earlier job: new.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — Judge Bryan Biedscheid on May 30, 2024, denied Meta’s motion to dismiss New Mexico’s lawsuit. He also dropped Mark Zuckerberg as a defendant. Torrez said the case would now move toward trial. Staff writer Jonah Ruiz contributed.',
    claim:
      'That same month, the attorney general’s office announced charges against three men in Operation MetaPhile, a separate undercover sting that used decoy child accounts on Meta’s platforms.',
    note: 'Trap: May 2024 and the three men belong to the Operation MetaPhile criminal sting, not to this civil case’s May ruling.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE, N.M. (Reuters) — A New Mexico judge on Aug. 6 ordered Meta to pay $567 million into an abatement fund, bringing the company’s total liability in the state case to $942 million. Meta plans to appeal. Reporting by Ana Whitfield.',
    claim:
      'Later in August, Meta reached a settlement with the coalition of attorneys general whose youth mental health lawsuit had been pending in federal court in California since October 2023.',
    note: 'Trap: the August 2026 settlement and October 2023 filing belong to the multistate federal suit, which New Mexico did not join.',
  },
  {
    relation: 'new',
    known:
      'Case D-101-CV-2023-02838, New Mexico’s suit against Meta, is assigned to Judge Bryan Biedscheid in the First Judicial District Court. The state accuses the company of unfair practices and creating a public nuisance. — Santa Fe Reporter',
    claim:
      'The attorney general’s later lawsuit against Snapchat’s maker, filed in September 2024 in the same courthouse, carries the number D-101-CV-2024-02131.',
    note: 'Trap: D-101-CV-2024-02131 and September 2024 are the Snap case’s number and filing, not this case’s.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — New Mexico’s jury verdict against Meta on March 24 was the first of its kind for a state suing the company over child safety. The $375 million in penalties reflected 75,000 violations. By Journal staff.',
    claim:
      'A different New Mexico jury returned a verdict on Sept. 25, 2026, in the state’s separate privacy lawsuit against Meta stemming from the Cambridge Analytica scandal.',
    note: 'Trap: the Sept. 25, 2026 verdict is the Cambridge Analytica privacy case’s, not a conflicting date for this verdict.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — The first week of testimony in New Mexico v. Meta featured a former Meta engineer who said internal warnings about child safety were ignored. Meta’s lawyers questioned how much he knew about the company’s safety teams. Staff writer Dolores Quintana contributed.',
    claim:
      'Snow fell on Santa Fe through the morning, and the line to get through courthouse security stretched out the door.',
    note: 'Scene detail: new.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — Jurors received the case Monday afternoon. They returned their verdict against Meta the following day. Reporting by Cody Nez.',
    claim:
      'Before reaching a decision, the jurors sent the judge a note asking to rewatch video of a decoy account’s inbox.',
    note: 'A detail of the deliberations the paragraph and the known facts lack: new.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE, N.M. (AP) — Advocates for children’s online safety gathered outside the courthouse after the judge announced the abatement fund. Meta called the judgment flawed. Associated Press writer Rita Gallegos contributed.',
    claim:
      'The head of a national parents’ group said the ruling should push Congress to pass the Kids Online Safety Act.',
    note: 'A reaction: new.',
  },
  {
    relation: 'new',
    known:
      'Meta has said throughout the case that it has built dozens of tools to protect teenagers on its apps. Its lawyers told jurors the company removes millions of pieces of child-exploitation content each year. — Albuquerque Journal',
    claim:
      'In September 2024 Instagram began placing users under 18 into so-called teen accounts that are private by default.',
    note: 'Background on Meta’s teen accounts: new.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE — Meta was ordered Thursday to pay a combined $942 million to New Mexico, the largest sum a state has won from the company in a child-safety case. Meta said it would appeal. By Source NM staff.',
    claim: 'Meta shares barely moved in trading after the ruling, ending the day up less than 1 percent.',
    note: 'Market reaction: new.',
  },
];
