// A labelled set of claim pairs across the case's timeline, written for this project: `known` is said first,
// `claim` later; `relation` is what the claim diff should call the later one. `kind` picks which of the later
// sentence's claims is meant when it has more than one (a sentence calling the case criminal has two).

export interface LabelledPair {
  relation: 'new' | 'restated' | 'conflicting' | 'updated';
  known: string;
  claim: string;
  kind?: string;
}

const p = (relation: LabelledPair['relation'], known: string, claim: string, kind?: string): LabelledPair =>
  kind ? { relation, known, claim, kind } : { relation, known, claim };

export const labelledPairs: LabelledPair[] = [
  // restated: reworded, re-quoted, translated back
  p(
    'restated',
    'Attorney General Raúl Torrez filed the lawsuit against Meta on December 5, 2023.',
    'AG Torrez filed the suit against Meta Platforms on Dec. 5, 2023.',
  ),
  p(
    'restated',
    'The complaint says Meta allowed predators to contact children on Instagram and Facebook.',
    'According to the complaint, Meta let predators contact children on Facebook and Instagram.',
  ),
  p(
    'restated',
    '“Meta has put profits ahead of the safety of children,” Torrez said.',
    '“Meta put its profits before the safety of children,” said Attorney General Raúl Torrez.',
  ),
  p(
    'restated',
    'Investigators created decoy accounts posing as children under 14.',
    'The investigators set up decoy accounts that posed as children younger than 14.',
  ),
  p(
    'restated',
    'The jury ordered Meta to pay $375 million in civil penalties.',
    'Jurors ordered Meta Platforms to pay $375M in civil penalties.',
  ),
  p(
    'restated',
    'The jury found 75,000 violations of the Unfair Practices Act.',
    'Jurors found seventy-five thousand violations of the Unfair Practices Act.',
  ),
  p(
    'restated',
    'Judge Bryan Biedscheid denied the motion to dismiss.',
    'The motion to dismiss was denied by Judge Biedscheid.',
  ),
  p(
    'restated',
    'The case was remanded to state court on February 5, 2024.',
    'On Feb. 5, 2024, the case was remanded to the state court.',
  ),
  p(
    'restated',
    '“We will appeal this verdict,” a Meta spokesperson said.',
    '“We are going to appeal this verdict,” said a Meta spokesperson.',
  ),
  p(
    'restated',
    'The final judgment ordered a $567 million abatement fund.',
    'In its final judgment the court ordered an abatement fund of $567 million.',
  ),
  p('restated', 'The trial lasted seven weeks in Santa Fe.', 'The Santa Fe trial lasted 7 weeks.'),
  p(
    'restated',
    'Meta said it strongly disagrees with the allegations in the complaint.',
    'Meta said that it strongly disagreed with the complaint’s allegations.',
  ),
  p(
    'restated',
    'The lawsuit accuses Meta of creating a breeding ground for predators.',
    'Meta is accused in the lawsuit of creating a breeding ground for predators.',
  ),
  p(
    'restated',
    '“Our children deserve platforms that protect them,” Torrez said at a news conference.',
    '“Our children deserve platforms that protect them,” Torrez told reporters at a press conference.',
  ),
  p(
    'restated',
    'The penalties come to $5,000 for each of the 75,000 violations.',
    'Each of the 75,000 violations carries a penalty of $5,000.',
  ),
  p(
    'restated',
    'The state asked for more than $2 billion in penalties.',
    'New Mexico sought more than $2 billion in penalties.',
  ),
  p(
    'restated',
    'Meta removed the case to federal court on December 18, 2023.',
    'On December 18, 2023, Meta removed the lawsuit to federal court.',
  ),
  p(
    'restated',
    'Mark Zuckerberg was dismissed as a defendant in May 2024.',
    'Zuckerberg was dismissed from the case as a defendant in May 2024.',
  ),
  p(
    'restated',
    'The decree covers accounts of users under 18 for five years.',
    'For five years, the decree covers the accounts of users under 18.',
  ),
  p(
    'restated',
    '“The evidence showed Meta knew its platforms harmed children,” Torrez said.',
    '“The evidence showed that Meta knew that its platforms were harming children,” the attorney general said.',
  ),
  p('restated', 'Opening statements were held on February 9, 2026.', 'Openings were heard on Feb. 9, 2026.'),
  p(
    'restated',
    'The complaint alleges Meta recommended unmoderated groups devoted to commercial sex.',
    'The complaint alleges that Meta recommended that users join unmoderated groups devoted to commercial sex.',
  ),
  // conflicting: same statement, a different number, date, party, age, amount or legal status
  p(
    'conflicting',
    'Investigators posed as minors under 14.',
    'Investigators posed as children 14 and under.',
  ),
  p(
    'conflicting',
    'The jury ordered Meta to pay $375 million in civil penalties.',
    'The jury ordered Meta to pay $357 million in civil penalties.',
  ),
  p(
    'conflicting',
    'The jury found 75,000 violations of the Unfair Practices Act.',
    'The jury found 57,000 violations of the Unfair Practices Act.',
  ),
  p(
    'conflicting',
    'The lawsuit was filed on December 5, 2023.',
    'The lawsuit was filed on December 15, 2023.',
  ),
  p(
    'conflicting',
    'The case is a civil action under the Unfair Practices Act.',
    'Prosecutors brought criminal charges against Meta in the case.',
    'legal_status',
  ),
  p(
    'conflicting',
    'The state filed a civil lawsuit against Meta.',
    'The criminal complaint against Meta runs to 228 pages.',
    'legal_status',
  ),
  p(
    'conflicting',
    'The final judgment ordered a $567 million abatement fund.',
    'The final judgment ordered a $657 million abatement fund.',
  ),
  p('conflicting', 'Meta must pay $942 million in all.', 'Meta must pay $924 million in all.'),
  p('conflicting', 'The complaint runs to 228 pages.', 'The complaint runs to 225 pages.'),
  p(
    'conflicting',
    'The case was remanded to state court on February 5, 2024.',
    'The case was remanded to state court on March 5, 2024.',
  ),
  p(
    'conflicting',
    'Judge Bryan Biedscheid denied the motion to dismiss.',
    'Judge Bryan Biedscheid granted the motion to dismiss.',
  ),
  p(
    'conflicting',
    'The decree covers accounts of users under 18 for five years.',
    'The decree covers accounts of users under 18 for three years.',
  ),
  p(
    'conflicting',
    'A fictitious mother offered her 13-year-old daughter for sale.',
    'A fictitious mother offered her 12-year-old daughter for sale.',
  ),
  p('conflicting', 'The jury deliberated for about two days.', 'The jury deliberated for about five days.'),
  p(
    'conflicting',
    'Each violation carries a penalty of up to $5,000.',
    'Each violation carries a penalty of up to $10,000.',
  ),
  p(
    'conflicting',
    'Opening statements were held on February 9, 2026.',
    'Opening statements were held on February 2, 2026.',
  ),
  p(
    'conflicting',
    'The state filed the civil suit in Santa Fe.',
    'The state filed the criminal case in Santa Fe.',
    'legal_status',
  ),
  p(
    'conflicting',
    'The accounts posed as children as young as 13.',
    'The accounts posed as children as young as 11.',
  ),
  p(
    'conflicting',
    'Meta removed the case to federal court on December 18, 2023.',
    'Meta removed the case to federal court on January 18, 2024.',
  ),
  p(
    'conflicting',
    'Nearly 40% of the accounts received explicit messages.',
    'Nearly 60% of the accounts received explicit messages.',
  ),
  p('conflicting', 'The trial lasted seven weeks in Santa Fe.', 'The trial lasted nine weeks in Santa Fe.'),
  p(
    'conflicting',
    'Zuckerberg was dismissed as a defendant in May 2024.',
    'Zuckerberg was dismissed as a defendant in June 2025.',
  ),
  p(
    'conflicting',
    'Meta faces a civil penalty under the Unfair Practices Act.',
    'Meta was criminally charged under the Unfair Practices Act.',
    'legal_status',
  ),
  // updated: a later state of the same matter
  p(
    'updated',
    'Meta has asked the judge to dismiss the lawsuit; the motion is pending.',
    'Judge Biedscheid denied Meta’s motion to dismiss the lawsuit.',
  ),
  p(
    'updated',
    'The jury found Meta liable and imposed $375 million in civil penalties.',
    'The court entered a final judgment ordering Meta to pay $942 million.',
  ),
  p(
    'updated',
    'New Mexico filed a lawsuit against Meta in state court.',
    'Meta removed the New Mexico lawsuit to federal court.',
  ),
  p(
    'updated',
    'Meta removed the New Mexico lawsuit to federal court.',
    'A federal judge remanded the New Mexico lawsuit to state court.',
  ),
  p(
    'updated',
    'The jury found Meta violated the Unfair Practices Act.',
    'Meta appealed the verdict in the New Mexico case.',
  ),
  p(
    'updated',
    'The final judgment ordered Meta to fund abatement.',
    'Meta filed a notice of appeal from the final judgment.',
  ),
  p(
    'updated',
    'Torrez sued Meta Platforms over child safety.',
    'The judge denied Meta’s request to dismiss the child safety lawsuit brought by Torrez.',
  ),
  p(
    'updated',
    'Meta moved to dismiss the complaint, citing Section 230.',
    'The court denied the motion to dismiss and rejected the Section 230 defence.',
  ),
  p('updated', 'The state sued Meta in December 2023.', 'A jury found Meta liable in the state’s lawsuit.'),
  p(
    'updated',
    'The jury found Meta liable in the New Mexico case.',
    'The judge ordered a $567 million abatement fund in the New Mexico case.',
  ),
  p(
    'updated',
    'Meta was found liable by a Santa Fe jury.',
    'Meta said it will appeal after being found liable by a Santa Fe jury.',
  ),
  p(
    'updated',
    'The lawsuit was filed against Meta and Zuckerberg.',
    'Zuckerberg was dismissed from the lawsuit as an individual defendant.',
  ),
  p(
    'updated',
    'Meta’s motion to dismiss is pending before Judge Biedscheid.',
    'Judge Biedscheid rejected Meta’s motion to dismiss.',
  ),
  p(
    'updated',
    'The New Mexico lawsuit against Meta was removed to federal court.',
    'The New Mexico lawsuit against Meta was remanded to state court in Santa Fe.',
  ),
  p(
    'updated',
    'The attorney general filed the complaint against Meta.',
    'The jury verdict against Meta found it violated the law.',
  ),
  p(
    'updated',
    'Jurors found that Meta violated the Unfair Practices Act.',
    'The court’s judgment ordered Meta to change how it handles under-18 accounts.',
  ),
  p(
    'updated',
    'Meta filed a motion to dismiss the lawsuit.',
    'The motion to dismiss the lawsuit was denied.',
  ),
  p(
    'updated',
    'The complaint against Meta was filed in Santa Fe.',
    'The judge in Santa Fe denied Meta’s motion to dismiss the complaint.',
  ),
  p(
    'updated',
    'The verdict against Meta came on March 24, 2026.',
    'Meta appeals the March verdict against it.',
  ),
  p(
    'updated',
    'New Mexico sued Meta over child exploitation.',
    'Meta removed New Mexico’s child exploitation lawsuit to federal court.',
  ),
  // new: nothing said before matches
  p(
    'new',
    'Attorney General Raúl Torrez filed the lawsuit against Meta on December 5, 2023.',
    'The complaint spans 228 pages.',
  ),
  p(
    'new',
    'The jury ordered Meta to pay $375 million in civil penalties.',
    '“This verdict sends a message to every tech company,” Torrez said.',
  ),
  p(
    'new',
    'Investigators posed as minors under 14.',
    'Meta said it has removed more than 500,000 accounts for violating child safety policies.',
  ),
  p(
    'new',
    '“Meta has put profits ahead of the safety of children,” Torrez said.',
    '“We have spent a decade building tools to protect teens,” a Meta spokesperson said.',
  ),
  p(
    'new',
    'The case was remanded to state court on February 5, 2024.',
    'The jury heard from a former Meta engineer who testified about safety teams.',
  ),
  p(
    'new',
    'Judge Bryan Biedscheid denied the motion to dismiss.',
    'The trial is expected to last seven weeks.',
  ),
  p(
    'new',
    'The final judgment ordered a $567 million abatement fund.',
    'Meta raised the possibility of withdrawing its apps from New Mexico.',
  ),
  p(
    'new',
    'The complaint spans 228 pages.',
    'A Meta filing said the company could stop offering its apps in New Mexico.',
  ),
  p(
    'new',
    'The jury found 75,000 violations of the Unfair Practices Act.',
    'The second phase of the trial was tried by the judge without a jury.',
  ),
  p(
    'new',
    'Meta removed the case to federal court on December 18, 2023.',
    'The state amended its complaint on January 9, 2024.',
  ),
  p(
    'new',
    '“Our investigation shows Meta is not safe for children,” Torrez said.',
    '“The judge’s decision is a historic victory for families,” Torrez said.',
  ),
  p(
    'new',
    'The decree covers accounts of users under 18 for five years.',
    'The court did not appoint a monitor.',
  ),
  p(
    'new',
    'The state asked for more than $2 billion in penalties.',
    'Meta’s lawyers called the state’s expert unreliable.',
  ),
  p(
    'new',
    'Zuckerberg was dismissed as a defendant in May 2024.',
    'The NMDOJ launched SMART CHATS to help parents talk about online safety.',
  ),
  p(
    'new',
    'The lawsuit accuses Meta of creating a breeding ground for predators.',
    'Meta’s platforms had more exploitative content than adult sites, the complaint says.',
  ),
  p('new', 'The jury deliberated for about two days.', 'Twelve jurors and four alternates were seated.'),
  p('new', 'The trial lasted seven weeks in Santa Fe.', 'Meta’s chief executive was not called to testify.'),
  p(
    'new',
    'Opening statements were held on February 9, 2026.',
    'The office renamed itself the New Mexico Department of Justice in January 2024.',
  ),
  p(
    'new',
    'The case is a civil action under the Unfair Practices Act.',
    'The undercover accounts received explicit images within days.',
  ),
  p('new', 'Meta must pay $942 million in all.', 'The judge declined to order changes to Meta’s algorithms.'),
  p(
    'new',
    'Nearly 40% of the accounts received explicit messages.',
    'Investigators documented dozens of adults contacting the decoy accounts.',
  ),
  p(
    'new',
    'The complaint alleges Meta recommended unmoderated groups devoted to commercial sex.',
    'Three men were charged in a separate sting, Operation MetaPhile.',
  ),
  // written later, to probe other spellings of each relation
  p(
    'conflicting',
    'A New Mexico jury ordered Meta to pay $375 million.',
    'A New Mexico jury ordered Meta to pay $3.75 billion.',
  ),
  p(
    'conflicting',
    'Jurors found Meta committed 75,000 violations.',
    'Jurors found that Meta committed 7,500 violations.',
  ),
  p('conflicting', 'The lawsuit was filed in December 2023.', 'The lawsuit was filed in October 2023.'),
  p(
    'conflicting',
    'The state sued Meta in civil court.',
    'Prosecutors charged Meta with crimes in the case.',
    'legal_status',
  ),
  p('conflicting', 'The trial began on February 2, 2026.', 'The trial began on Feb. 3, 2026.'),
  p('conflicting', 'The judgment totals $942 million.', 'The judgment totals nearly $1.2 billion.'),
  p('conflicting', 'Decoy accounts posed as users aged 13.', 'Decoy accounts posed as users aged 15.'),
  p(
    'restated',
    'Meta will appeal the $375 million verdict, a spokesperson said.',
    'A Meta spokesperson said the company would appeal the $375 million verdict.',
  ),
  p(
    'restated',
    'The jury found Meta liable for misleading users about child safety.',
    'Jurors held Meta liable for misleading its users about the safety of children.',
  ),
  p('updated', 'Meta said it would appeal.', 'Meta filed its appeal with the New Mexico Court of Appeals.'),
  p(
    'updated',
    'The jury returned a verdict against Meta.',
    'Judge Biedscheid entered final judgment against Meta.',
  ),
  p('new', 'The jury returned a verdict against Meta.', 'Meta shares fell 2% after the verdict.'),
];
