// Labelled claim pairs in the style of real news coverage of State of New Mexico v. Meta Platforms, Inc.:
// the FIFTH HELD-OUT split, written blind on 2026-11-27 (without looking at the claim diff or the other
// splits) and measured once; do not tune on it. 84 pairs, 21 of each relation. Each pair is a paragraph of
// earlier coverage (`known`) and one sentence of later coverage (`claim`); `relation` is what that sentence
// is relative to the paragraph AND the case's known facts (always present in the diff: the civil nature under
// the Unfair Practices Act and public nuisance law, the court and case number, the Dec. 5, 2023 filing, the
// May 30, 2024 denial of the motion to dismiss, the $375 million verdict of March 24, 2026, and the Aug. 6,
// 2026 judgment with its $567 million abatement fund, $942 million in all).
//
// Labelling rules:
// - `restated`: the sentence says something the paragraph or the known facts already say, possibly reworded,
//   paraphrased heavily, quoted with small changes, with figures written differently ("$375M", "375 million
//   dollars", "three hundred seventy-five million"), dates written differently, or under aliases (AG Torrez /
//   Raúl Torrez / the attorney general; Meta / Meta Platforms Inc. / the Facebook parent). A sentence stating
//   a true case fact the paragraph lacks is `restated` against the known facts.
// - `conflicting`: the same statement with a wrong number, date, party, age, amount, court, judge, or legal
//   status (civil vs criminal; jury vs judge; granted vs denied; federal vs state court), including negations
//   and statements worded far from the paragraph's own wording.
// - `updated`: the sentence reports a later state of the same matter than the paragraph holds (removal →
//   remand; trial scheduled → trial begun; judgment → post-judgment motion → appeal, stay, bond, …), a state
//   the known facts do not hold either.
// - `new`: something neither the paragraph nor the known facts say: scene details, reactions, background,
//   other cases. Notes that begin with "Trap:" mark sentences whose figures or dates belong to a different
//   event (the multistate federal suit, the Snap case, Operation MetaPhile, the Cambridge Analytica case, the
//   K.G.M. trial, the school-district litigation, other states' settlements) from the paragraph's
//   similar-looking ones: they must not be called conflicting.
// All text is written for this set.

import type { CoveragePair } from './coverage-pairs-dev.ts';

