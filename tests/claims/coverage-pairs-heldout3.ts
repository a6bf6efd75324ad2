// Labelled claim pairs in the style of real news coverage of State of New Mexico v. Meta Platforms, Inc.:
// the THIRD held-out split, written blind on 2026-11-28 (without looking at the claim diff or the other
// splits) and measured once; do not tune on it. Each pair is a paragraph of earlier coverage (`known`) and one
// sentence of later coverage (`claim`); `relation` is what that sentence is relative to the paragraph AND the
// case's known facts (always present in the diff). A sentence reporting a step of the case later than every
// step of the paragraph is `updated`, even when that step is also a known fact; a correct recall of an earlier
// step is `restated` when the paragraph or the known facts say it, else `new`; a sentence that gets a fact of
// either wrong is `conflicting`. Notes that begin with "Trap:" mark new or restated sentences whose figures or
// dates belong to another event or a look-alike case: they must not be called conflicting. All text is
// written for this set.

import type { CoveragePair } from './coverage-pairs-dev.ts';

export const coveragePairsHeldout3: CoveragePair[] = [
  // ── new ──
  {
    relation: 'new',
    known:
      'A Santa Fe jury on Tuesday ordered Meta Platforms to pay $375 million after concluding the company misled New Mexicans about how safe Instagram and Facebook are for children. The verdict, reached March 24 after nearly seven weeks of testimony, found 75,000 violations of the Unfair Practices Act. Attorney General Raúl Torrez called it “a day of reckoning” for the social media giant. Meta said in a statement that it respectfully disagreed and would appeal.',
    claim:
      'In Los Angeles, a separate jury was still hearing evidence in K.G.M. v. Meta and YouTube, a personal-injury trial that got under way the same week as the New Mexico case.',
    note: 'Trap: the K.G.M. trial in Los Angeles is a look-alike case that opened the same week; it is not a step of this case.',
  },
  {
    relation: 'new',
    known:
      "March 24 (Reuters) - A New Mexico state-court jury found on Tuesday that Meta Platforms violated the state's consumer protection law by concealing what it knew about child sexual exploitation on its platforms, and imposed $375 million in civil penalties. The trial in Santa Fe began with jury selection on Feb. 2. Meta, which owns Facebook, Instagram and WhatsApp, said it would appeal.",
    claim:
      'Meta had tried early on to move the case into federal court, but a federal judge in New Mexico returned it to Santa Fe in February 2024.',
    note: 'Trap: the February 2024 remand is an earlier procedural step, not the February 2026 start of trial; neither the paragraph nor the known facts mention it.',
  },
  {
    relation: 'new',
    known:
      "Opening statements got under way Monday in Santa Fe in New Mexico's lawsuit accusing Meta of turning Facebook and Instagram into a marketplace for child predators. Lawyers for the state told jurors that Meta knew for years that adults were using its apps to find and groom minors. Meta's attorneys countered that the company has invested heavily in safety tools and that the state cherry-picked internal documents. Judge Bryan Biedscheid has said the trial could last up to seven weeks.",
    claim:
      "Torrez's office first made headlines on the issue in May 2024 with Operation MetaPhile, a criminal sting that led to charges against three men accused of trying to meet children they had contacted on Meta's platforms.",
    note: 'Trap: Operation MetaPhile is a separate criminal sting by the same office (May 2024); it does not make this civil case criminal and is not in the paragraph.',
  },
  {
    relation: 'new',
    known:
      "State District Judge Bryan Biedscheid on Thursday ordered Meta to pay $567 million into a fund to address the harm its platforms caused New Mexico children, bringing the company's total liability in the case to $942 million. The ruling follows a three-week bench trial in May on the state's public nuisance claim. Biedscheid also imposed five years of restrictions on accounts belonging to users under 18, but declined to appoint a monitor. Meta said it would appeal.",
    claim:
      "The attorney general's office is pressing a similar lawsuit against Snap Inc., case No. D-101-CV-2024-02131, in the same Santa Fe courthouse.",
    note: 'Trap: D-101-CV-2024-02131 is the number of the look-alike Snap case, not a misstated number for this one.',
  },
  {
    relation: 'new',
    known:
      "A Santa Fe judge handed down the final judgment Thursday in New Mexico's case against Meta, adding a $567 million abatement fund to the $375 million a jury imposed in March. The Aug. 6 order also requires Meta to follow new rules for teen accounts for five years. The judge did not order any changes to the company's algorithms. Torrez said his office would make sure every dollar goes to protecting kids.",
    claim:
      'The ruling lands the same month that Meta agreed to settle the sprawling federal suit brought by a bipartisan coalition of attorneys general in California — a case New Mexico never joined.',
    note: "Trap: the August 2026 settlement belongs to the multistate attorneys-general suit, a look-alike case, not to this case's August judgment.",
  },
  {
    relation: 'new',
    known:
      "SANTA FE, N.M. (AP) — Meta must pay a total of $942 million to New Mexico after a judge on Thursday ordered a $567 million abatement fund on top of the jury's earlier penalty. Judge Bryan Biedscheid wrote that the company's platforms had created a public nuisance affecting the state's young people. A Meta spokesperson said the company would appeal.",
    claim:
      "On Sept. 25, a different Santa Fe jury ruled against Meta in the state's privacy lawsuit tied to the Cambridge Analytica data scandal.",
    note: "Trap: the Sept. 25 verdict belongs to New Mexico's separate Cambridge Analytica privacy case, a look-alike, not to this case.",
  },
  {
    relation: 'new',
    known:
      'Jurors needed less than two days of deliberations to side with the state. They found that Meta committed 75,000 violations of the Unfair Practices Act and set the penalty at the statutory maximum of $5,000 per violation, for a total of $375 million. The verdict capped a trial that began Feb. 2 in Santa Fe.',
    claim:
      "In closing arguments, the state's lawyers had asked the jury to find more than 200,000 violations, which would have pushed the penalty past $1 billion.",
    note: "Trap: 200,000 violations and $1 billion were the state's request in closing, not the verdict; they do not contradict 75,000 and $375 million.",
  },
  {
    relation: 'new',
    known:
      "New Mexico's case against Meta Platforms ended in a resounding win for the state Tuesday, when jurors imposed $375 million in civil penalties. The jury agreed that the company made false or misleading statements about the safety of its apps for young users. Meta, the parent company of Instagram and Facebook, plans to appeal, a spokesperson said.",
    claim:
      'Mark Zuckerberg, originally named as a defendant, was not part of the trial; Biedscheid had dropped the claims against him personally in May 2024.',
    note: "Zuckerberg's May 2024 dismissal is a true earlier step that neither the paragraph nor the known facts mention.",
  },
  {
    relation: 'new',
    known:
      "A federal judge has sent New Mexico's lawsuit against Meta back to state district court in Santa Fe. Meta had removed the case to U.S. District Court on Dec. 18, arguing it raised federal questions. U.S. District Judge Margaret Strickland disagreed in an order filed Monday, Feb. 5. The case now returns to the First Judicial District.",
    claim:
      "While the case sat in federal court, the state filed an amended complaint on Jan. 9 that added allegations drawn from Meta's internal documents.",
    note: 'Trap: the Jan. 9, 2024 amended complaint is a different filing from the Dec. 5, 2023 complaint and the Dec. 18 removal; it is an earlier step the paragraph does not give.',
  },
  {
    relation: 'new',
    known:
      "New Mexico Attorney General Raúl Torrez announced Wednesday that his office has sued Meta, alleging Facebook and Instagram are a “breeding ground” for predators who target children. The lawsuit was filed Tuesday in state district court in Santa Fe. Investigators created accounts posing as children and documented the sexual content and solicitations those accounts received. Torrez said Meta has put profits ahead of kids' safety.",
    claim:
      'One test account, set up as a 13-year-old girl, drew thousands of followers and a flood of explicit messages within days, according to the complaint.',
    note: 'An investigative detail the paragraph and the known facts do not give; none of its figures clashes with them.',
  },
  {
    relation: 'new',
    known:
      "Meta lost its first big child-safety trial on Tuesday, as a New Mexico jury found the company liable under the state's Unfair Practices Act and ordered it to pay $375 million. The case was brought by Attorney General Raúl Torrez in late 2023 after a sting using fake child accounts. Meta has said it will appeal.",
    claim:
      'Among the witnesses was a former Meta engineer who testified that he had warned senior executives about teens receiving unwanted sexual advances and was brushed aside.',
    note: 'Trial testimony the paragraph does not report; same stage, no later step.',
  },
  {
    relation: 'new',
    known:
      "Judge Bryan Biedscheid's final judgment, issued Aug. 6, orders Meta to fund a $567 million abatement program to be spent over several years on mental health services, education and child-safety efforts in New Mexico. Combined with the jury's $375 million penalty, Meta now owes $942 million. The judge rejected the state's request for a court-appointed monitor.",
    claim:
      'During the bench phase in May, the state called about 20 witnesses, including school counselors and pediatricians, while Meta called eight.',
    note: 'Witness counts from the earlier bench phase; neither the paragraph nor the known facts give them.',
  },
  {
    relation: 'new',
    known:
      "The second phase of New Mexico's case against Meta opened Monday, May 4, with no jury in the box. Judge Bryan Biedscheid alone will decide whether Meta's platforms amount to a public nuisance and, if so, what the company must do to fix it. The state wants Meta to pay for programs to undo the harm, on top of the $375 million jurors imposed in March.",
    claim:
      'Late last month, Meta warned in a court filing that it might stop offering its apps in New Mexico altogether if the judge imposed the changes the state is seeking.',
    note: "Meta's late-April filing precedes the bench phase and is in neither the paragraph nor the known facts.",
  },
  {
    relation: 'new',
    known:
      "Meta's bill in New Mexico has grown to $942 million. On Thursday, Judge Bryan Biedscheid added a $567 million abatement fund to the civil penalties the jury set in March, while turning down the state's bid to have an independent monitor oversee the company. The judgment also limits how Meta handles the accounts of minors under 18 for the next five years.",
    claim:
      'The state had sought considerably more in the bench phase, asking for an abatement plan that its experts priced at roughly $3.7 billion over 15 years.',
    note: "Trap: $3.7 billion over 15 years was the state's request, not the abatement the judge ordered; it does not contradict $567 million or the five-year term.",
  },
  {
    relation: 'new',
    known:
      "SANTA FE, N.M. (AP) — New Mexico's attorney general has sued Meta and its CEO, Mark Zuckerberg, accusing the company of allowing Facebook and Instagram to become hunting grounds for child predators. The lawsuit, filed Tuesday in state district court in Santa Fe, says Meta's algorithms steered test accounts of minors toward sexually explicit material. Attorney General Raúl Torrez said his office spent months on the undercover investigation.",
    claim:
      'The New Mexico complaint follows an Oct. 24 lawsuit in federal court in Oakland, Calif., in which a coalition of other states accused Meta of hooking children on its apps — a suit New Mexico did not sign on to.',
    note: 'Trap: the Oct. 24, 2023 multistate suit in federal court in California is a look-alike case; its date and court do not contradict this December state-court filing.',
  },
  {
    relation: 'new',
    known:
      "Lawyers for Meta urged a Santa Fe judge on Friday to throw out New Mexico's lawsuit over child safety on Facebook and Instagram. Judge Bryan Biedscheid heard about three hours of argument on the company's motion to dismiss and said he would rule in the coming weeks. The state's lawsuit, filed in December, alleges Meta knowingly exposed minors to sexual exploitation.",
    claim:
      "Meta's lead attorney argued that Section 230 of the federal Communications Decency Act bars states from holding platforms liable for what their users post.",
    note: 'A detail of the hearing itself, at the same stage; no ruling is reported.',
  },
  {
    relation: 'new',
    known:
      "New Mexico's lawsuit against Meta is headed back to state court. U.S. District Judge Margaret Strickland ruled Monday that the case, which Meta had moved to federal court in December, belongs in the First Judicial District Court in Santa Fe. Attorney General Raúl Torrez's office had asked the federal court to send it back.",
    claim:
      'Since January, the attorney general’s office has called itself the New Mexico Department of Justice, a change Torrez said better reflects what the office does.',
    note: "The office's January 2024 renaming is a fact that neither the paragraph nor the known facts hold.",
  },
  {
    relation: 'new',
    known:
      "Aug 6 (Reuters) - A New Mexico judge on Thursday ordered Meta Platforms to pay $567 million to fund programs addressing harm to young people, on top of a $375 million jury verdict, in a case accusing the company of exposing children to sexual predators. The judgment imposes a five-year decree governing accounts of users under 18 but does not require changes to Meta's algorithms. Meta said it would appeal.",
    claim:
      'Meta said it had already placed users under 16 into restricted “Teen Accounts” that limit who can message them and what content they see.',
    note: "Trap: under-16 is the threshold of Meta's own Teen Accounts settings, not a restatement of the decree's under-18 scope; it does not conflict.",
  },
  {
    relation: 'new',
    known:
      'The jury in Santa Fe has spoken: Meta must pay $375 million. After a trial that stretched from early February into late March, jurors found the company violated New Mexico’s Unfair Practices Act 75,000 times. Attorney General Raúl Torrez said outside the courthouse that the verdict sends a message to every tech company.',
    claim:
      "Throughout the trial, Meta's lawyers pointed to the roughly 40,000 people the company says work on safety and security.",
    note: "Trap: 40,000 is Meta's own staffing figure from its defence, not a different violation count.",
  },
  {
    relation: 'new',
    known:
      "Jurors heard opening statements Monday, Feb. 9, in the state's civil case against Meta Platforms, the first trial of its kind brought by a state over child sexual exploitation on social media. Attorney General Raúl Torrez sat at the counsel table as a lawyer for the state described decoy accounts posing as children. The trial is expected to last about seven weeks.",
    claim:
      'The panel of 12 jurors and six alternates was chosen last week from a pool of more than 200 Santa Fe County residents.',
    note: 'Jury-selection detail from the week before the openings; the paragraph and the known facts do not give it.',
  },
  {
    relation: 'new',
    known:
      "Meta Platforms has moved New Mexico's child-safety lawsuit out of state court. In a notice filed Dec. 18 in U.S. District Court in Albuquerque, the company argued that the state's claims turn on federal law. The case now carries the federal docket number 1:23-cv-01115. The attorney general's office said it would seek to return the case to Santa Fe.",
    claim:
      'Meta is already defending the multistate attorneys-general suit in the Northern District of California, where it has been coordinated with hundreds of claims by families and school districts.',
    note: "Trap: the multistate suit's federal court in California is a look-alike case; it does not contradict this case's removal to federal court in New Mexico.",
  },
  {
    relation: 'new',
    known:
      "Attorney General Raúl Torrez's office filed suit Tuesday against Meta Platforms, Instagram and Facebook Holdings, claiming the companies knowingly designed platforms that expose children to sexual exploitation. The complaint relies on an undercover operation in which state agents posed as users younger than 14. The state is seeking civil penalties and an order requiring changes to the platforms.",
    claim:
      'In a response emailed to reporters, Meta said it uses sophisticated technology and works with law enforcement and child-safety experts to root out predators.',
    note: "Meta's reply to the filing, at the same stage, is in neither the paragraph nor the known facts.",
  },

  // ── restated ──
  {
    relation: 'restated',
    known:
      "SANTA FE, N.M. (AP) — Jurors in New Mexico decided Tuesday that Meta Platforms broke the state's consumer-protection law, ordering the company to pay $375 million in civil penalties. They found 75,000 separate violations of the Unfair Practices Act. The case grew out of an undercover investigation by the attorney general's office. Meta said it would appeal.",
    claim:
      'The jury tallied seventy-five thousand violations of the Unfair Practices Act and assessed three hundred seventy-five million dollars in penalties against Meta.',
    note: 'The same count and amount written out in words.',
  },
  {
    relation: 'restated',
    known:
      "A jury in Santa Fe ordered Meta to pay $375 million on Tuesday, finding that the company violated New Mexico's Unfair Practices Act 75,000 times. Jurors assessed $5,000 for each violation, the maximum the law allows. Attorney General Raúl Torrez, whose office brought the case in December 2023, called the verdict historic.",
    claim:
      'According to the attorney general of New Mexico, Raúl Torrez, the jury of Santa Fe determined that Meta committed 75 thousand infractions of the Law of Unfair Practices, with a fine of 5 thousand dollars for each one.',
    note: 'Translated back from Spanish-language coverage; same count, per-violation figure and law.',
  },
  {
    relation: 'restated',
    known:
      "Attorney General Raúl Torrez said Tuesday's verdict against Meta shows that “no company is too big to be held accountable in New Mexico.” Jurors ordered the company to pay $375 million. Torrez's office filed the case in Santa Fe in December 2023 after agents created fake profiles of children. Meta said it would appeal the verdict.",
    claim:
      'The New Mexico Department of Justice said in a statement that the outcome proves no company is too big to answer for its conduct in the state.',
    note: 'The attribution moves from Torrez to his office (the NMDOJ) and the quotation is paraphrased.',
  },
  {
    relation: 'restated',
    known:
      'Meta will owe New Mexico a combined $942 million after Judge Bryan Biedscheid on Thursday issued a final judgment ordering a $567 million abatement fund. The judge found that Facebook and Instagram created a public nuisance for the state’s children. Meta said it strongly disagreed and would appeal.',
    claim:
      'The case, No. D-101-CV-2023-02838, was brought in the First Judicial District Court in Santa Fe County.',
    note: 'Court and case number restate the known facts; an earlier fact, not a later step.',
  },
  {
    relation: 'restated',
    known:
      "Judge Bryan Biedscheid on Aug. 6 ordered Meta to pay $567 million into an abatement fund, on top of the $375 million in civil penalties jurors imposed in March. The total, $942 million, is among the largest sums a single state has won from a technology company. The judgment follows a bench trial on the state's public nuisance claim.",
    claim:
      "With the $567M abatement fund added to the jury's $375M, Meta's bill in New Mexico now stands at $942M.",
    note: 'Same three amounts, abbreviated.',
  },
  {
    relation: 'restated',
    known:
      "ALBUQUERQUE, N.M. (AP) — A federal judge on Monday sent New Mexico's lawsuit against Meta back to state court in Santa Fe, rejecting the company's argument that the case belonged in federal court. U.S. District Judge Margaret Strickland said the state's claims arise under New Mexico law. Meta had removed the case in December, days after Attorney General Raúl Torrez filed it.",
    claim:
      'Strickland concluded that the claims rest on state law and returned the suit to Santa Fe, turning aside Meta’s bid to keep it in federal court.',
    note: 'Reworded and reordered.',
  },
  {
    relation: 'restated',
    known:
      "A Santa Fe judge on May 30 denied Meta's motion to dismiss New Mexico's lawsuit, rejecting the company's argument that Section 230 of the Communications Decency Act shields it. State District Judge Bryan Biedscheid found that the state's claims target Meta's own design choices and statements, not content posted by users. The ruling allows the case to proceed toward trial.",
    claim:
      "Meta's contention that federal Section 230 immunity protected it from the suit did not persuade Biedscheid, who refused on May 30 to dismiss the case.",
    note: 'Reordered paraphrase of the same ruling and date.',
  },
  {
    relation: 'restated',
    known:
      "The New Mexico attorney general's office has filed a civil lawsuit against Meta under the state's Unfair Practices Act, alleging that Facebook and Instagram expose children to sexual solicitation and fail to stop predators. The complaint was filed Dec. 5 in Santa Fe. Attorney General Raúl Torrez said the company's design choices put kids in harm's way.",
    claim:
      "Torrez's suit, filed on the fifth of December in Santa Fe, accuses the two platforms of leaving children open to sexual solicitation in violation of New Mexico's Unfair Practices Act.",
    note: 'Same date written out; same law and allegation.',
  },
  {
    relation: 'restated',
    known:
      '“This judgment is about making Meta pay for the damage it has done to a generation of New Mexico kids,” Torrez said Thursday. Judge Bryan Biedscheid ordered Meta to pay $567 million into an abatement fund. The company had already been hit with $375 million in penalties by the jury in March.',
    claim:
      'Torrez said the judgment was about making Meta “pay for the damage it has done to a generation of kids in New Mexico.”',
    note: 'The quotation repeated with a small change of word order.',
  },
  {
    relation: 'restated',
    known:
      "New Mexico sued Meta on Tuesday in state court in Santa Fe, accusing the company of failing to protect children from sexual predators. The suit is separate from the one dozens of states filed Oct. 24 in federal court in California, which focuses on youth mental health and which New Mexico did not join. Attorney General Raúl Torrez said his office's case rests on its own undercover investigation.",
    claim:
      'New Mexico stayed out of the mental-health lawsuit that dozens of states filed against Meta in federal court on Oct. 24.',
    note: "Trap: restates the paragraph's look-alike multistate suit; its Oct. 24 date and federal court are not this case's filing date or court.",
  },
  {
    relation: 'restated',
    known:
      "Feb 9 (Reuters) - Lawyers for New Mexico told a Santa Fe jury on Monday that Meta Platforms misled the public about the safety of its apps for children, as the state's closely watched lawsuit went to trial. The state is seeking civil penalties under the Unfair Practices Act. Meta denies wrongdoing.",
    claim:
      'The trial comes more than 20 months after Judge Bryan Biedscheid refused, on May 30, 2024, to dismiss the case.',
    note: 'The May 30, 2024 denial is a known fact and an earlier step than the trial.',
  },
  {
    relation: 'restated',
    known:
      "Judge Bryan Biedscheid began hearing evidence Monday in the public nuisance phase of New Mexico's case against Meta. The state is asking for an abatement order requiring the company to pay for programs addressing harm to young people. Meta argues the state has not shown that its platforms caused any specific harm.",
    claim:
      "The bench proceeding follows the jury's March 24 verdict, which found Meta violated the Unfair Practices Act and imposed $375 million in civil penalties.",
    note: 'The verdict is a known fact and precedes the bench phase the paragraph reports.',
  },
  {
    relation: 'restated',
    known:
      "Judge Bryan Biedscheid's judgment, entered Thursday, requires Meta to abide by a five-year decree covering the accounts of New Mexico users under 18. The judge stopped short of ordering changes to Meta's recommendation algorithms and declined to appoint a court monitor. He also ordered a $567 million abatement fund.",
    claim:
      "There will be no court monitor and no mandated algorithm changes, but for five years Meta must follow the decree's rules for under-18 accounts.",
    note: 'Same terms, reordered.',
  },
  {
    relation: 'restated',
    known:
      "A judge in Santa Fe on Thursday ordered Meta Platforms to create a $567 million fund to remedy the harm its social media platforms caused young people in New Mexico. The order raises the company's total liability in the case to $942 million, including the $375 million jurors imposed in March. Meta said it would appeal.",
    claim:
      'The judge ordered Meta to finance a fund of 567 million dollars to repair the damages, which raises the total that the company must pay to 942 million dollars.',
    note: 'Translated back from Spanish-language coverage; same amounts.',
  },
  {
    relation: 'restated',
    known:
      'Meta said it would appeal after a jury in Santa Fe found Tuesday that the company violated the Unfair Practices Act and ordered it to pay $375 million. The company said it has worked for more than a decade to keep young people safe online. Attorney General Raúl Torrez thanked the jurors for their service.',
    claim:
      'A company spokesperson said Meta disagrees with the jurors and intends to take the verdict to a higher court.',
    note: 'The appeal vow reworded; no appeal is reported as filed.',
  },
  {
    relation: 'restated',
    known:
      "Judge Bryan Biedscheid on Thursday denied Meta's bid to have New Mexico's lawsuit thrown out, but dismissed CEO Mark Zuckerberg as an individual defendant. Zuckerberg's dismissal was without prejudice, meaning the state could try to add him back later. The case against Meta and its subsidiaries will go forward.",
    claim:
      'Zuckerberg is out of the case for now, though the judge left the door open for the state to name him again.',
    note: 'A paraphrase of the dismissal without prejudice.',
  },
  {
    relation: 'restated',
    known:
      'The lawsuit filed by Attorney General Raúl Torrez grew out of a months-long undercover investigation in 2023. State investigators set up decoy Facebook and Instagram accounts that posed as children, then documented the sexual messages and material those accounts received. The complaint, filed in Santa Fe on Dec. 5, seeks civil penalties.',
    claim:
      'Posing as kids on Instagram and Facebook, state investigators created fake accounts and recorded the explicit content and messages that came their way, the complaint says.',
    note: 'Reworded description of the same investigation.',
  },
  {
    relation: 'restated',
    known:
      "Jury selection in New Mexico v. Meta began Feb. 2 in Santa Fe, and opening statements followed a week later, on Feb. 9. The state's lawyers said they would show that Meta misled parents about how safe its apps were. Meta's attorneys said the company has built dozens of tools to protect teens.",
    claim: 'Openings came on Monday, Feb. 9, seven days after the process of picking a jury got under way.',
    note: 'Same two dates, the first given as an interval.',
  },
  {
    relation: 'restated',
    known:
      'Prosecutors with the New Mexico Department of Justice persuaded a Santa Fe jury that Meta misled the public about child safety on its platforms. The jury on Tuesday imposed $375 million in civil penalties. Meta plans to appeal.',
    claim:
      "The verdict came in a civil lawsuit brought under the state's Unfair Practices Act, not a criminal prosecution.",
    note: "The civil nature is a known fact; the paragraph's “prosecutors” is loose wording, not a criminal case.",
  },
  {
    relation: 'restated',
    known:
      'Meta raised the possibility in a court filing this week that it could withdraw Facebook and Instagram from New Mexico if a judge orders the changes the state is seeking. The filing comes ahead of the second phase of the trial, set to begin May 4, in which Judge Bryan Biedscheid will decide the state’s public nuisance claim. Attorney General Raúl Torrez called the filing a threat against New Mexico families.',
    claim:
      "Torrez's office described Meta's suggestion that it might pull its apps out of the state as a threat aimed at New Mexico families.",
    note: "Reworded, with the attribution moved to Torrez's office.",
  },
  {
    relation: 'restated',
    known:
      'The bench trial in New Mexico’s case against Meta wrapped up Friday, May 22, after nearly three weeks of testimony that began May 4. Judge Bryan Biedscheid, who heard the public nuisance phase without a jury, said he would rule in writing. The state wants an abatement fund; Meta says none is warranted.',
    claim:
      'With no jurors involved, Biedscheid alone heard the nuisance claims from May 4 through May 22 and plans to issue a written ruling.',
    note: 'Same dates, same judge, same pending written ruling.',
  },
  {
    relation: 'restated',
    known:
      "The New Mexico verdict arrived as another closely watched trial continued in Los Angeles, where a jury in K.G.M. v. Meta and YouTube is weighing a young woman's claims that she became addicted to social media. That trial opened the same week as New Mexico's. In Santa Fe, jurors ordered Meta to pay $375 million.",
    claim:
      "A Los Angeles jury is still weighing K.G.M.'s addiction claims against Meta and YouTube in a trial that began the same week as the Santa Fe case.",
    note: "Trap: restates the paragraph's look-alike K.G.M. trial; it says nothing about this case's trial and must not be read as conflicting with it.",
  },

  // ── conflicting ──
  {
    relation: 'conflicting',
    known:
      "SANTA FE, N.M. (AP) — A New Mexico jury found Tuesday that Meta violated the state's Unfair Practices Act and ordered the company to pay $375 million in civil penalties. The jury found 75,000 violations. Meta said it would appeal.",
    claim:
      'The $357 million penalty is the largest a New Mexico jury has ever imposed on a technology company.',
    note: '$357 million is a transposed misprint of the $375 million in the paragraph and the known facts.',
  },
  {
    relation: 'conflicting',
    known:
      'Jurors found Meta responsible for 75,000 violations of the Unfair Practices Act, each carrying a $5,000 penalty, for a total of $375 million. The verdict followed roughly seven weeks of trial. Attorney General Raúl Torrez said the figure reflects the scale of the harm.',
    claim:
      "Multiplying the $5,000 maximum by the 57,000 violations the jury found produced the total, Torrez's office said.",
    note: '57,000 violations contradicts the 75,000 in the paragraph.',
  },
  {
    relation: 'conflicting',
    known:
      "The Santa Fe jury set the penalty at $5,000 for each of the 75,000 violations it found, for $375 million in all. The panel deliberated for a day and a half. Meta's lawyers had argued the state never proved anyone was deceived.",
    claim: 'Jurors put a price of $7,500 on each violation.',
    note: 'The per-violation penalty was $5,000, not $7,500.',
  },
  {
    relation: 'conflicting',
    known:
      "The verdict was read in Judge Bryan Biedscheid's courtroom on Tuesday, March 24, ending a trial that began Feb. 2. Jurors sided with the state on its Unfair Practices Act claim and imposed $375 million in penalties. Meta's lawyers left the courthouse without comment.",
    claim: 'The March 14 verdict ended a trial that had opened in early February.',
    note: 'The verdict came on March 24, not March 14.',
  },
  {
    relation: 'conflicting',
    known:
      "Torrez's office filed the lawsuit on Dec. 5, 2023, after an undercover operation in which agents posed as children online. More than two years later, a jury agreed that Meta broke state law. The company was ordered to pay $375 million.",
    claim: "The case dates back to December 2022, when the attorney general's office sued Meta in Santa Fe.",
    note: 'The complaint was filed in December 2023, not 2022.',
  },
  {
    relation: 'conflicting',
    known:
      'A jury in Santa Fe on Tuesday found Meta violated New Mexico’s Unfair Practices Act and ordered $375 million in civil penalties. A second phase of the case, on the state’s public nuisance claim, will be decided by Judge Bryan Biedscheid without a jury. Meta said it would appeal.',
    claim:
      "Biedscheid, ruling after the state's presentation, found Meta liable under the Unfair Practices Act and set the penalties at $375 million.",
    note: 'The Unfair Practices Act verdict was the jury’s; the judge decides only the nuisance phase.',
  },
  {
    relation: 'conflicting',
    known:
      'Jurors in state district court in Santa Fe on Tuesday found that Meta Platforms misled New Mexico residents about child safety on Instagram and Facebook. They ordered the company to pay $375 million in civil penalties. Attorney General Raúl Torrez brought the case in 2023.',
    claim:
      'The verdict, returned by a federal jury in Albuquerque, is the first against Meta in a state-led child-safety case.',
    note: 'The jury sat in state district court in Santa Fe, not in federal court in Albuquerque.',
  },
  {
    relation: 'conflicting',
    known:
      "State District Judge Bryan Biedscheid on Thursday denied Meta's motion to dismiss New Mexico's lawsuit, clearing the way for discovery. The ruling rejected Meta's argument that federal law immunizes it. Attorney General Raúl Torrez said the company will now have to answer for its conduct.",
    claim:
      "Judge Margaret Strickland's refusal to throw out the suit means Meta must now turn over internal records.",
    note: 'Strickland was the federal judge who remanded the case; the motion to dismiss was denied by Biedscheid.',
  },
  {
    relation: 'conflicting',
    known:
      "Meta was ordered to pay $375 million in civil penalties on Tuesday after a jury found the company violated New Mexico's Unfair Practices Act. The case, brought by Attorney General Raúl Torrez, was a civil lawsuit over the company's statements about child safety. Meta said it would appeal.",
    claim:
      "Tuesday's conviction marks the first time a social media company has been found criminally responsible for child exploitation on its platforms.",
    note: 'The case is civil; there was no conviction and no criminal finding.',
  },
  {
    relation: 'conflicting',
    known:
      "Judge Bryan Biedscheid on May 30 denied Meta's motion to dismiss, rejecting its argument that Section 230 bars the state's claims. The judge said the state was targeting Meta's own conduct, not users' posts. The case will proceed toward trial.",
    claim:
      "In a setback for the state, the judge accepted Meta's Section 230 defense on May 30 and threw out most of the case.",
    note: 'The motion was denied and the Section 230 defence rejected, not accepted.',
  },
  {
    relation: 'conflicting',
    known:
      'New Mexico Attorney General Raúl Torrez filed suit Tuesday against Meta Platforms, saying the company’s platforms have become a haven for child predators. The complaint was filed in state district court in Santa Fe. Torrez, a former prosecutor, said his office posed as children online to document the problem.',
    claim: 'Attorney General Hector Balderas, announcing the suit, said Meta had ignored warnings for years.',
    note: 'The suit was brought and announced by Attorney General Raúl Torrez, not Balderas.',
  },
  {
    relation: 'conflicting',
    known:
      'The judgment includes a five-year decree that imposes restrictions on accounts held by New Mexico users under 18. Judge Bryan Biedscheid also ordered a $567 million abatement fund. He declined to order changes to Meta’s algorithms.',
    claim:
      'For the next five years, Meta must apply the court’s restrictions to accounts belonging to children under 14 in New Mexico.',
    note: 'The decree covers under-18 accounts, not under-14.',
  },
  {
    relation: 'conflicting',
    known:
      "Judge Bryan Biedscheid's final judgment sets up a $567 million abatement fund and a five-year decree on how Meta treats accounts of users under 18. The judge did not order changes to the company's algorithms. Torrez called the judgment a turning point.",
    claim:
      "Biedscheid's order, which creates a $567 million fund and binds Meta to a decade of restrictions on teen accounts, leaves the company's algorithms untouched.",
    note: 'The decree runs five years, not a decade; the error sits in a clause of an otherwise correct sentence.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE, N.M. (AP) — A judge on Thursday ordered Meta to pay $567 million into an abatement fund in New Mexico’s child-safety case, bringing the total the company owes to $942 million. The money is meant to pay for mental health and prevention programs for young people. Meta said it would appeal.',
    claim:
      'The abatement fund — $576 million — will pay for mental-health and child-safety programs across the state.',
    note: 'The fund is $567 million, not $576 million.',
  },
  {
    relation: 'conflicting',
    known:
      "With Thursday's final judgment, Meta's liability in New Mexico reaches $942 million: the jury's $375 million in civil penalties and a $567 million abatement fund ordered by Judge Bryan Biedscheid. Torrez said the money would be spent on New Mexico's children. The company has said it will appeal both.",
    claim: 'All told, the jury penalties and the abatement fund add up to $924 million.',
    note: 'The total is $942 million, not $924 million.',
  },
  {
    relation: 'conflicting',
    known:
      "U.S. District Judge Margaret Strickland on Feb. 5 remanded New Mexico's case against Meta to state court. Meta had removed the lawsuit to federal court on Dec. 18, 2023. The case now returns to Judge Bryan Biedscheid in Santa Fe.",
    claim: "Strickland's March 5 order sent the lawsuit back to Santa Fe after Meta's December removal.",
    note: 'The remand order was dated Feb. 5, not March 5.',
  },
  {
    relation: 'conflicting',
    known:
      'A seven-week trial ended Tuesday with a New Mexico jury finding Meta liable under the Unfair Practices Act and imposing $375 million in penalties. Testimony began Feb. 9 after a week of jury selection. Meta said it would appeal.',
    claim: 'After a four-week trial, the jury needed less than two days to reach its verdict.',
    note: 'The trial lasted seven weeks, not four.',
  },
  {
    relation: 'conflicting',
    known:
      'According to the complaint, one decoy account was set up as a 13-year-old girl, and within days it was inundated with sexual messages from adult men. Torrez said investigators also found that Instagram suggested accounts sharing explicit material. The suit was filed Dec. 5 in Santa Fe.',
    claim:
      "The state's decoy, supposedly a 15-year-old girl, quickly drew sexual messages from adult men, the lawsuit says.",
    note: 'The decoy was presented as 13, not 15.',
  },
  {
    relation: 'conflicting',
    known:
      'The 225-page complaint, filed Dec. 5 in Santa Fe, cites internal Meta documents and the results of a state undercover investigation. It accuses Meta of violating the Unfair Practices Act and creating a public nuisance. Attorney General Raúl Torrez said the filing lays out how Meta’s design choices harm children.',
    claim:
      "Torrez's 252-page complaint draws on both internal company records and the state's own undercover work.",
    note: 'The complaint runs 225 pages, not 252.',
  },
  {
    relation: 'conflicting',
    known:
      "A federal judge has returned New Mexico's lawsuit against Meta to state court, handing an early procedural win to the state. Meta had argued that the case belonged in federal court. U.S. District Judge Margaret Strickland disagreed on Feb. 5.",
    claim:
      "Strickland's Feb. 5 order sends Meta's lawsuit against the state of New Mexico back to a Santa Fe courtroom.",
    note: 'The parties are swapped: New Mexico is the plaintiff and Meta the defendant.',
  },
  {
    relation: 'conflicting',
    known:
      "Jury selection began Monday, Feb. 2, in Santa Fe in the state's lawsuit against Meta. The trial is expected to run about seven weeks. Attorney General Raúl Torrez plans to attend much of it.",
    claim:
      'The trial, which arrives two years after Torrez sued Meta in January 2024 over what he called a breeding ground for predators, is expected to run about seven weeks.',
    note: 'The complaint was filed Dec. 5, 2023 (a known fact), not in January 2024; the error sits in a clause.',
  },
  {
    relation: 'conflicting',
    known:
      "Biedscheid declined the state's request to appoint an independent monitor to oversee Meta's compliance, saying the decree could be enforced through the court. The judgment orders a $567 million abatement fund and a five-year decree on under-18 accounts. Meta said it would appeal.",
    claim:
      'An outside monitor appointed by the court will keep watch over whether Meta lives up to the decree.',
    note: 'The judge declined to appoint a monitor; stated by paraphrase rather than the same words.',
  },

  // ── updated ──
  {
    relation: 'updated',
    known:
      'Meta asked Judge Bryan Biedscheid on Friday to dismiss New Mexico’s lawsuit, arguing that federal law protects platforms from liability for what users post. The state countered that its case targets Meta’s own product design and misleading statements. Biedscheid took the motion under advisement.',
    claim: "Biedscheid has denied Meta's motion to dismiss, allowing New Mexico's case to move forward.",
    note: 'Motion under advisement → denied (May 30, 2024).',
  },
  {
    relation: 'updated',
    known:
      "Meta on Monday removed New Mexico's child-safety lawsuit to federal court in Albuquerque, arguing the claims raise federal issues. The state filed the case in Santa Fe on Dec. 5. Torrez's office said it would fight to keep the case in state court.",
    claim: "A federal judge has remanded the case to state court, siding with Torrez's office.",
    note: 'Removal → remand.',
  },
  {
    relation: 'updated',
    known:
      'Attorney General Raúl Torrez on Wednesday announced a lawsuit accusing Meta of failing to protect children from sexual exploitation on Facebook and Instagram. The complaint, filed Tuesday in the First Judicial District Court, seeks civil penalties under the Unfair Practices Act. Meta has not yet responded in court.',
    claim: 'Meta has now moved the lawsuit to federal court, filing a notice of removal on Dec. 18.',
    note: 'Filing → removal to federal court, a later step.',
  },
  {
    relation: 'updated',
    known:
      "Judge Bryan Biedscheid has set a jury trial in New Mexico's lawsuit against Meta to begin Feb. 2, 2026, in Santa Fe. Both sides are exchanging expert reports ahead of trial. The state accuses Meta of misleading the public about child safety on its platforms.",
    claim:
      "Jury selection got under way Monday in Santa Fe, launching the long-awaited trial of New Mexico's case against Meta.",
    note: 'Trial scheduled → trial started.',
  },
  {
    relation: 'updated',
    known:
      'Lawyers for New Mexico and Meta delivered closing arguments Monday, and the case went to the jury. The state asked jurors to find that Meta violated the Unfair Practices Act tens of thousands of times. Meta’s lawyers said the state had not proved any deception.',
    claim:
      'After deliberating into a second day, the jury found Meta liable and imposed $375 million in civil penalties.',
    note: 'Jury out → verdict, a later step (also a known fact).',
  },
  {
    relation: 'updated',
    known:
      "A Santa Fe jury ordered Meta to pay $375 million in civil penalties on March 24 for violating the Unfair Practices Act. The state's public nuisance claim still has to be tried before Judge Bryan Biedscheid. Meta said it would appeal.",
    claim:
      "Biedscheid's final judgment, entered Aug. 6, adds a $567 million abatement fund, for a total of $942 million.",
    note: 'Verdict → final judgment; later than every step of the paragraph, so updated although it is a known fact.',
  },
  {
    relation: 'updated',
    known:
      'A New Mexico judge on Thursday entered final judgment against Meta Platforms, ordering a $567 million abatement fund on top of a $375 million jury verdict. Meta said it disagreed with the ruling and would appeal. The company has 30 days to file a notice of appeal.',
    claim:
      "Meta filed its notice of appeal on Wednesday, asking the New Mexico Court of Appeals to overturn both the jury's verdict and the abatement order.",
    note: 'Judgment and appeal vow → notice of appeal filed.',
  },
  {
    relation: 'updated',
    known:
      "Meta has asked Judge Bryan Biedscheid to throw out the jury's $375 million verdict or grant a new trial, arguing that jurors were improperly allowed to hear evidence about harm to children outside New Mexico. The state opposes the motion. A hearing has not been scheduled.",
    claim: "Biedscheid denied Meta's request for a new trial, leaving the $375 million verdict intact.",
    note: 'Post-trial motion pending → denied.',
  },
  {
    relation: 'updated',
    known:
      "The public nuisance phase of New Mexico's case against Meta began Monday before Judge Bryan Biedscheid, without a jury. The state's first witness was an expert on adolescent mental health. The phase is expected to last about three weeks.",
    claim:
      'Testimony in the bench phase concluded Friday, May 22, and Biedscheid said he would issue his decision in writing.',
    note: 'Bench phase started → concluded.',
  },
  {
    relation: 'updated',
    known:
      'Closing arguments wrapped up Friday in the bench phase of New Mexico v. Meta, leaving Judge Bryan Biedscheid to decide whether the company’s platforms are a public nuisance. The state has proposed an abatement fund paid for by Meta. Meta argued that no remedy is needed.',
    claim: 'Biedscheid has ruled for the state, ordering Meta to put $567 million into an abatement fund.',
    note: 'Bench phase under submission → judgment.',
  },
  {
    relation: 'updated',
    known:
      "Lawyers for Mark Zuckerberg have asked a Santa Fe judge to drop him from New Mexico's lawsuit, arguing the state has not shown he personally directed any of the conduct at issue. Meta has separately moved to dismiss the entire case. Judge Bryan Biedscheid has scheduled a hearing on both motions.",
    claim:
      'Zuckerberg is no longer a defendant after Biedscheid granted his request to be dismissed, though the judge kept the case against Meta alive.',
    note: 'Both motions pending → Zuckerberg dismissed, Meta’s motion denied.',
  },
  {
    relation: 'updated',
    known:
      "In a filing late last week, Meta told the court it might have no choice but to pull Facebook and Instagram from New Mexico if the state wins the sweeping remedies it wants. The state's public nuisance claim is set to be tried before Judge Bryan Biedscheid next week. Torrez dismissed the filing as a scare tactic.",
    claim:
      'The nuisance phase opened Monday before Biedscheid, with Meta’s apps still available across the state.',
    note: 'Bench phase scheduled → started.',
  },
  {
    relation: 'updated',
    known:
      'Meta has filed a notice of appeal challenging the $942 million judgment in New Mexico’s child-safety case. The company argues that the verdict and the abatement order violate its free-speech rights and federal law. Torrez said the state is confident the judgment will be upheld.',
    claim:
      'Biedscheid on Tuesday agreed to pause collection of the $567 million abatement payment while the appeal proceeds, provided Meta posts a bond.',
    note: 'Appeal filed → stay of the judgment pending appeal granted.',
  },
  {
    relation: 'updated',
    known:
      'SANTA FE, N.M. (AP) — New Mexico opened its case against Meta on Monday by showing jurors messages that adults sent to decoy accounts posing as children. The trial is expected to last seven weeks. Meta’s lawyers said in their opening that the company removes millions of pieces of harmful content every month.',
    claim:
      'New Mexico rested its case on Thursday after five weeks of testimony, and Meta began calling its own witnesses.',
    note: 'Openings → the state rests.',
  },
  {
    relation: 'updated',
    known:
      'Jurors in Santa Fe found Tuesday that Meta violated the Unfair Practices Act and imposed $375 million in penalties. Meta said it would appeal. Attorney General Raúl Torrez called the verdict historic.',
    claim:
      "Meta has now filed a motion asking Biedscheid to set aside the jury's verdict, its first formal challenge since the trial ended.",
    note: 'Verdict → post-trial motion filed.',
  },
  {
    relation: 'updated',
    known:
      'The state has asked a federal judge to send its lawsuit against Meta back to Santa Fe, arguing that Meta improperly removed it in December. The state also filed an amended complaint on Jan. 9 while the case sits in federal court. Meta opposes the remand request.',
    claim:
      "U.S. District Judge Margaret Strickland granted the state's motion on Feb. 5, returning the case to state district court.",
    note: 'Remand motion pending → granted.',
  },
  {
    relation: 'updated',
    known:
      'Jury selection started Monday in New Mexico’s lawsuit against Meta, with hundreds of prospective jurors summoned to the Santa Fe County courthouse. Judge Bryan Biedscheid told the pool the trial could last into late March. Opening statements are scheduled for next week.',
    claim:
      "Opening statements were delivered Monday, Feb. 9, with the state's lead lawyer telling jurors that Meta chose growth over children's safety.",
    note: 'Jury selection → openings.',
  },
  {
    relation: 'updated',
    known:
      "A New Mexico jury found Tuesday that Meta violated the state's Unfair Practices Act and ordered it to pay $375 million. A second phase of the trial, on whether Meta's platforms are a public nuisance, will be heard by the judge in May. Meta said it would appeal.",
    claim:
      'The judge Bryan Biedscheid began this Monday the second phase of the trial, without jury, to decide if Meta constitutes a public nuisance.',
    note: 'Translated back from Spanish-language coverage; second phase scheduled → started.',
  },
  {
    relation: 'updated',
    known:
      'A New Mexico judge on Thursday refused to dismiss the state’s lawsuit accusing Meta of failing to protect children from predators. Judge Bryan Biedscheid rejected Meta’s argument that federal law shields it from the claims. No trial date has been set.',
    claim: 'Biedscheid has set the case for a jury trial beginning in early February 2026.',
    note: 'No trial date → trial date set.',
  },
  {
    relation: 'updated',
    known:
      'New Mexico Attorney General Raúl Torrez sued Meta and Mark Zuckerberg in Santa Fe on Tuesday, alleging Facebook and Instagram expose children to predators. The lawsuit follows an undercover investigation using decoy accounts. Meta said it disputes the allegations.',
    claim:
      "In May 2024, Judge Bryan Biedscheid refused to dismiss the case, rejecting Meta's Section 230 defense.",
    note: 'Filing → motion to dismiss denied; later than the paragraph, so updated although it is a known fact.',
  },
  {
    relation: 'updated',
    known:
      'The $375 million verdict against Meta came Tuesday after a seven-week trial. The jury found 75,000 violations of the Unfair Practices Act. Meta said it would appeal, and Judge Bryan Biedscheid will next hear the state’s public nuisance claim.',
    claim:
      'In a filing ahead of that hearing, Meta has raised the possibility of withdrawing Facebook and Instagram from New Mexico altogether.',
    note: 'Verdict → Meta’s late-April filing, a later step.',
  },
  {
    relation: 'updated',
    known:
      'Meta began presenting its defense Monday, calling a former head of safety who testified that the company has invested billions in protecting teens. The state rested last week after five weeks of testimony from investigators, experts and former employees. Closing arguments are expected next week.',
    claim: 'Both sides made their closing arguments Monday, and the jury began deliberating that afternoon.',
    note: 'Defence case under way → closings and deliberations.',
  },
];
