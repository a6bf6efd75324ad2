// Labelled claim pairs in the style of real news coverage of State of New Mexico v. Meta Platforms, Inc.:
// the FOURTH HELD-OUT split, written blind on 2026-11-28 (without looking at the claim diff or the other
// splits) and measured once; do not tune on it. Each pair is a paragraph of earlier coverage (`known`) and one
// sentence of later coverage (`claim`); `relation` is what that sentence is relative to the paragraph AND the
// case's known facts (always present in the diff). A sentence reporting a step of the case later than every
// step of the paragraph is `updated`, even when that step is also a known fact; a correct recall of an earlier
// step is `restated` when the paragraph or the known facts say it, else `new`; a sentence that gets a fact of
// either wrong is `conflicting`. Notes that begin with "Trap:" mark new or restated sentences whose figures or
// dates belong to another event or a look-alike case: they must not be called conflicting. All text is
// written for this set.

import type { CoveragePair } from './coverage-pairs-dev.ts';

export const coveragePairsHeldout4: CoveragePair[] = [
  // ── new ──
  {
    relation: 'new',
    known:
      'SANTA FE, N.M. (AP) — Meta Platforms must pay $375 million after a New Mexico jury concluded Tuesday that the company misled the public about the safety of Facebook and Instagram for young users. The verdict followed a seven-week trial in state district court, where lawyers for Attorney General Raúl Torrez argued the platforms had become a hunting ground for adults seeking to exploit children. Meta said it disagreed and would appeal.',
    claim:
      "Torrez's office has pressed a similar fight against Snap Inc., suing the maker of Snapchat in September 2024 in the same Santa Fe courthouse over what it described as a haven for sextortion schemes.",
    note: "Trap: the September 2024 filing belongs to New Mexico v. Snap Inc., a look-alike case brought by the same attorney general in the same court; it is neither this case's filing nor a later step of it.",
  },
  {
    relation: 'new',
    known:
      "Jury selection got underway Monday morning in Santa Fe in the state's lawsuit against Meta, the company behind Facebook and Instagram. The New Mexico Department of Justice claims Meta knew its apps exposed kids to predators and harmful content but told parents otherwise. The trial is expected to last several weeks. Stay with us for updates on air and online.",
    claim:
      'Outside the courthouse, a small group of mothers stood in the cold holding poster-sized photos of their children, though they declined to speak with reporters.',
    note: 'A scene detail that neither the paragraph nor the known facts mention; it neither restates nor contradicts anything about the case.',
  },
  {
    relation: 'new',
    known:
      "A New Mexico state judge has refused to dismiss the attorney general's consumer-protection and public-nuisance suit against Meta Platforms Inc., finding that Section 230 of the Communications Decency Act does not bar claims premised on the company's own design choices and statements. Judge Bryan Biedscheid of the First Judicial District Court ruled on May 30, according to counsel for the state. The complaint, filed in December 2023, alleges that Meta's platforms steer minors toward sexual content and put them within reach of predators.",
    claim:
      'The case took a detour before it reached Biedscheid: Meta removed it to federal court on Dec. 18, 2023, and U.S. District Judge Margaret Strickland sent it back to Santa Fe in early February.',
    note: 'Trap: the Dec. 18, 2023 removal and the February 2024 remand are earlier steps of this case that neither the paragraph nor the known facts give; December 2023 here is the removal, not the filing.',
  },
  {
    relation: 'new',
    known:
      "The first big courtroom test of whether a state can hold Meta liable for what happens to kids on its apps kicked off this week in Santa Fe. After a week of jury selection, New Mexico's lawyers told jurors on Monday that the company's own researchers had flagged child-safety problems that executives chose to ignore. Meta's counsel countered that the company has spent years building tools to keep teens safe and that the state cherry-picked internal documents.",
    claim:
      'Hundreds of miles to the west, a Los Angeles jury was seated that same week to hear a young woman, identified in court papers only as K.G.M., argue that Meta and YouTube got her hooked on their apps as a child.',
    note: "Trap: K.G.M. v. Meta and YouTube is a look-alike case tried in Los Angeles the same week; its jury and its opening week are not this case's.",
  },
  {
    relation: 'new',
    known:
      "Judge Bryan Biedscheid's ruling this month was a victory for New Mexico's children, but a partial one. He ordered Meta to fund $567 million in abatement on top of the jury's penalties, and imposed five years of rules on how the company treats accounts belonging to minors. Yet he left Meta's recommendation algorithms — the engine of the harm the state described at trial — untouched.",
    claim:
      'The broader lawsuit that dozens of attorneys general filed in federal court in California, a case New Mexico chose to stay out of, ended quietly in a settlement in August.',
    note: "Trap: the August 2026 settlement belongs to the multistate attorneys-general suit, a look-alike case; it is neither this case's August 6 judgment nor a later step of it.",
  },
  {
    relation: 'new',
    known:
      '(Translated from Spanish) New Mexico Attorney General Raúl Torrez announced on Wednesday a lawsuit against Meta, the owner of Facebook and Instagram, accusing the company of allowing its platforms to become a marketplace for predators who target minors. According to the lawsuit, investigators from his office created fake profiles of children and received sexually explicit images and propositions within days. Meta responded that it uses advanced technology to detect and remove that kind of content.',
    claim:
      'Torrez, a former prosecutor who was sworn in as attorney general at the start of the year, said the investigation had been one of his first priorities in office.',
    note: 'Biographical detail about the attorney general; not in the paragraph or the known facts.',
  },
  {
    relation: 'new',
    known:
      "Meta Platforms was ordered by a New Mexico jury on Tuesday to pay $375 million in civil penalties, a sliver of the more than $160 billion in revenue the company books in a year. Jurors in Santa Fe found the company had violated the state's Unfair Practices Act by misrepresenting the safety of its apps for children. Analysts said the greater risk to Meta lies in the remedies phase, when a judge will consider whether to order changes to its products.",
    claim:
      "Meta's shares slipped less than 1% in extended trading, a sign that investors had largely priced in an adverse outcome.",
    note: 'Market reaction, absent from the paragraph and the known facts.',
  },
  {
    relation: 'new',
    known:
      "SANTA FE — Attorney General Raúl Torrez today applauded the First Judicial District Court's decision denying Meta's motion to dismiss the State's lawsuit, which seeks to hold the company accountable for harms to New Mexico children. \"Meta cannot hide behind Section 230 when its own product design puts children in harm's way,\" said Attorney General Torrez. The New Mexico Department of Justice will now proceed to discovery and looks forward to presenting its case to a jury.",
    claim:
      "Earlier in May, a separate undercover sting by the department, dubbed Operation MetaPhile, led to criminal charges against three men accused of trying to meet children they had contacted on Meta's platforms.",
    note: "Trap: Operation MetaPhile (May 2024, three men charged) is a separate criminal sting by the same office; its May 2024 date and criminal charges do not belong to this civil case's ruling.",
  },
  {
    relation: 'new',
    known:
      '"We respectfully disagree with the verdict and will appeal," a Meta spokesperson said in a statement after Tuesday\'s decision in Santa Fe. "We have worked for over a decade to keep young people safe online, and the evidence at trial showed that commitment." The company added that the state\'s case relied on "sensationalist, cherry-picked arguments."',
    claim:
      'The spokesperson pointed to the Teen Accounts that Meta introduced on Instagram in 2024, which default younger users to private profiles and restrict who can message them.',
    note: 'Trap: 2024 is when Meta launched Teen Accounts, a product change, not a date of this case; a detail the paragraph and known facts do not give.',
  },
  {
    relation: 'new',
    known:
      '10:05 a.m. — Court is back in session after the morning break, and the state has called its next witness. 10:12 a.m. — The witness, a former Meta safety researcher, is describing internal surveys that she says showed a large share of teen users reported unwanted sexual advances. Judge Biedscheid overruled a defense objection to the surveys coming into evidence.',
    claim:
      'Under cross-examination, she conceded that she left the company in 2021 and had not seen how her findings were used after her departure.',
    note: "Trap: 2021 is the witness's departure from Meta, not a date of the case; the testimony detail is not in the paragraph or the known facts.",
  },
  {
    relation: 'new',
    known:
      'SANTA FE, N.M. (Reuters) — A New Mexico judge on Thursday ordered Meta Platforms to pay $567 million into a fund to remedy harms to children, bringing the total the company owes the state to $942 million including the penalties a jury imposed in March. Judge Bryan Biedscheid also ordered five years of restrictions on accounts belonging to users under 18, though he declined to appoint an independent monitor. Meta said it would appeal.',
    claim:
      'In a separate case the state brought over the Cambridge Analytica data scandal, a New Mexico jury returned a verdict against Meta on Sept. 25.',
    note: "Trap: the Sept. 25 jury verdict belongs to New Mexico's separate Cambridge Analytica privacy case; it is neither this case's verdict nor a later step of it.",
  },
  {
    relation: 'new',
    known:
      "New Mexico's attorney general is taking Meta and its CEO, Mark Zuckerberg, to court. Raúl Torrez says an undercover investigation by his office found that Facebook and Instagram connect children with sexual predators. The lawsuit was filed in Santa Fe this week.",
    claim:
      'Court records show the suit also names two Meta subsidiaries, Instagram LLC and Facebook Holdings LLC, as defendants.',
    note: 'The two subsidiary defendants are a correct detail of the filing that neither the paragraph nor the known facts give.',
  },
  {
    relation: 'new',
    known:
      "A Santa Fe County jury has returned a $375 million verdict against Meta Platforms in the New Mexico attorney general's Unfair Practices Act case, one of the first state enforcement actions over youth safety to reach a jury. Jurors answered yes on each liability question on the verdict form after roughly a day of deliberations. The public-nuisance claim will be tried separately to the court.",
    claim:
      "The total reflects 75,000 violations, each assessed at the statute's $5,000 maximum civil penalty.",
    note: 'The violation count and the per-violation amount are correct details of the verdict that neither the paragraph nor the known facts give; they multiply to the $375 million.',
  },
  {
    relation: 'new',
    known:
      "Round two of New Mexico v. Meta started Monday, and this time there's no jury. Judge Bryan Biedscheid will decide on his own whether Meta's platforms are a public nuisance and, if so, what the company must do to fix things. The state wants money for mental-health and child-safety programs plus court-ordered design changes.",
    claim:
      'Heading into the hearing, Meta had raised eyebrows with an April 30 filing suggesting that sweeping remedies might force it to pull its apps out of New Mexico entirely.',
    note: 'Trap: the April 30 filing is an earlier step of the case that neither the paragraph nor the known facts give; its date is not the start of the second phase.',
  },
  {
    relation: 'new',
    known:
      "This week, in a Santa Fe courtroom, a jury began hearing evidence that could change how the tech industry thinks about children. New Mexico's attorney general accuses Meta of knowingly exposing kids to predators while assuring parents its platforms were safe. Meta, for its part, insists it has invested billions in safety and that no company can police the entire internet.",
    claim:
      'Those of us who remember the tobacco trials of the 1990s will recognize the playbook: internal research that says one thing, public statements that say another.',
    note: 'Commentary comparing the case with tobacco litigation; it states no fact of this case.',
  },
  {
    relation: 'new',
    known:
      '(Machine translation from Spanish) A jury in Santa Fe determined on Tuesday that Meta violated the Unfair Practices Act of New Mexico and must pay 375 million dollars in civil penalties. Attorney General Raúl Torrez called the decision historic for the families of the state. Meta announced that it will appeal.',
    claim:
      "In Albuquerque's South Valley, several parents interviewed by this outlet said they had not known that strangers could send private messages to their children on Instagram.",
    note: 'Community reaction; Albuquerque is where the parents were interviewed, not where the case was tried.',
  },
  {
    relation: 'new',
    known:
      "A New Mexico judge on Thursday added $567 million to the bill Meta faces over child safety, bringing the company's total liability in the state case to $942 million. The remedy stopped short of the algorithm changes the state had sought, which analysts had flagged as the bigger threat to Meta's advertising business. Meta, which plans to appeal, did not say whether it would set aside reserves for the judgment.",
    claim:
      'The company reported second-quarter revenue of more than $50 billion last month, up by about a fifth from a year earlier.',
    note: "Trap: the quarterly revenue figure is from Meta's earnings, not an amount of this case.",
  },
  {
    relation: 'new',
    known:
      'SANTA FE — Attorney General Raúl Torrez today announced a lawsuit against Meta Platforms and its chief executive, Mark Zuckerberg, for failing to protect children from sexual abuse, online solicitation and human trafficking on Facebook and Instagram. The complaint, filed in the First Judicial District Court, is the product of a months-long undercover investigation. "Our children deserve better," said Attorney General Torrez.',
    claim:
      'The Office of the Attorney General encourages anyone with information about the online exploitation of a child to contact its Internet Crimes Against Children unit.',
    note: 'A call for tips, not a fact of the case.',
  },
  {
    relation: 'new',
    known:
      'Meta said Thursday it would appeal Judge Bryan Biedscheid\'s judgment, calling the $567 million abatement award "unprecedented and unsupported by the evidence." "We are proud of the protections we have built for teens and will keep building them," a company spokesperson said. The company did not address the five-year decree governing accounts held by minors.',
    claim:
      'The spokesperson said Meta employs about 40,000 people working on safety and security across its apps.',
    note: 'Trap: 40,000 is a company staffing figure, not a figure of the case; neither the paragraph nor the known facts give it.',
  },
  {
    relation: 'new',
    known:
      "Day 3 of the nuisance phase. There is no jury this time: Judge Biedscheid is hearing the evidence alone. This morning the state called a child psychiatrist who testified about rising rates of anxiety and self-harm among New Mexico teens. Meta's lawyers are expected to begin their case later this week.",
    claim:
      "Mark Zuckerberg, whom the court dropped as an individual defendant back in May 2024, is not on either side's witness list for this phase.",
    note: 'Trap: May 2024 is when Zuckerberg was dismissed, an earlier step that neither the paragraph nor the known facts give; it is not the month of this phase.',
  },
  // ── restated ──
  {
    relation: 'restated',
    known:
      "SANTA FE, N.M. (AP) — A New Mexico jury on Tuesday found Meta Platforms liable for misleading users about child safety on Facebook and Instagram, tallying 75,000 violations of the state's Unfair Practices Act. At $5,000 apiece, the penalties come to $375 million. Meta said it would appeal.",
    claim:
      "Jurors in Santa Fe decided the social media company had broken New Mexico's consumer protection law tens of thousands of times, putting it on the hook for roughly $375 million.",
    note: "Paraphrase of the verdict in the paragraph: 'tens of thousands of times' and 'roughly $375 million' match the 75,000 violations and $375 million.",
  },
  {
    relation: 'restated',
    known:
      "A judge in Santa Fe has ruled that New Mexico's lawsuit against Meta can move forward. Judge Bryan Biedscheid on Thursday denied the company's request to dismiss the case. Attorney General Raúl Torrez sued Meta in December, saying its platforms put kids in danger.",
    claim:
      "Meta's effort to get the attorney general's suit thrown out failed in state district court, clearing the way for the case to proceed toward trial.",
    note: 'Restates the denial of the motion to dismiss in other words.',
  },
  {
    relation: 'restated',
    known:
      "Judge Bryan Biedscheid of New Mexico's First Judicial District entered final judgment Aug. 6 in the state's case against Meta Platforms Inc., ordering the company to fund a $567 million abatement program. The award resolves the public-nuisance phase the judge heard without a jury in May. The jury phase ended in March with a finding that Meta violated the Unfair Practices Act.",
    claim:
      'That abatement fund comes on top of the $375 million in civil penalties that jurors imposed on March 24.',
    note: 'Trap: $375 million and March 24 belong to the jury verdict, an earlier step given in the known facts, not to the August judgment; a correct recall.',
  },
  {
    relation: 'restated',
    known:
      "New Mexico is suing Meta, and the details in the complaint are grim. State investigators created Instagram and Facebook accounts posing as kids — one as a 13-year-old girl — and say the accounts were quickly bombarded with sexual images and messages from adult men. The AG's office argues Meta's recommendation systems actively steered predators toward those accounts.",
    claim:
      "Decoy profiles that the state dressed up as children's accounts drew a flood of explicit material and advances from grown men in short order, according to the complaint.",
    note: 'Paraphrase of the undercover findings described in the paragraph.',
  },
  {
    relation: 'restated',
    known:
      "On Tuesday, twelve citizens of Santa Fe did what Congress has failed to do for years: they held Meta to account. After weeks of testimony, the jury found that the company had deceived New Mexicans about the risks its apps posed to children and ordered it to pay $375 million. It is a modest sum for a company of Meta's size, but the principle matters more than the number.",
    claim:
      'It took ordinary New Mexicans sitting in a jury box to say plainly what regulators would not: that Meta misled the public about how safe its platforms were for kids.',
    note: "Restates the jury's finding of deception from the paragraph, in an opinion writer's voice.",
  },
  {
    relation: 'restated',
    known:
      "(Translated from Spanish) Judge Bryan Biedscheid ordered Meta on Thursday to create a fund of 567 million dollars to repair the damage caused to New Mexico's youth. With the penalties a jury imposed in March, the company must pay the state a total of 942 million dollars. Meta said it will appeal.",
    claim:
      "Altogether, the technology giant owes New Mexico close to 950 million dollars, counting both the jury's penalties and the fund ordered by the judge.",
    note: "'Close to 950 million dollars' approximates the $942 million total in the paragraph and the known facts.",
  },
  {
    relation: 'restated',
    known:
      "Jury selection began Monday in New Mexico's lawsuit against Meta Platforms, the first state case over child safety on social media to go to trial. The attorney general is seeking civil penalties under the state's Unfair Practices Act and an order requiring Meta to abate what it calls a public nuisance. The trial is expected to run about seven weeks.",
    claim:
      'The case is a civil one, not a criminal prosecution, and it is being heard in state district court in Santa Fe County.',
    note: 'Restates known facts: a civil action, in the First Judicial District Court in Santa Fe County.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — Attorney General Raúl Torrez today welcomed the final judgment in State of New Mexico v. Meta, in which the Honorable Bryan Biedscheid ordered Meta to pay $567 million to abate the public nuisance its platforms created. Together with the $375 million in civil penalties returned by the jury, the judgment totals $942 million. "This is the largest recovery in the history of this office," said Attorney General Torrez.',
    claim:
      "Under the judge's order, Meta must pay more than half a billion dollars to address the harm its apps caused New Mexico children.",
    note: "'More than half a billion dollars' approximates the $567 million abatement award in the paragraph.",
  },
  {
    relation: 'restated',
    known:
      'In a statement issued after the verdict, Meta said: "We respectfully disagree with the jury\'s decision and will appeal. We\'re proud of our continued commitment to supporting teens and families." The company had argued during the trial that it discloses the risks of its platforms and invests heavily in safety tools.',
    claim: 'The company said it would ask a higher court to overturn what the jury decided.',
    note: "Restates Meta's stated plan to appeal.",
  },
  {
    relation: 'restated',
    known:
      "3:47 p.m. — The jury has reached a verdict. 3:58 p.m. — Verdict read: jurors find Meta violated the Unfair Practices Act. They found 75,000 violations at $5,000 each, or $375 million in all. 4:05 p.m. — Meta's lawyers declined to comment as they left the courtroom.",
    claim: 'For anyone just joining us, the jury sided with the state and the penalty comes to $375 million.',
    note: 'Recap of the verdict already reported in the paragraph.',
  },
  {
    relation: 'restated',
    known:
      "SANTA FE, N.M. (AP) — The second phase of New Mexico's case against Meta opened Monday before Judge Bryan Biedscheid, who will decide without a jury whether the company's platforms amount to a public nuisance. The state is asking for a fund to pay for programs addressing harms to young people. A jury in March ordered Meta to pay $375 million in civil penalties.",
    claim:
      "Biedscheid had, in May 2024, rejected Meta's bid to have the lawsuit thrown out before it ever reached trial.",
    note: 'Trap: May 2024 is the date of the motion-to-dismiss ruling, a known fact, not of this phase in May 2026; a correct recall of an earlier step.',
  },
  {
    relation: 'restated',
    known:
      'New Mexico Attorney General Raúl Torrez has filed a lawsuit against Meta, saying Facebook and Instagram have become a "prime location" for predators looking for children. The lawsuit was filed in state district court in Santa Fe. Meta says it uses technology and a team of specialists to find and remove predators.',
    claim:
      "According to Torrez, the company's apps are a favorite hunting ground for adults who prey on kids.",
    note: "Paraphrase of the attorney general's accusation in the paragraph.",
  },
  {
    relation: 'restated',
    known:
      "U.S. District Judge Margaret Strickland on Monday remanded New Mexico's lawsuit against Meta Platforms to the First Judicial District Court, rejecting the company's argument that the state's claims arise under federal law. Meta removed the case in December. The ruling returns the dispute to Santa Fe, where the attorney general originally filed it.",
    claim:
      "The state's complaint, filed Dec. 5, 2023, pleads violations of the Unfair Practices Act along with a public-nuisance count.",
    note: 'Restates known facts: the filing date and the two causes of action.',
  },
  {
    relation: 'restated',
    known:
      "The final judgment in New Mexico's case against Meta is in, and it's a mixed bag for child-safety advocates. Judge Bryan Biedscheid ordered Meta to pay $567 million into an abatement fund and put five years of restrictions on under-18 accounts. But he declined to order any changes to Meta's recommendation algorithms and refused to appoint a court monitor to oversee compliance.",
    claim:
      'Notably absent from the order: any mandate to rework the feeds that decide what kids see, or an outside overseer to make sure Meta follows through.',
    note: 'Paraphrase: no algorithm changes and no monitor, both stated in the paragraph.',
  },
  {
    relation: 'restated',
    known:
      "The judgment Judge Bryan Biedscheid handed down on Aug. 6 will be remembered for its price tag: $567 million to abate the damage, on top of the jury's penalties. But the more lasting part may be the five-year decree that governs how Meta treats accounts belonging to New Mexicans under 18. Whether it is enforced is now the question.",
    claim:
      "For the next half-decade, Meta will have to live by court-imposed rules on how it handles teenagers' accounts in the state.",
    note: "'Half-decade' and 'teenagers' accounts' restate the five-year decree on under-18 accounts.",
  },
  {
    relation: 'restated',
    known:
      '(Translated from Spanish) The jury in Santa Fe ruled on Tuesday that Meta violated the Unfair Practices Act of New Mexico and imposed penalties of 375 million dollars. The lawsuit accused the company of exposing minors to sexual exploitation. Meta said it disagreed with the verdict.',
    claim: 'The case had been brought by Attorney General Raúl Torrez in December 2023.',
    note: 'Restates a known fact: Torrez filed the complaint in December 2023.',
  },
  {
    relation: 'restated',
    known:
      "Meta's bill in New Mexico now stands at $942 million. On Thursday Judge Bryan Biedscheid ordered a $567 million abatement fund, adding to the penalties jurors imposed in March after finding 75,000 violations of the state's consumer-protection law. Meta said it would appeal both.",
    claim: 'The March verdict rested on a finding of 75,000 separate violations.',
    note: 'Trap: 75,000 and March belong to the jury verdict, which the paragraph recalls, not to the judgment; a correct recall.',
  },
  {
    relation: 'restated',
    known:
      'SANTA FE — Attorney General Raúl Torrez today announced that a Santa Fe jury found Meta Platforms liable under the New Mexico Unfair Practices Act and assessed $375 million in civil penalties. The verdict follows a trial that began February 2 in the First Judicial District Court. "Today\'s verdict sends a message that no company is above the law when it comes to our children," said Attorney General Torrez.',
    claim:
      'The verdict caps more than two years of litigation that began when the State filed its complaint in December 2023.',
    note: "Restates the December 2023 filing (a known fact); 'more than two years' is only the span up to the verdict.",
  },
  {
    relation: 'restated',
    known:
      '"We strongly disagree with today\'s judgment and will appeal, as we said we would after the jury\'s verdict," Meta said in a statement Thursday. The company said the $567 million abatement award and the restrictions on teen accounts were "not supported by the evidence." Meta noted that the court declined the state\'s request to impose changes on its algorithms.',
    claim: 'Meta reiterated that it intends to take the case to a higher court.',
    note: "Restates Meta's plan to appeal, given in the paragraph.",
  },
  {
    relation: 'restated',
    known:
      'Welcome back to our coverage of the nuisance phase in State v. Meta. A reminder that there is no jury in this part of the case — Judge Bryan Biedscheid will decide whether Meta created a public nuisance and, if so, what remedy to order. Today the defense continues its case with a former Meta policy executive.',
    claim: 'As a refresher, the decision on the nuisance claim and on any remedy rests with the judge alone.',
    note: "Restates the paragraph's point that the judge, not a jury, decides this phase.",
  },
  // ── conflicting ──
  {
    relation: 'conflicting',
    known:
      "SANTA FE, N.M. (AP) — A state jury on Tuesday ordered Meta Platforms to pay $375 million after finding the company violated New Mexico's Unfair Practices Act by misleading the public about child safety on its platforms. The verdict capped a seven-week trial in Santa Fe. Meta said it would appeal.",
    claim:
      'The $357 million penalty, returned at the end of the seven-week trial, ranks among the largest a state has won against a social media company.',
    note: 'Wrong amount: the jury imposed $375 million, not $357 million.',
  },
  {
    relation: 'conflicting',
    known:
      'A Santa Fe jury says Meta broke New Mexico law. Jurors found the company committed 75,000 violations of the Unfair Practices Act and set the penalty at $5,000 per violation, for a total of $375 million. Meta says it plans to appeal.',
    claim:
      'Jurors counted 57,000 violations, according to the verdict form, each carrying the $5,000 maximum.',
    note: 'Wrong count: 75,000 violations, not 57,000.',
  },
  {
    relation: 'conflicting',
    known:
      "Meta Platforms Inc. must face the New Mexico attorney general's lawsuit alleging that its platforms facilitate child sexual exploitation, after a state judge in Santa Fe denied its motion to dismiss. Judge Bryan Biedscheid rejected Meta's argument that Section 230 immunizes it from the state's Unfair Practices Act and public-nuisance claims. Meta had argued the claims target protected publishing decisions.",
    claim:
      "In the ruling, issued June 30, 2024, Biedscheid found that the state's claims targeted Meta's own conduct rather than content posted by third parties.",
    note: 'Wrong month: the motion to dismiss was denied on May 30, 2024 (known fact), not June 30.',
  },
  {
    relation: 'conflicting',
    known:
      "It's official: a jury in New Mexico has found Meta liable for misleading people about how safe its apps are for kids, and it's going to cost the company $375 million. The jurors deliberated for about a day after nearly seven weeks of testimony. Meta says it'll appeal.",
    claim:
      'Judge Bryan Biedscheid, who heard the evidence without a jury, concluded that Meta had misled users about the risks its apps pose to children.',
    note: 'Wrong decision-maker: a jury, not the judge sitting alone, returned the verdict.',
  },
  {
    relation: 'conflicting',
    known:
      "Judge Bryan Biedscheid's judgment against Meta is being hailed as a landmark, and in dollar terms it is: $567 million to abate the harm, $942 million in all. But its most consequential piece, a five-year decree governing accounts held by minors, will expire before today's kindergartners reach middle school. And the judge declined to touch the algorithms at all.",
    claim:
      'What the court actually delivered, beyond the money, was a three-year set of rules for teen accounts and not one word about the recommendation engine.',
    note: 'Wrong duration: the decree runs five years, not three.',
  },
  {
    relation: 'conflicting',
    known:
      '(Translated from Spanish) After seven weeks of trial, a jury in Santa Fe concluded that Meta violated New Mexico law by deceiving families about the dangers of its platforms for minors. The company must pay 375 million dollars in civil penalties. Attorney General Raúl Torrez said the verdict "belongs to the families."',
    claim:
      'The jury reached its decision after a trial lasting barely three weeks, during which dozens of witnesses took the stand.',
    note: 'Wrong duration: the trial lasted seven weeks, not three.',
  },
  {
    relation: 'conflicting',
    known:
      'Meta now owes New Mexico a combined $942 million after a judge on Thursday ordered a $567 million abatement fund on top of the $375 million in jury penalties. The company said it would appeal. Its shares were little changed.',
    claim:
      "Investors shrugged off the ruling, which brings Meta's total liability in the state case to $924 million.",
    note: 'Wrong total: $942 million, not $924 million.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — Attorney General Raúl Torrez today announced a lawsuit against Meta Platforms, Inc. and CEO Mark Zuckerberg in the First Judicial District Court, alleging that the company has knowingly exposed children to sexual exploitation and mental health harms. The complaint follows an undercover investigation in which the Office of the Attorney General created decoy accounts of children. "Meta\'s platforms are not safe for children," said Attorney General Torrez.',
    claim:
      "The suit was brought by then-Attorney General Hector Balderas, who accused Meta of putting profits ahead of children's safety.",
    note: 'Wrong attorney general: the suit was filed by Raúl Torrez, not his predecessor Hector Balderas.',
  },
  {
    relation: 'conflicting',
    known:
      'Meta said in a statement Tuesday that it "respectfully disagrees" with the Santa Fe jury\'s verdict and will appeal. "We will continue to defend ourselves vigorously," a spokesperson said, "and we remain confident in our record of protecting teens."',
    claim:
      "In its statement, the company said it would accept the jury's decision rather than pursue an appeal, and it pointed to the safety tools it has built for teens.",
    note: 'Contradicts the paragraph: Meta said it would appeal.',
  },
  {
    relation: 'conflicting',
    known:
      "2:15 p.m. — We're told the jury has a verdict, about a day after deliberations began. 2:31 p.m. — The jury finds that Meta violated the Unfair Practices Act, with penalties totaling $375 million. 2:40 p.m. — Attorney General Raúl Torrez is hugging members of his trial team in the gallery.",
    claim: 'The verdict came down on Thursday, March 26, after roughly a day of deliberations.',
    note: 'Wrong date: the verdict was returned on Tuesday, March 24, 2026 (known fact).',
  },
  {
    relation: 'conflicting',
    known:
      "SANTA FE, N.M. (Reuters) — A New Mexico judge began hearing evidence on Monday in the second phase of the state's civil lawsuit against Meta Platforms, which will determine whether the company must pay to abate a public nuisance. A jury found in March that Meta violated the state's Unfair Practices Act and imposed $375 million in civil penalties. Meta has said it will appeal that verdict.",
    claim:
      'Having been convicted in March of breaking state law, Meta now faces a judge who will decide whether it must also pay to repair the harm.',
    note: 'Wrong legal status: the case is civil; a jury found Meta liable, it was not convicted of a crime.',
  },
  {
    relation: 'conflicting',
    known:
      "A Santa Fe judge has ordered Meta to pay $567 million to help undo the harm its platforms caused New Mexico kids. Judge Bryan Biedscheid's ruling Thursday brings the total to $942 million when combined with the jury's earlier penalties. Meta says it will appeal.",
    claim:
      'The order from District Judge Thomas Garrity sets that money aside for programs meant to repair the damage.',
    note: 'Wrong judge: the judgment was entered by Judge Bryan Biedscheid.',
  },
  {
    relation: 'conflicting',
    known:
      "Trial began Monday in New Mexico's Unfair Practices Act and public-nuisance suit against Meta Platforms Inc., more than two years after the attorney general filed it. Judge Bryan Biedscheid of the First Judicial District Court, who rejected Meta's Section 230 defense at the pleading stage, is presiding. Jury selection is expected to take the week.",
    claim:
      'In a May 2024 order, Biedscheid sided with Meta on its motion to dismiss, agreeing that Section 230 protected the company.',
    note: 'Wrong outcome: the motion to dismiss was denied on May 30, 2024 (known fact), and the paragraph says the Section 230 defense was rejected.',
  },
  {
    relation: 'conflicting',
    known:
      "Meta's attempt to move New Mexico's child-safety lawsuit into federal court has failed. The company removed the case in December, but a federal judge has now sent it back to state court in Santa Fe, ruling that the claims are rooted in state law. That's a win for AG Raúl Torrez, who wanted the case heard locally.",
    claim:
      'The detour began in December, when the state shifted its own case into federal court, before a judge sent it back.',
    note: 'Wrong party: Meta, not the state, removed the case to federal court.',
  },
  {
    relation: 'conflicting',
    known:
      "Meta could have settled. Instead it chose to let a Santa Fe jury hear the evidence, and on Tuesday that jury found the company had violated New Mexico's Unfair Practices Act, ordering $375 million in penalties. That decision to go to trial now looks like a costly miscalculation.",
    claim:
      'By agreeing to pay $375 million to settle the case before it reached a jury, Meta spared itself a public airing of its internal documents.',
    note: 'Wrong legal status: the case was tried to a jury verdict, not settled.',
  },
  {
    relation: 'conflicting',
    known:
      "(Translated from Spanish) The New Mexico Attorney General's Office filed a 228-page lawsuit against Meta this week, accusing Facebook and Instagram of exposing children to predators. The complaint describes how investigators created fake profiles of minors. Meta rejected the accusations.",
    claim:
      'Across its 282 pages, the complaint details how decoy accounts posing as children were flooded with sexual content.',
    note: 'Wrong page count: the paragraph gives 228 pages, not 282.',
  },
  {
    relation: 'conflicting',
    known:
      "New Mexico's attorney general sued Meta Platforms in December 2023, alleging the company failed to protect children from sexual exploitation on Facebook and Instagram. The case, filed in state court in Santa Fe, is scheduled for a jury trial in early 2026. Meta has denied the allegations.",
    claim:
      "The lawsuit, which Torrez filed in December 2022 after an undercover investigation, seeks civil penalties and changes to Meta's platforms.",
    note: 'Wrong year: the complaint was filed in December 2023.',
  },
  {
    relation: 'conflicting',
    known:
      'SANTA FE — Attorney General Raúl Torrez today praised the First Judicial District Court\'s final judgment ordering Meta to pay $567 million into an abatement fund, bringing the total recovery in the case to $942 million. "This judgment makes clear that Meta must pay to repair the damage it has done to New Mexico\'s children," said Attorney General Torrez. The fund will support mental health services and child-safety programs across the state.',
    claim:
      'The order was entered in Bernalillo County District Court in Albuquerque, where the case has been heard since it was filed.',
    note: 'Wrong court and city: the case is in the First Judicial District Court in Santa Fe County.',
  },
  {
    relation: 'conflicting',
    known:
      'Meta said Thursday it would appeal the judgment, which requires the company to follow a five-year decree covering accounts held by New Mexico users under 18 and to fund a $567 million abatement program. "Many of these requirements duplicate protections we already provide through Teen Accounts," a spokesperson said.',
    claim:
      'The decree, which applies to accounts of New Mexico children under 13, will remain in force for five years.',
    note: 'Wrong age threshold: the decree covers accounts of users under 18, not under 13.',
  },
  {
    relation: 'conflicting',
    known:
      "Good morning from the Santa Fe County courthouse, where opening statements in State of New Mexico v. Meta are set to begin at 9 a.m. This is a state civil trial before Judge Bryan Biedscheid in the First Judicial District Court. We'll be posting updates throughout the day.",
    claim:
      'For readers just joining, the trial is taking place in federal court, with Judge Biedscheid presiding.',
    note: 'Wrong court system: a state trial in the First Judicial District Court, not a federal one.',
  },
  // ── updated ──
  {
    relation: 'updated',
    known:
      "SANTA FE, N.M. (AP) — New Mexico's attorney general sued Meta Platforms on Tuesday, accusing the company of allowing Facebook and Instagram to become breeding grounds for child predators. Attorney General Raúl Torrez said investigators created accounts posing as children and were quickly sent sexually explicit material. Meta said it uses advanced technology to root out predators.",
    claim:
      "Meta on Monday moved New Mexico's lawsuit to federal court, arguing that the state's claims raise questions of federal law.",
    note: 'The removal (Dec. 18, 2023) is a later step than the filing reported in the paragraph.',
  },
  {
    relation: 'updated',
    known:
      "The legal fight between New Mexico and Meta is moving to federal court. Meta filed paperwork this week transferring the state's lawsuit from Santa Fe district court to the U.S. District Court for New Mexico. Attorney General Raúl Torrez's office says it will fight to keep the case in state court.",
    claim:
      "A federal judge has sent New Mexico's lawsuit against Meta back to state court in Santa Fe, handing Attorney General Raúl Torrez an early win.",
    note: 'The remand (Feb. 5, 2024) follows the removal the paragraph reports.',
  },
  {
    relation: 'updated',
    known:
      "New Mexico's child-safety suit against Meta Platforms Inc. is back in state court after U.S. District Judge Margaret Strickland granted the attorney general's motion to remand on Feb. 5. Meta had removed the case in December, arguing that federal questions were embedded in the state's claims. A motion to dismiss, raising Section 230 among other defenses, is pending before Judge Bryan Biedscheid.",
    claim:
      "Biedscheid on Thursday denied Meta's motion to dismiss, holding that Section 230 does not shield the company from claims aimed at its own design and conduct.",
    note: 'The denial of the motion to dismiss (May 30, 2024) is later than the pending motion in the paragraph; updated even though it is a known fact.',
  },
  {
    relation: 'updated',
    known:
      "New Mexico's new lawsuit against Meta goes a step further than most: it names Mark Zuckerberg personally. The complaint argues that the CEO made public statements about child safety that he knew to be misleading. Legal experts say naming a CEO individually is unusual and often doesn't survive early motions.",
    claim:
      'Zuckerberg is out as a named defendant, after the Santa Fe judge dismissed the claims against him personally, albeit without prejudice.',
    note: "Zuckerberg's dismissal (May 2024) is a later step than the complaint naming him.",
  },
  {
    relation: 'updated',
    known:
      "Last week a Santa Fe judge refused Meta's request to throw out New Mexico's lawsuit, rejecting the company's familiar claim that federal law makes it immune. That ruling matters, but it is only a beginning. Meta has years of appeals, motions and delays at its disposal, and New Mexico families should not expect a reckoning soon.",
    claim:
      'Nearly two years after that ruling, the case has finally reached a courtroom, with jury selection now underway in Santa Fe.',
    note: 'The start of the trial (Feb. 2, 2026) is later than the motion-to-dismiss ruling in the paragraph.',
  },
  {
    relation: 'updated',
    known:
      '(Translated from Spanish) Jury selection began on Monday in Santa Fe in the trial of the State of New Mexico against Meta. Lawyers for both parties will question dozens of potential jurors over the course of the week. Opening statements are expected next week.',
    claim:
      'Lawyers for the state and for Meta presented their opening statements on Monday, Feb. 9, before the newly seated jury.',
    note: 'Opening statements (Feb. 9, 2026) follow the jury selection the paragraph reports.',
  },
  {
    relation: 'updated',
    known:
      "Lawyers for New Mexico and Meta Platforms delivered closing arguments Monday in the state's child-safety trial, handing the case to a Santa Fe jury after seven weeks of testimony. The state asked jurors to find thousands of violations of its Unfair Practices Act, each carrying a penalty of up to $5,000. A verdict against Meta could embolden other states pursuing similar claims.",
    claim: 'The jury needed only about a day to side with the state, ordering Meta to pay $375 million.',
    note: 'The verdict (March 24, 2026) is later than the closing arguments in the paragraph; updated even though it is a known fact.',
  },
  {
    relation: 'updated',
    known:
      'SANTA FE — Attorney General Raúl Torrez today hailed the jury\'s verdict finding Meta liable for 75,000 violations of the Unfair Practices Act and imposing $375 million in civil penalties. The second phase of the trial, in which the Court will consider the State\'s public nuisance claim, will be scheduled in the coming weeks. "We are just getting started," said Attorney General Torrez.',
    claim:
      'In a filing late last month, Meta warned that it could withdraw Facebook and Instagram from New Mexico altogether rather than comply with the remedies the state is seeking.',
    note: "Meta's filing raising a withdrawal from the state (around April 30, 2026) comes after the verdict in the paragraph.",
  },
  {
    relation: 'updated',
    known:
      '"We respectfully disagree with the verdict and will appeal," a Meta spokesperson said Tuesday. "We will also continue to make our case to the court as it considers the state\'s remaining claims." The state\'s public nuisance claim is to be decided by the judge at a later date.',
    claim:
      "The judge-only phase on the state's nuisance claim opened Monday in Santa Fe, with the attorney general asking for hundreds of millions of dollars to fund remedies.",
    note: 'The second phase (opened May 4, 2026) is later than the verdict in the paragraph.',
  },
  {
    relation: 'updated',
    known:
      "Day 14 of the bench phase. Meta's defense called its final witnesses this morning, an economist and a former state education official. Judge Biedscheid told the parties he expects to hear closing arguments before the end of the week.",
    claim:
      'Testimony and closings are done, and Biedscheid said Friday that he will issue a written decision on the nuisance claim and any remedy in the coming weeks.',
    note: 'The close of the second phase (May 22, 2026) is later than the testimony in the paragraph.',
  },
  {
    relation: 'updated',
    known:
      "SANTA FE, N.M. (AP) — The judge-only phase of New Mexico's lawsuit against Meta ended Friday, leaving Judge Bryan Biedscheid to decide whether the company must pay to abate a public nuisance. The state asked for more than $1 billion to fund mental health and child-safety programs. A jury in March had already ordered Meta to pay $375 million.",
    claim:
      "Biedscheid on Thursday ordered Meta to put $567 million toward undoing the harm, though he turned down the state's request for changes to the company's algorithms.",
    note: 'The final judgment (Aug. 6, 2026) is later than the close of the second phase; updated even though it is a known fact.',
  },
  {
    relation: 'updated',
    known:
      'Meta will have to pay New Mexico a total of $942 million after a Santa Fe judge added a $567 million abatement fund Thursday. Judge Bryan Biedscheid also imposed a five-year decree on how the company handles the accounts of users under 18. Meta says it plans to appeal.',
    claim:
      "Meta has now formally filed its notice of appeal, asking the New Mexico Court of Appeals to overturn both the jury's verdict and the judge's order.",
    note: 'Filing the notice of appeal is a later step than the judgment and the stated intention to appeal in the paragraph.',
  },
  {
    relation: 'updated',
    known:
      "A Santa Fe jury on March 24 returned a $375 million verdict for the state in New Mexico v. Meta Platforms, finding that the company violated the Unfair Practices Act. The state's public-nuisance claim, to be tried to the bench, remains. Meta has signaled an appeal.",
    claim:
      "With final judgment entered, Biedscheid's $567 million abatement award brings Meta's total exposure in the case to $942 million.",
    note: 'The final judgment (Aug. 6, 2026) is later than the verdict in the paragraph.',
  },
  {
    relation: 'updated',
    known:
      "Meta is floating the nuclear option in New Mexico. In a court filing this week, the company said the remedies the state wants could be so onerous that it might have to pull Facebook and Instagram out of the state entirely. It's a striking threat, coming weeks after a jury ordered Meta to pay $375 million.",
    claim:
      "The bench trial on the nuisance claim got underway in early May, with Meta's talk of leaving the state hanging over the courtroom.",
    note: 'The start of the second phase (May 4, 2026) is later than the April filing in the paragraph.',
  },
  {
    relation: 'updated',
    known:
      "Attorney General Raúl Torrez's lawsuit against Meta, filed this month, is a bold bet. It rests on a state consumer-protection statute and on the old doctrine of public nuisance, rather than on the federal laws that have so far failed to rein in social media. Whether it survives Meta's lawyers is another matter.",
    claim:
      "Since then, the state has filed an amended complaint that adds allegations drawn from Meta's own internal documents.",
    note: 'The amended complaint (Jan. 9, 2024) is a later step than the filing the paragraph discusses.',
  },
  {
    relation: 'updated',
    known:
      "(Translated from Spanish) A Santa Fe jury ordered Meta on Tuesday to pay 375 million dollars for violating New Mexico's consumer protection law. The judge will now decide in a second phase whether the company must also finance programs to repair the damage. Meta announced that it will appeal.",
    claim:
      'More than four months after the verdict, the judge ordered the company to contribute another 567 million dollars, bringing the total to 942 million dollars.',
    note: 'The final judgment (Aug. 6, 2026) is later than the verdict and the pending second phase in the paragraph.',
  },
  {
    relation: 'updated',
    known:
      "The second act of New Mexico's case against Meta began Monday, with Judge Bryan Biedscheid hearing the state's public-nuisance claim without a jury. Meta already faces $375 million in penalties from the first phase. Investors are watching whether the judge orders changes to Meta's products, which could prove costlier than any fine.",
    claim:
      "The final tally came in Thursday at $942 million, after the judge layered a $567 million abatement fund on top of the jury's penalty but declined to order product changes.",
    note: 'The final judgment is later than the start of the second phase in the paragraph.',
  },
  {
    relation: 'updated',
    known:
      'SANTA FE — Attorney General Raúl Torrez today announced that the First Judicial District Court has denied Meta\'s motion to dismiss the State\'s lawsuit, allowing the case to proceed. "This ruling is an important step toward holding Meta accountable," said Attorney General Torrez. The Department of Justice will continue to press for a trial date.',
    claim:
      'The case went to trial in Santa Fe in February 2026, more than two years after the complaint was filed.',
    note: 'The trial (from Feb. 2, 2026) is later than the ruling in the paragraph.',
  },
  {
    relation: 'updated',
    known:
      'Meta said in response that it has spent years developing technology to detect predatory behavior and works closely with law enforcement and child-safety organizations. "We will defend ourselves against these claims," a spokesperson said, "and continue our work to keep teens safe."',
    claim:
      "Meta's bid to have the case dismissed failed in May 2024, when a state judge in Santa Fe ruled that it could go forward.",
    note: 'The denial of the motion to dismiss is later than the complaint stage of the paragraph; updated even though it is a known fact.',
  },
  {
    relation: 'updated',
    known:
      "12:30 p.m. — Jurors have sent out a note asking to see one of the state's exhibits again, a 2021 internal Meta presentation on teen safety. 1:15 p.m. — Still no verdict. Judge Biedscheid says he will keep the jury until 5 p.m. before sending them home for the day.",
    claim:
      'UPDATE, 3:52 p.m.: The jury is back, finding Meta liable under the Unfair Practices Act with 75,000 violations.',
    note: 'The verdict is later than the deliberations in the paragraph.',
  },
];