export const coveragePairsHeldout5: CoveragePair[] = [
  // ───────────────────────────── new ─────────────────────────────
  {
    relation: 'new',
    known:
      "SANTA FE, N.M. (AP) — Jurors in New Mexico found Tuesday that Meta Platforms broke the state's consumer protection law and assessed $375 million in civil penalties after a trial that stretched across seven weeks. The panel concluded that the company misled the public about how safe Facebook and Instagram are for children. A Meta spokesperson said the company respectfully disagreed with the verdict and would appeal.",
    claim:
      'Several parents seated in the gallery embraced as the verdict was read, and one mother wiped away tears while the jurors filed out of the courtroom.',
    note: 'Scene detail not in the paragraph or the known facts.',
  },
  {
    relation: 'new',
    known:
      'New Mexico Attorney General Raúl Torrez announced Wednesday that his office has sued Meta, accusing Facebook and Instagram of steering minors toward sexual content and failing to keep predators away from them. The lawsuit was filed Tuesday in state district court in Santa Fe. Torrez said investigators built fake profiles of children to see what the platforms would show them. — KOB 4',
    claim:
      "Less than two months earlier, on Oct. 24, dozens of other attorneys general had filed their own lawsuit against Meta in federal court in California over the platforms' effects on young people's mental health, a case New Mexico did not join.",
    note: 'Trap: Oct. 24, 2023 is the filing date of the multistate federal suit, not of this case.',
  },
  {
    relation: 'new',
    known:
      'A Santa Fe judge on Thursday refused to throw out New Mexico’s lawsuit against Meta, rejecting the company’s argument that a federal law shielding online platforms bars the state’s claims. First Judicial District Judge Bryan Biedscheid had heard arguments on the motion earlier in the spring. The case now moves toward discovery. (Source NM)',
    claim:
      'Torrez’s office went on to sue Snap Inc. in the same district court on Sept. 5, 2024, alleging that Snapchat’s design leaves children exposed to sextortion schemes.',
    note: 'Trap: the Snap suit (D-101-CV-2024-02131) has its own filing date in the same court; it is a different case.',
  },
  {
    relation: 'new',
    known:
      'Meta Platforms must face New Mexico’s child-safety lawsuit, a state district judge ruled May 30, rejecting the company’s claim of immunity under Section 230 of the Communications Decency Act. The judge did dismiss Chief Executive Mark Zuckerberg as an individual defendant. — Albuquerque Journal',
    claim:
      'Earlier that month, the attorney general’s office unveiled Operation MetaPhile, an undercover sting in which three men were charged after allegedly arranging to meet children they had contacted on Meta’s platforms.',
    note: 'Trap: Operation MetaPhile (May 2024) is a separate criminal operation; its three defendants have nothing to do with this civil case’s parties.',
  },
  {
    relation: 'new',
    known:
      'A New Mexico judge on Thursday ordered Meta Platforms to pay for a $567 million abatement program, bringing what the company owes in the state’s child-safety case to $942 million. Judge Bryan Biedscheid declined the state’s request to order changes to Meta’s recommendation algorithms. Meta said it would appeal. (Reuters)',
    claim:
      'In a separate matter, a Santa Fe jury on Sept. 25 found Meta liable in New Mexico’s privacy lawsuit arising from the Cambridge Analytica data scandal.',
    note: 'Trap: the Sept. 25, 2026 verdict belongs to the Cambridge Analytica privacy case, not to this one.',
  },
  {
    relation: 'new',
    known:
      'Lawyers for New Mexico told jurors Monday that Meta knew predators were using its platforms to reach children and chose growth over safety. Meta’s attorneys countered that the company has spent billions on safety tools and that the state cherry-picked its evidence. The trial in Santa Fe is expected to last about seven weeks. — Courthouse wire',
    claim:
      'The same week in Los Angeles, a jury heard opening statements in K.G.M. v. Meta and YouTube, a personal-injury case brought by a young woman who says she became hooked on social media as a child.',
    note: 'Trap: the K.G.M. trial is a different jury trial in a different court that opened the same week.',
  },
  {
    relation: 'new',
    known:
      'Judge Biedscheid’s Aug. 6 final judgment adds a $567 million abatement fund to the jury’s $375 million in penalties and imposes a five-year decree governing accounts held by users under 18. It stops short of appointing a court monitor. Meta has said it will appeal. — Legal trade newsletter',
    claim:
      'That same month, Meta settled the suit brought by a bipartisan group of attorneys general in federal court in California, a case in which New Mexico was not a plaintiff.',
    note: 'Trap: the multistate suit settled in August 2026, a different resolution in a different court.',
  },
  {
    relation: 'new',
    known:
      'OPINION | $942 million sounds like a great deal of money. For a company that takes in that much in a couple of days, it is closer to a rounding error. New Mexico’s judgment against Meta matters less for its size than for the five-year decree that comes attached to it.',
    claim:
      'Texas extracted $1.4 billion from Meta in 2024 to settle claims over facial-recognition data, and the company barely broke stride.',
    note: 'Trap: the $1.4 billion is the Texas biometric settlement, not a figure from this case.',
  },
  {
    relation: 'new',
    known:
      'Jury selection began Monday in Santa Fe in the state’s lawsuit against Meta, more than two years after Attorney General Raúl Torrez filed it. The trial is expected to run into late March. KRQE News 13 will have a reporter in the courtroom.',
    claim:
      'Hundreds of school districts have pressed similar claims against Meta, TikTok, Snap and YouTube in consolidated federal litigation in Oakland, California.',
    note: 'Trap: the school-district litigation is a separate federal proceeding, not this case.',
  },
  {
    relation: 'new',
    known:
      'A Santa Fe jury has ordered Meta to pay $375 million after finding the company violated New Mexico’s Unfair Practices Act by misrepresenting the safety of its apps for children. The company plans to appeal. KUNM’s reporting continues.',
    claim:
      'A spokesperson for Gov. Michelle Lujan Grisham said the governor was “grateful to the jurors” and called the outcome a win for New Mexico families.',
    note: 'Reaction not in the paragraph or known facts.',
  },
  {
    relation: 'new',
    known:
      'The state filed the complaint against Meta Platforms and several of its subsidiaries in Santa Fe on Dec. 5, after months of undercover work in which investigators set up accounts posing as children. The suit accuses the company of creating a marketplace for predators. — The Santa Fe New Mexican',
    claim:
      'Torrez, who served as Bernalillo County district attorney before winning statewide office, took over as attorney general in January 2023.',
    note: 'Background about the attorney general.',
  },
  {
    relation: 'new',
    known:
      'New Mexico sued Meta on Tuesday, alleging that Facebook and Instagram expose children to sexual exploitation and mental-health harms. Attorney General Raúl Torrez said his investigators found that decoy accounts of children were quickly flooded with explicit messages. (Reuters)',
    claim:
      'Meta responded that it uses sophisticated technology and employs child-safety experts to find and remove predators, and that it shares information with law enforcement.',
    note: 'Meta’s response is not in the paragraph or the known facts.',
  },
  {
    relation: 'new',
    known:
      'The state rested its case Thursday in the Meta trial after three weeks of testimony from investigators, former employees and child-safety experts. Meta begins calling its own witnesses Monday. — Santa Fe Reporter',
    claim:
      'A former Meta engineer told jurors he had warned senior executives years earlier that teenagers were routinely receiving unwanted sexual advances on Instagram.',
    note: 'Testimony detail.',
  },
  {
    relation: 'new',
    known:
      "Meta Platforms violated New Mexico's Unfair Practices Act, a jury found, finding 75,000 violations and imposing $5,000 for each of them, or $375 million in all. The verdict followed a trial in which the state presented evidence from its undercover investigation.",
    claim:
      'The jurors deliberated for roughly a day and a half before sending a note to the judge that they had reached a verdict.',
    note: 'Deliberation detail.',
  },
  {
    relation: 'new',
    known:
      'The decree in the final judgment runs for five years and applies to Instagram and Facebook accounts of users younger than 18. The judge did not order any change to Meta’s algorithms and did not put a monitor in place. — Tech policy newsletter',
    claim:
      'Meta has in recent years rolled out “Teen Accounts” on Instagram with stricter default privacy and messaging settings.',
    note: 'Background on Meta’s own product changes.',
  },
  {
    relation: 'new',
    known:
      'SANTA FE (AP) — The jury found Meta liable under the state’s Unfair Practices Act and assessed $375 million in penalties. Meta has said it will appeal.',
    claim:
      'In an April court filing, Meta raised the possibility of withdrawing Facebook and Instagram from New Mexico altogether.',
    note: 'The April filing is a case event neither the paragraph nor the known facts mention.',
  },
  {
    relation: 'new',
    known:
      'The second phase of the New Mexico v. Meta trial, in which Judge Bryan Biedscheid alone will weigh the state’s public nuisance claim, opened Monday in Santa Fe. The state is asking for a fund to pay for programs that undo the harm it says Meta caused.',
    claim:
      'A handful of demonstrators stood outside the courthouse with hand-lettered signs reading “Kids over clicks.”',
    note: 'Scene detail.',
  },
  {
    relation: 'new',
    known:
      'The Aug. 6 ruling orders a $567 million abatement fund on top of $375 million in civil penalties, a total of $942 million. It is the largest judgment New Mexico has obtained against a technology company. — NM Political Report',
    claim:
      'A law professor at the University of New Mexico said the ruling could encourage other states to test public-nuisance theories against social-media platforms.',
    note: 'Expert reaction.',
  },
  {
    relation: 'new',
    known:
      'Attorney General Raúl Torrez called the $375 million verdict a turning point in holding technology companies accountable for what happens to children on their platforms. Meta said it would appeal.',
    claim:
      'Torrez said he would ask lawmakers to steer part of the money toward child-safety and mental-health programs.',
    note: 'A plan not in the paragraph or the known facts.',
  },
  {
    relation: 'new',
    known:
      'WASHINGTON, March 25 -- A jury in the U.S. state of New Mexico on Tuesday decided that Meta Platforms must pay 375 million U.S. dollars in civil penalties for violating the state law on unfair practices, local media reported. The company said it will appeal.',
    claim: 'Shares of Meta closed 1.2 percent lower on Tuesday on the Nasdaq in New York.',
    note: 'Market detail.',
  },
  {
    relation: 'new',
    known:
      'The judge of the state of New Mexico ordered to Meta a fund of 567 millions of dollars for the abatement, which with the 375 millions of the jury makes 942 millions in total. The company Meta announced that it will appeal the decision. The judge did not order changes in the algorithms. (translated from Spanish)',
    claim:
      'An organization of parents celebrated the decision in a communiqué and asked other states to follow the example of New Mexico.',
    note: 'Reaction in machine-translated style.',
  },

  // ───────────────────────────── restated ─────────────────────────────
  {
    relation: 'restated',
    known:
      'SANTA FE, N.M. (AP) — A New Mexico jury on Tuesday ordered Meta Platforms to pay $375 million in civil penalties, finding the company violated the state’s Unfair Practices Act. Meta said it would appeal.',
    claim: 'The penalty the Santa Fe jurors settled on came to three hundred seventy-five million dollars.',
  },
  {
    relation: 'restated',
    known:
      'Attorney General Raúl Torrez said his investigators created decoy accounts posing as children on Facebook and Instagram and documented how quickly the accounts were contacted by adults seeking sexual content. The lawsuit was filed in Santa Fe. — KOB 4',
    claim:
      'Before going to court, the AG’s team ran fake profiles pretending to be kids to watch how grown men found and messaged them on Meta’s apps, Torrez said.',
    note: 'Heavy paraphrase.',
  },
  {
    relation: 'restated',
    known:
      'Jury selection opens today in New Mexico’s long-awaited lawsuit against Meta over child safety on Instagram and Facebook. The state says Meta misled the public; Meta says it has built dozens of tools to protect teens. — tech news roundup',
    claim:
      'The case, No. D-101-CV-2023-02838, is being heard in the First Judicial District Court in Santa Fe County.',
    note: 'Restated against the known facts (court and case number).',
  },
  {
    relation: 'restated',
    known:
      'The jury found 75,000 violations of the Unfair Practices Act and set the penalty at $5,000 per violation, for a total of $375 million. The verdict came after a trial of about seven weeks in Santa Fe. Meta said it would appeal. — Santa Fe New Mexican',
    claim: 'Jurors tallied seventy-five thousand violations and priced each at five grand.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — Judge Bryan Biedscheid on Thursday denied Meta’s motion to dismiss New Mexico’s lawsuit. He did grant Mark Zuckerberg’s request to be dropped as a defendant, but without prejudice. Lawyers for both sides declined to comment. — Source NM',
    claim:
      'Meta’s chief executive is out of the case for now, though the ruling leaves the state free to try to bring him back in later.',
    note: 'Paraphrase of dismissal without prejudice.',
  },
  {
    relation: 'restated',
    known:
      'The final judgment adds a $567 million abatement fund to the $375 million in civil penalties the jury imposed in March. Meta said it would appeal. (Reuters)',
    claim: 'All told, the Facebook parent now faces roughly $942M under the judgment.',
  },
  {
    relation: 'restated',
    known:
      'Judge Bryan Biedscheid on Thursday signed a final judgment in New Mexico’s case against Meta, ordering the company to pay into a fund meant to address harm to children. The order follows a jury verdict in March and a second, non-jury phase in May. Meta said it would appeal. — Source NM',
    claim: 'The judgment was entered on 6 August 2026.',
    note: 'Restated against the known facts (date).',
  },
  {
    relation: 'restated',
    known:
      'U.S. District Judge Margaret Strickland on Monday sent New Mexico’s lawsuit against Meta back to state court in Santa Fe, rejecting Meta’s effort to keep the case in federal court. The company had moved the case in December, shortly after Attorney General Raúl Torrez filed it. The state argued that its claims arise only under New Mexico law.',
    claim:
      'A federal judge has returned the Meta case to state district court, turning aside the company’s bid to litigate it in the federal system.',
  },
  {
    relation: 'restated',
    known:
      'OPINION | When prosecutors in Santa Fe took on Meta, few gave them much of a chance. Now the state has a verdict, and the company has a bill.',
    claim:
      'This is a civil suit brought under the Unfair Practices Act and public-nuisance law, not a criminal prosecution, whatever the headlines say.',
    note: 'Restated against the known facts (civil nature).',
  },
  {
    relation: 'restated',
    known:
      'NEWS RELEASE — New Mexico Department of Justice. “Today’s verdict sends a clear message to Meta and every technology company: New Mexico will not stand by while children are put in harm’s way,” said Attorney General Raúl Torrez. The jury imposed $375 million in civil penalties.',
    claim:
      'The verdict, Torrez said, sends “a clear message to Meta and to every tech company” that the state will not stand by while kids are put in harm’s way.',
    note: 'Quoted with small changes.',
  },
  {
    relation: 'restated',
    known:
      'The public nuisance claim will be decided by Judge Biedscheid alone, in a second phase set to begin May 4. The state wants Meta to fund programs to abate the harm. — KRQE',
    claim: 'The nuisance part of the case goes to the judge without a jury starting the fourth of May.',
  },
  {
    relation: 'restated',
    known:
      'In a filing on Thursday, Meta raised the possibility that it might withdraw Facebook and Instagram from New Mexico rather than comply with some of the remedies the state is seeking. The filing came weeks after a jury ordered the company to pay $375 million in penalties. State officials called the warning a pressure tactic. — Albuquerque Journal',
    claim: 'The company hinted in court papers that New Mexicans could lose access to its apps altogether.',
    note: 'Heavy paraphrase.',
  },
  {
    relation: 'restated',
    known:
      'The final judgment is about more than money. Besides the $567 million abatement fund, it imposes a five-year decree governing accounts belonging to users under 18. Meta said it would appeal. — NM Political Report',
    claim: 'For the next five years Meta must follow court-ordered rules for accounts held by minors.',
  },
  {
    relation: 'restated',
    known:
      'New Mexico filed the suit in late 2023, after an undercover investigation, and Meta has fought it ever since. Opening statements are expected next week. (Reuters)',
    claim: 'The complaint was filed on 12/5/2023.',
    note: 'Restated against the known facts (filing date in another format).',
  },
  {
    relation: 'restated',
    known:
      'A jury in the American state of New Mexico ruled on Tuesday that Meta Platforms Inc. has to pay 375 million dollars because it violated the Unfair Practices Act of the state. Meta announced an appeal.',
    claim:
      'The parent company of Facebook must pay 375 million US dollars as civil penalty, the jury decided.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — The Attorney General’s Office, which this month began calling itself the New Mexico Department of Justice, filed an amended complaint against Meta on Tuesday. The case is for now in federal court, where Meta moved it in December. — Santa Fe New Mexican, January 2024',
    claim: 'Torrez’s office has rebranded as the New Mexico Department of Justice.',
  },
  {
    relation: 'restated',
    known:
      'Judge Biedscheid rejected Meta’s argument that Section 230 of the Communications Decency Act shields it from the state’s claims, and denied the motion to dismiss. The ruling clears the way for the case to proceed in Santa Fe. Meta said it would continue to defend itself. — Albuquerque Journal',
    claim:
      'The federal liability shield for internet platforms does not protect Meta from New Mexico’s lawsuit, the judge concluded.',
    note: 'Heavy paraphrase.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — Lawyers delivered opening statements Monday, Feb. 9, in the state’s trial against Meta, after a week of jury selection that began Feb. 2. The state’s first witness, an investigator from the attorney general’s office, took the stand in the afternoon. — KUNM',
    claim: 'After a week spent choosing jurors, the two sides made their opening arguments on February 9th.',
  },
  {
    relation: 'restated',
    known:
      'The jury found Meta liable under the Unfair Practices Act and imposed $375 million in penalties, the attorney general’s office said. Torrez called it the largest such award in New Mexico history. Meta said it would appeal.',
    claim: 'The verdict came down on March 24.',
    note: 'Restated against the known facts (verdict date).',
  },
  {
    relation: 'restated',
    known:
      'The judge declined to order changes to Meta’s algorithms and did not appoint a court monitor. He did impose a five-year decree on accounts of users under 18, along with a $567 million abatement fund. — Source NM',
    claim:
      'Meta’s recommendation systems were left untouched by the ruling, and no outside monitor will be watching over the company, according to the decision.',
    note: 'Heavy paraphrase.',
  },
  {
    relation: 'restated',
    known:
      'Judge Bryan Biedscheid entered final judgment against Meta on Thursday, ordering a $567 million abatement fund. A Meta spokesperson said the company would appeal. — KRQE',
    claim: 'Meta Platforms Inc. said it intends to take the ruling to a higher court.',
  },

  // ───────────────────────────── conflicting ─────────────────────────────
  {
    relation: 'conflicting',
    known:
      'SANTA FE, N.M. (AP) — A New Mexico jury on Tuesday found Meta Platforms liable under the state’s Unfair Practices Act and ordered it to pay $375 million in civil penalties. Jurors reached the verdict after a seven-week trial. Meta said it would appeal.',
    claim: 'The jury ordered Meta to pay $357 million in civil penalties.',
    note: 'Wrong amount (transposed digits).',
  },
  {
    relation: 'conflicting',
    known:
      'The jury found 75,000 violations of the Unfair Practices Act at $5,000 each, which works out to $375 million. Jurors answered every question on the verdict form in the state’s favor. — Santa Fe New Mexican',
    claim: 'Jurors identified some 57,000 separate violations of the consumer-protection law.',
    note: 'Wrong violation count.',
  },
  {
    relation: 'conflicting',
    known:
      'New Mexico Attorney General Raúl Torrez filed suit against Meta Platforms on Dec. 5, 2023, in state district court in Santa Fe, and announced the case the next day. The complaint grew out of an undercover investigation. Meta said it would fight the case. — KOB 4',
    claim: 'The lawsuit, filed Dec. 15, 2023, accuses Meta of letting predators target children.',
    note: 'Wrong filing date.',
  },
  {
    relation: 'conflicting',
    known:
      'First Judicial District Judge Bryan Biedscheid denied Meta’s motion to dismiss on May 30, 2024, rejecting its Section 230 defence. The case had returned to state court in February after a brief stop in federal court. Mark Zuckerberg was dropped as a defendant. — Source NM',
    claim: 'It was Judge Margaret Strickland who turned down Meta’s request to dismiss the case in May 2024.',
    note: 'Wrong judge: Strickland was the federal judge who remanded the case.',
  },
  {
    relation: 'conflicting',
    known:
      'In the second, non-jury phase, Judge Bryan Biedscheid himself found that Meta had created a public nuisance, and his Aug. 6 judgment orders a $567 million abatement fund. (Reuters)',
    claim: 'Jurors also directed Meta to put $567 million into a fund to abate the harm.',
    note: 'Wrong decider: the abatement fund was ordered by the judge, not the jury.',
  },
  {
    relation: 'conflicting',
    known:
      'The jury found that Meta violated the Unfair Practices Act and imposed $375 million in civil penalties. Meta said it would appeal. — KUNM',
    claim:
      'Meta thus becomes the first major technology company to be convicted by a jury on criminal charges tied to child safety.',
    note: 'Wrong status: civil penalties, not a criminal conviction.',
  },
  {
    relation: 'conflicting',
    known:
      'A Santa Fe judge has rejected Meta’s bid to end New Mexico’s lawsuit. He held that Section 230 does not bar the state’s claims, which target Meta’s own conduct and design choices. The case will go forward. — Albuquerque Journal, May 2024',
    claim:
      'The judge sided with Meta on its Section 230 argument and threw out the heart of the state’s case.',
    note: 'Denied vs granted, paraphrased.',
  },
  {
    relation: 'conflicting',
    known:
      'After roughly seven weeks of testimony, a Santa Fe jury concluded that Meta violated New Mexico’s Unfair Practices Act. Jurors then assessed civil penalties of $375 million. Meta said it would appeal. — Santa Fe Reporter',
    claim: 'Jurors did not find that Meta had violated the state’s Unfair Practices Act.',
    note: 'Negation.',
  },
  {
    relation: 'conflicting',
    known:
      'The State of New Mexico, through Attorney General Raúl Torrez, sued Meta in Santa Fe in December 2023 over child sexual exploitation on its platforms. New Mexico did not join the multistate case other attorneys general had filed against Meta weeks earlier. Torrez said the state’s own investigation made its case.',
    claim: 'The suit was brought by a coalition of 41 states led by New Mexico.',
    note: 'Wrong plaintiff: New Mexico sued alone (and was not a party to the multistate suit).',
  },
  {
    relation: 'conflicting',
    known:
      'A jury in the First Judicial District Court in Santa Fe returned a $375 million verdict against Meta on Tuesday. The verdict concluded a seven-week trial. Judge Bryan Biedscheid thanked the jurors for their service. — KRQE',
    claim: 'The verdict against Meta was handed down by a federal jury in Albuquerque.',
    note: 'Wrong court: state court in Santa Fe, not federal court.',
  },
  {
    relation: 'conflicting',
    known:
      'Under the final judgment, Meta must follow a five-year decree. The decree applies to accounts of users under 18 on Facebook and Instagram. It does not require changes to Meta’s algorithms. — NM Political Report',
    claim:
      'Under the decree, Meta must apply new safeguards to the accounts of users younger than 16 for five years.',
    note: 'Wrong age threshold.',
  },
  {
    relation: 'conflicting',
    known:
      'Investigators with the attorney general’s office created Instagram and Facebook accounts posing as children younger than 14 and recorded what the accounts were shown and sent. The accounts were set up in 2023, before the lawsuit was filed. Torrez said the results were disturbing. — Santa Fe New Mexican',
    claim:
      'The decoy profiles the investigators built were meant to pass as children under 13, according to the complaint.',
    note: 'Wrong age interval (under 14 vs under 13).',
  },
  {
    relation: 'conflicting',
    known:
      'The judge added a $567 million abatement fund to the jury’s $375 million in penalties. That puts Meta’s total liability in the case at $942 million. Meta said it would appeal. (Reuters)',
    claim: 'Meta is now on the hook for nearly $1.2 billion in New Mexico.',
    note: 'Wrong total, loosely worded.',
  },
  {
    relation: 'conflicting',
    known:
      'The judgment imposes a five-year decree covering accounts of users under 18. It orders no changes to Meta’s algorithms. The judge also declined to name a monitor. — Legal trade newsletter',
    claim: 'The court’s decree will bind Meta for a decade.',
    note: 'Wrong duration (ten years vs five).',
  },
  {
    relation: 'conflicting',
    known:
      'U.S. District Judge Margaret Strickland remanded the case to state court on Feb. 5, 2024, after Meta had removed it to federal court in December. The state had argued that its claims arise only under New Mexico law. The case will now proceed before a state judge in Santa Fe. — Albuquerque Journal',
    claim:
      'The case went back to Santa Fe in April 2024, when a federal judge granted the state’s remand motion.',
    note: 'Wrong remand date.',
  },
  {
    relation: 'conflicting',
    known:
      'Judge Biedscheid dismissed Mark Zuckerberg as an individual defendant without prejudice, leaving open the possibility that the state could name him again. The ruling came the same day the judge denied Meta’s motion to dismiss. Zuckerberg’s lawyers had argued he should not be sued personally. — Source NM',
    claim:
      'Zuckerberg was dismissed with prejudice, meaning the state can never bring him back into the case.',
    note: 'Wrong legal status of the dismissal.',
  },
  {
    relation: 'conflicting',
    known:
      'Biedscheid declined to order Meta to change its algorithms, one of the remedies the state had sought. He did order a $567 million abatement fund and a five-year decree on under-18 accounts. Meta said it would appeal. — KUNM',
    claim: 'The judge ordered Meta to overhaul the recommendation algorithms that feed content to teenagers.',
    note: 'Wrong outcome on the algorithm remedy.',
  },
  {
    relation: 'conflicting',
    known:
      'The final judgment does not appoint a court monitor to oversee Meta’s compliance with the five-year decree. The state had asked for one. Disputes over compliance will go back to the court. — NM Political Report',
    claim:
      'An independent monitor will oversee Meta’s compliance with the decree for five years, the judge ruled.',
    note: 'Monitor appointed vs not.',
  },
  {
    relation: 'conflicting',
    known:
      'After deliberating, the jury returned its verdict against Meta on March 24, 2026. That was the last day of a trial that began Feb. 2 with jury selection. — Santa Fe Reporter',
    claim: 'The mid-March verdict, handed down on the 14th, ended a trial that had opened in early February.',
    note: 'Wrong verdict date, paraphrased.',
  },
  {
    relation: 'conflicting',
    known:
      'The judge ordered Meta to pay $567 million into an abatement fund, in addition to the $375 million in civil penalties. Together the two amounts come to $942 million. The order followed the judge-only phase in May. (Reuters)',
    claim: 'Biedscheid set the abatement fund at $657 million.',
    note: 'Wrong abatement amount.',
  },
  {
    relation: 'conflicting',
    known:
      'A twelve-member jury decided the Unfair Practices Act claims against Meta and fixed the penalties at $375 million. The judge will hear the public nuisance claim himself at a later stage. — KOB 4',
    claim:
      'Biedscheid, who heard the consumer-protection claims without a jury, found Meta liable and set the penalties at $375 million.',
    note: 'Wrong decider: the jury, not the judge, decided the Unfair Practices Act phase.',
  },

  // ───────────────────────────── updated ─────────────────────────────
  {
    relation: 'updated',
    known:
      'New Mexico Attorney General Raúl Torrez has sued Meta in state district court in Santa Fe, saying Facebook and Instagram have become a breeding ground for predators targeting children. The complaint was filed Tuesday in the First Judicial District Court. Meta said it would defend itself. — KOB 4, December 2023',
    claim: 'Meta on Monday moved the New Mexico lawsuit to federal court, arguing it belongs there.',
    note: 'Removal to federal court (Dec. 18, 2023) after the filing.',
  },
  {
    relation: 'updated',
    known:
      'Meta has removed New Mexico’s lawsuit to the U.S. District Court for the District of New Mexico, a procedural step that takes the case out of state court for now. The company says the case raises federal questions. The state is expected to ask for it to be sent back. — Albuquerque Journal',
    claim: 'A federal judge on Feb. 5 sent the case back to state court in Santa Fe.',
    note: 'Remand after removal.',
  },
  {
    relation: 'updated',
    known:
      'The state has asked U.S. District Judge Margaret Strickland to return its Meta lawsuit to Santa Fe, arguing that it raises only state-law claims. Meta opposes the motion. — Source NM, January 2024',
    claim:
      'Strickland granted the state’s motion and remanded the case to the First Judicial District Court.',
  },
  {
    relation: 'updated',
    known:
      'The complaint New Mexico filed against Meta in December runs to more than 200 pages, many of them heavily redacted at the company’s request. Attorney General Raúl Torrez said the blacked-out passages describe internal company discussions. — Santa Fe New Mexican',
    claim:
      'The state filed an amended complaint on Jan. 9, 2024, with additional detail from internal Meta documents.',
  },
  {
    relation: 'updated',
    known:
      'Mark Zuckerberg has asked to be dismissed from New Mexico’s lawsuit, arguing that he should not be sued personally over the company’s products. The judge has not yet ruled. — Albuquerque Journal, March 2024',
    claim: 'Judge Biedscheid dropped Zuckerberg from the case in May, without prejudice.',
  },
  {
    relation: 'updated',
    known:
      'The trial in New Mexico’s lawsuit against Meta is scheduled to begin Feb. 2, 2026, in Santa Fe, where a jury will decide the Unfair Practices Act claims. Judge Bryan Biedscheid has set aside about seven weeks. Meta has said it will vigorously defend itself. — KRQE',
    claim: 'Jury selection got under way Monday in Santa Fe in the state’s case against Meta.',
    note: 'Trial scheduled → trial begun.',
  },
  {
    relation: 'updated',
    known:
      'Lawyers for New Mexico and Meta spent the week questioning prospective jurors in Santa Fe, many of whom said they use Facebook or Instagram. Opening statements are expected next week. The trial is expected to last about seven weeks. — KUNM',
    claim: 'With a jury seated, the two sides delivered opening statements on Monday, Feb. 9.',
  },
  {
    relation: 'updated',
    known:
      'After the state rested, Meta asked Judge Biedscheid for a directed verdict, arguing the state had not proved that the company made any misleading statement. The judge said he would rule before Meta calls its first witness. — Santa Fe Reporter',
    claim:
      'Biedscheid denied Meta’s motion for a directed verdict, and the company began presenting its defense.',
  },
  {
    relation: 'updated',
    known:
      'With the jury’s $375 million verdict in hand, the state now turns to its public nuisance claim. The judge will hear that claim himself, at a later date that has not yet been set. (Reuters)',
    claim: 'The judge-only nuisance phase of the trial opened on Monday, May 4.',
  },
  {
    relation: 'updated',
    known:
      'Testimony continues this week in the non-jury phase of New Mexico’s case against Meta, with the state’s experts describing what an abatement program would cost. Meta’s witnesses are expected to follow. Judge Bryan Biedscheid is hearing this phase without a jury. — Source NM',
    claim:
      'Testimony in the nuisance phase wrapped up on May 22, and Biedscheid said he would issue a written ruling later.',
  },
  {
    relation: 'updated',
    known:
      'New Mexico is asking Judge Biedscheid to order Meta to change its recommendation algorithms and to appoint a court monitor to oversee the company. The judge is expected to rule after the close of the nuisance phase. — NM Political Report',
    claim:
      'In his final judgment the judge declined to order any changes to Meta’s algorithms and did not appoint a monitor.',
  },
  {
    relation: 'updated',
    known:
      'Judge Bryan Biedscheid’s final judgment leaves Meta owing $942 million. A company spokesperson said Meta would challenge the outcome. — KOB 4',
    claim:
      'Meta has asked Biedscheid to set aside the jury’s verdict and order a new trial, in a motion filed early this month.',
    note: 'Post-judgment motion filed after the judgment.',
  },
  {
    relation: 'updated',
    known:
      'Meta’s motion for a new trial, filed in September, argues that the judge wrongly admitted evidence from the undercover investigation. The state has opposed it. — Albuquerque Journal',
    claim: 'Biedscheid last week denied Meta’s request for a new trial.',
  },
  {
    relation: 'updated',
    known:
      'Meta said after the Aug. 6 judgment that it would appeal, calling the ruling legally flawed. — Santa Fe New Mexican',
    claim:
      'Meta has filed a notice of appeal with the New Mexico Court of Appeals, according to court records.',
  },
  {
    relation: 'updated',
    known:
      'Meta filed its notice of appeal this week, formally challenging both the jury’s verdict and the judge’s $567 million abatement order. The appeal goes to the New Mexico Court of Appeals. The state said it was confident the judgment would be upheld. — Legal trade newsletter',
    claim:
      'The company has also asked the district court to put the abatement payment on hold while the appeal proceeds.',
  },
  {
    relation: 'updated',
    known:
      'Meta has asked Judge Biedscheid to stay enforcement of the $942 million judgment while it appeals. The state argues the company should not be allowed to delay. — Source NM',
    claim: 'Biedscheid agreed to pause enforcement of the judgment, on condition that Meta post a bond.',
  },
  {
    relation: 'updated',
    known:
      'Under the judge’s order this month, the judgment will be stayed pending appeal once Meta posts a supersedeas bond. Meta has not yet done so. The state had opposed any stay. — NM Political Report',
    claim: 'Meta posted a bond covering the full $942 million plus interest, putting the stay into effect.',
  },
  {
    relation: 'updated',
    known:
      'Attorney General Raúl Torrez said his office was weighing whether to challenge the judge’s refusal to order changes to Meta’s algorithms. Meta has already said it will appeal the judgment. — KRQE',
    claim:
      'The state has cross-appealed, asking the Court of Appeals to revisit the judge’s decision not to require algorithm changes.',
  },
  {
    relation: 'updated',
    known:
      'Meta’s appeal of the $942 million judgment is now pending before the New Mexico Court of Appeals. The company argues the jury should never have heard some of the evidence from the state’s undercover investigation. No argument date has been set. — Albuquerque Journal',
    claim:
      'Meta has petitioned the New Mexico Supreme Court to take up the appeal directly, bypassing the Court of Appeals.',
  },
  {
    relation: 'updated',
    known:
      'In a court filing Thursday, Meta warned that it might pull Facebook and Instagram out of New Mexico if the court grants the remedies the state is seeking. The filing came days before the judge-only phase of the trial. State officials called the warning a bluff. — KOB 4, April 2026',
    claim:
      'Months after the judgment, Facebook and Instagram remain available in New Mexico, and a Meta spokesperson said Tuesday there were no plans to withdraw them.',
    note: 'The threatened withdrawal → later state.',
  },
  {
    relation: 'updated',
    known:
      'Meta’s appeal has been docketed at the New Mexico Court of Appeals. No briefing schedule has been set, and the court has not said when it will issue one. — Source NM',
    claim:
      'The Court of Appeals has set a briefing schedule that calls for Meta’s opening brief in January 2027.',
  },
];
