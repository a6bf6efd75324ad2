// Legal events and the case's nature. A matter (the complaint, the motion to dismiss, the verdict, the appeal)
// moves through states; a later state of one matter is an update, a different state at one stage a conflict.

export interface LegalEvent {
  /** What the event is about: `case`, `motion to dismiss`, `verdict`, `judgment`, `appeal`, `settlement`. */
  matter: string;
  /** filed, removed, remanded, pending, denied, granted, dismissed, found liable, ordered, appealed, settled… */
  status: string;
  /** How far along its matter the status is: a larger stage is a later state. */
  stage: number;
  /** Every status the sentence's verbs state ("refused to throw out the suit but dismissed Zuckerberg"). */
  statuses: string[];
}

// Statuses a verb states ("denied", "ordered", "will appeal"), with their stage on the case's line. A sentence's
// event is its verbs' latest status; nouns ("the verdict", "the judgment") name a status only when no verb does,
// since "denied Meta's motion for a new trial, leaving the jury verdict in place" reports the denial.
const verbStatuses: [RegExp, string, number][] = [
  // A bill pre-filed in the legislature is no suit filed.
  [
    /\b(?<!-)(?:filed(?! into| out)(?! (?:a |the |its )?(?:bill|measure|legislation)\b)|sued|sues|suing|brought|lodged|targets|targeted)\b/i,
    'filed',
    1,
  ],
  [/\b(?:remov(?:ed|es)|moved|transferred|took)\b.*\b(?:federal|U\.S\. District)\b/i, 'removed', 2],
  // The complaint amended while the case was in federal court (January 2024): a later step of the suit.
  [
    /\b(?:fil(?:ed|es|ing) (?:an|its|the|their|a) (?:amended|revised|updated) (?:version of (?:its|the|their) )?complaint|amended (?:its|the|their) complaint)\b/i,
    'amended',
    1.5,
  ],
  [
    /\bremand(?:ed|s)?\b|\bsen(?:t|ds|ding) (?:[\w’'.,]+ ){0,7}back\b|\breturned (?:the (?:case|suit|lawsuit) |it )?to (?:state (?:district )?court|Santa Fe)\b|\bbelongs? in state court\b/i,
    'remanded',
    3,
  ],
  [
    /\b(?:pending|seeks? to dismiss|moved to dismiss|(?:asked|asks|asking|requested|requests|sought|seeks|seeking|urged) (?:\w+ ){0,5}(?:to|for)\b)/i,
    'pending',
    4,
  ],
  [
    /\b(?:kept|keeps|keeping|keep) (?:the |its |New Mexico['’]s |the state['’]s )?(?:case|suit|lawsuit) alive\b|\b(?:denied|denies|rejected|rejects|refusal to|turn(?:ed|s|ing) down|shot down|knocked down|(?:declined|declines|refused)(?! to (?:comment|say|discuss|respond|answer|elaborate))|won against a motion|lost (?:its|a|the) (?:bid|effort|attempt|fight) to)\b|\b(?:bid|effort|attempt|request|push) to (?:[\w’']+ ){1,10}(?:failed|fell short|came up short|went nowhere)\b/i,
    'denied',
    5,
  ],
  // "agreed to pause collection": a court agreeing to what was asked granted it.
  [
    /\b(?:granted|grants|accepted|upheld|appointed|appoints|agreed to (?:pause|stay|halt|delay|suspend|put)|sided with (?:Meta|the company|the defendants?|the tech (?:company|giant)|the social media (?:company|giant)) on)\b/i,
    'granted',
    5,
  ],
  [
    /\b(?:(?:threw|throws|throwing|tossed|tosses|tossing) out (?:most |much |some |part |all )?(?:of )?(?:the |its |the state['’]s |New Mexico['’]s )?(?:claims|complaint|case|suit|lawsuit)|dismissed|dropped|remov(?:e|ed|es|ing) (?:[\w,.’']+ ){0,6}as (?:an? )?(?:individual )?defendant)\b/i,
    'dismissed',
    5,
  ],
  // A party kept in the case: the other outcome of a request to be dismissed.
  [
    /\b(?:(?:would|will) )?(?:remains?|remained|remain|stays?|stayed) (?:a |an )?(?:named |individual )?defendants?\b|\b(?:kept|keeps|keep) (?:[\w’']+ ){0,3}(?:in the (?:case|lawsuit|suit)|as (?:a |an )?(?:individual )?defendants?)\b/i,
    'kept as defendant',
    5,
  ],
  [
    /\b(?:scheduled (?:to go )?(?:to|for) trial|set (?:to go )?(?:to|for) trial|set (?:the case|it|the lawsuit) for (?:a )?(?:jury )?trial|set to go before a jury|trial (?:is|was) (?:set|scheduled)|(?:is|are|was) scheduled to (?:begin|start|open))\b/i,
    'trial scheduled',
    5.5,
  ],
  [
    // "began the second phase", "began hearing evidence", "went to trial": translated and wire wordings too.
    /\bjury selection (?:began|begins|started|starts|opened|got under ?way|(?:is )?(?:now )?under ?way)\b|\b(?:trial|phase|hearing)(?: (?:on|of|in|over)(?: [\w’']+){1,4}?)? (?:began|begins|opened|started|got under ?way)\b|\b(?:began|begins|opened|started) (?:[\w’']+ ){0,4}(?:phase|trial)\b|\b(?:began|begins|started) hearing (?:evidence|testimony)\b|\bwent to trial\b/i,
    'trial under way',
    5.6,
  ],
  [
    /\b(?:jury|jurors) (?:\w+ ){0,6}(?:was|were) seated\b|\bseated (?:a|the) jury\b|\bjury seated\b/i,
    'jury seated',
    5.65,
  ],
  [/\bopening statements\b(?!.*\b(?:scheduled|set for|will|are expected)\b)/i, 'openings', 5.7],
  [/\brested (?:its|their) cases?\b/i, 'rested', 5.75],
  [/\bclosing arguments\b(?!.*\b(?:scheduled|set for|will|are expected)\b)/i, 'closings', 5.8],
  [/\b(?:began|begin|begins|started) deliberat\w*|\bdeliberated\b/i, 'deliberating', 5.85],
  [
    /\b(?:testimony|trial|phase|hearing|evidence)(?: [\w’']+){0,4} (?:concluded|ended|wrapped up|closed)\b|\b(?:testimony|closings|closing arguments)(?: [\w’']+){0,3} (?:are|is|were|was) (?:done|over|complete|finished)\b/i,
    'trial ended',
    5.9,
  ],
  [
    /\b(?:(?:found|finding) (?:[\w’']+ ){0,5}?(?:liable|violated|misled|deceived)|held (?:\w+ )?liable|(?:jury|jurors)(?: [\w’']+){0,4} (?:found|decided|determined|concluded)|(?:jury|jurors)(?: [\w’']+){0,8} (?:ruled|imposed|assessed|awarded)|returned (?:a|its|their) verdict|(?:jury|jurors)(?: [\w’']+){0,4} (?:return(?:ed|s)?|reached|handed down|delivered) (?:a|its|their) (?:decision|verdict)|found against|ruled against|(?:jury|jurors) (?:sided|agreed)|sided with the state)\b/i,
    'found liable',
    6,
  ],
  [
    /\b(?:order(?:ed|s|ing) (?:[\w’']+ ){0,3}(?:to (?:pay|fund|put|place|change|make|create|establish|set up|overhaul|stop|adopt|contribute|spend|provide|deposit))|order(?:ed|s|ing) (?:an? |the )?(?:\$|abatement|fund|changes|decree|final|a total)|entered (?:a |its )?(?:final )?judgment)/i,
    'ordered',
    7,
  ],
  [/\b(?:took effect|went into effect|is now in effect|came into force)\b/i, 'in effect', 7.5],
  [
    /\b(?:will appeal|would appeal|plans? to appeal|planned to appeal|intends to appeal|vowed to appeal|plans an appeal|announced (?:an|its) appeal)\b|\b(?:will|would|plans? to|planned to|intends? to|vowed to|vows to|is going to) (?:take|bring|carry) (?:the (?:case|verdict|ruling|judgment|decision|matter)|it) to (?:a higher court|the (?:state )?(?:Court of Appeals|appeals court|Supreme Court))\b|\b(?:will|would|plans? to|intends? to|vowed to|vows to) (?:challenge|contest) (?:the|this|that|its) (?:verdict|ruling|judgment|decision) (?:in|before) (?:a higher court|the (?:Court of Appeals|appeals court))\b/i,
    'appeal announced',
    8,
  ],
  // An appeal given up: "would accept the jury's decision rather than pursue an appeal", "will not appeal".
  [
    /\b(?:will not|won[’']t|would not|wouldn[’']t|does not plan to|doesn[’']t plan to|has no plans to|decided not to|chose not to|declined to) (?:(?:pursue|file|seek|bring|lodge|mount) )?(?:an? |its |any )?appeal\b|\b(?:rather than|instead of|not to|decided against|chose against|forgo(?:ing)?|forwent|give up|gave up|waive[ds]?) (?:pursu(?:e|ing) |fil(?:e|ing) |seek(?:ing)? |bring(?:ing)? |an? |its |any )*appeal(?:ing|s)?\b|\bno (?:plans? (?:for|to (?:file|pursue|seek)) )?(?:an )?appeal (?:is|was|will be) (?:planned|coming|forthcoming)\b|\b(?:(?:will|would|does|did|is going to) )?(?:not|never) (?:to )?(?:seek|ask for|pursue) (?:any )?review (?:by|from|in) (?:a |the |an )?(?:higher|appeals|appellate) court\b/i,
    'no appeal',
    8,
  ],
  [
    /\b(?:appealed|appeals (?:the|a|its)|appealing|(?:filed|lodged|submitted|docketed) (?:an |its |a |the )?(?:notice of )?appeal)\b/i,
    'appealed',
    8.5,
  ],
  [/\b(?:opening|reply|appellate) brief\b/i, 'appeal briefed', 8.7],
  // The condition of a stay met: a step of the stay, after it was granted, not of the judgment it holds off.
  [
    /\bpost(?:s|ed|ing)? (?:a |the |its )?(?:required |\$[\d.,]+ (?:million |billion )?)?(?:appeal |supersedeas )?bond\b/i,
    'bond posted',
    8.66,
  ],
  // Jurors who "settled on" a penalty decided it; "settled in" is taking a seat. Neither settles the case.
  [
    /\b(?:settled|settles)\b(?! (?:on|upon|in|into|down)\b)|\bagree(?:d|s|ing)? to (?:[\w$.,]+ ){0,6}?settle (?:the|its|this) (?:case|suit|lawsuit)\b|\b(?:resolv(?:ed|es|ing)|end(?:ed|s|ing)) (?:[\w$’'.,]+ ){0,5}out of court\b/i,
    'settled',
    9,
  ],
];

const nounStatuses: [RegExp, string, number][] = [
  [/\b(?:removal)\b/i, 'removed', 2],
  // "Still no verdict", "a directed verdict" (a motion during the trial) report no verdict.
  [
    /\b(?<!\b(?:no|directed|awaiting|await|without an?|before an?|before the|toward an?|towards an?|reach an?)\s)verdict\b/i,
    'found liable',
    6,
  ],
  [/\bjudgment\b/i, 'ordered', 7],
  [/\b(?:notice of appeal|appeals court|court of appeals)\b/i, 'appealed', 8.5],
  [/\bsettlement\b/i, 'settled', 9],
];

// The matter a status belongs to when the status names it; other statuses (denied, granted, pending…) take the
// matter the sentence names.
const statusMatters: Record<string, string> = {
  filed: 'case',
  amended: 'case',
  removed: 'venue',
  remanded: 'venue',
  'trial scheduled': 'trial',
  'trial under way': 'trial',
  'jury seated': 'trial',
  openings: 'trial',
  rested: 'trial',
  closings: 'trial',
  deliberating: 'trial',
  'trial ended': 'trial',
  'found liable': 'verdict',
  ordered: 'judgment',
  'in effect': 'judgment',
  'appeal briefed': 'appeal',
  'appeal announced': 'appeal',
  'no appeal': 'appeal',
  appealed: 'appeal',
  settled: 'settlement',
  'kept as defendant': 'defendants',
  'bond posted': 'stay',
};

/** The matters a party asks the court for: the only ones that are pending. */
const requests = new Set([
  'motion to dismiss',
  'directed verdict',
  'motion for a new trial',
  'stay',
  'monitor',
  'algorithms',
  'defendants',
  'venue',
  'appeal',
]);

/** Remedies the state asked the judge for, each decided with the judgment. */
const remedies = new Set(['monitor', 'algorithms']);

/** Where a side matter's request and decision sit on the case's line: [pending, decided]. */
const sideStages: Record<string, [number, number]> = {
  // Asked for when a side rests, decided before the jury is sent out.
  'directed verdict': [5.8, 5.85],
  'motion for a new trial': [6.1, 6.3],
  monitor: [6.9, 7],
  algorithms: [6.9, 7],
  stay: [8.6, 8.65],
};

const matterPatterns: [RegExp, string][] = [
  [/\bdirected verdict\b|\bjudgment as a matter of law\b/i, 'directed verdict'],
  [
    /\bmotion\b.{0,30}\bto dismiss\b|\b(?:kept|keeps|keeping|keep) (?:the |its |New Mexico['’]s |the state['’]s )?(?:case|suit|lawsuit) alive\b|\b(?:threw|throws|throwing|tossed|tosses|tossing) out (?:most |much |some |part |all )?(?:of )?(?:the |its |the state['’]s |New Mexico['’]s )?(?:claims|complaint)\b|\b(?:case|suit|lawsuit|complaint) (?:thrown|tossed) out\b|\b(?:dismiss|throw out|threw out|toss(?: out)?|tossed(?: out)?|scrap) (?:the |most of the |part of the )?(?:case|suit|lawsuit|complaint|demand)\b/i,
    'motion to dismiss',
  ],
  [
    /\bnew trial\b|\b(?:set aside|overturn|throw out|vacate) (?:the )?(?:jury['’]s )?(?:\$[\d.,]+ (?:million |billion )?)?verdict\b/i,
    'motion for a new trial',
  ],
  [
    /\b(?:a|the) stay\b|\bstay (?:of|pending)\b|\bstayed\b|\bpause (?:collection|enforcement)\b|\b(?:paus(?:e|es|ed|ing)|freez(?:e|es|ing)|froze|frozen|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?) (?:[\w$’'.,-]+ ){0,4}(?:order|judgment|fund|collection|enforcement|payments?)\b|\bpost(?:s|ed|ing)? (?:a |the )?bond\b|\b(?:put|putting|puts|place|placing) (?:[\w$’'.,-]+ ){1,5}on hold\b|\bhold off on (?:collect|enforc|pay)/i,
    'stay',
  ],
  [/\bmonitor\b/i, 'monitor'],
  [/\balgorithms?\b/i, 'algorithms'],
  [/\bdefendants?\b|\bin his personal capacity\b/i, 'defendants'],
  [/\bappeal/i, 'appeal'],
  [/\bjudgment|abatement\b/i, 'judgment'],
  [/\bverdict|\bjury\b|\bjurors\b|civil penalt/i, 'verdict'],
  [
    /\bfederal court|\bU\.S\. District Court|\bremov|\bremand|\b(?:return|send)(?:s|ed|ing)? (?:the (?:case|suit|lawsuit) |it )?(?:back )?to (?:state (?:district )?court|Santa Fe)\b/i,
    'venue',
  ],
  [/\bsettle/i, 'settlement'],
  [/\b(?:lawsuit|complaint|suit|sued|sues|case|action)\b/i, 'case'],
];

// A step only foreseen ("has 30 days to file a notice of appeal", "could be dismissed") has not happened. Case
// matters: "may" is a modal, "May 22" a date.
const foreseen =
  /\b(?:will|would|shall|could|may|might|should|can|would have to|days to|weeks to|expected to|scheduled to|set to|wants? to|hopes? to|seeks? to|seeking to|(?:ask|asked|asks|asking|urge|urged|urges) (?:[\w’']+ ){0,4}to|whether (?:[\w’']+ ){0,3}|once|unless|until|if)\s*(?:[\w’']+\s+){0,2}$/;

function found(text: string, patterns: readonly [RegExp, string, number][]): [string, number][] {
  const out: [string, number][] = [];
  for (const [re, status, stage] of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (status !== 'pending' && foreseen.test(before)) continue;
    // "was never dropped from the case" states no dismissal; "did not return its decision until April" does.
    if (
      /\b(?:never|not|n[’']t|no longer)\s+(?:been\s+|be\s+)?$/i.test(before) &&
      !/\buntil\b/i.test(text.slice(m.index))
    )
      continue;
    out.push([status, stage]);
  }
  return out;
}

/** "Dismissed with prejudice" and "without prejudice" are two outcomes, not one. */
function qualified(statuses: [string, number][], text: string): [string, number][] {
  const prejudice = /\b(with|without) prejudice\b/i.exec(text)?.[1]?.toLowerCase();
  if (!prejudice) return statuses;
  return statuses.map(([s, stage]) =>
    s === 'dismissed' ? [`dismissed ${prejudice} prejudice`, stage] : [s, stage],
  );
}

/** The legal event a sentence reports, if any: its matter and the latest status it states for it. */
export function legalEvent(text: string): LegalEvent | null {
  // Only a request is pending: "asked them to stay available" asks no court for anything.
  const named = matterPatterns.find(([re]) => re.test(text))?.[1];
  // A step told in a clause of "which" is an aside ("refused to suspend the rules, which took effect as scheduled"):
  // the sentence reports its main clauses' steps, when they state any.
  const main = text.replace(/,\s*which\b[^,;]*/gi, '');
  const stated = (t: string) =>
    qualified(found(t, verbStatuses), t).filter(
      ([s]) => s !== 'pending' || (named !== undefined && requests.has(named)),
    );
  const inMain = main === text ? [] : stated(main);
  const verbs = inMain.length > 0 ? inMain : stated(text);
  const all = verbs.length > 0 ? verbs : found(text, nounStatuses);
  const latest = all.reduce<[string, number] | null>((a, b) => (!a || b[1] > a[1] ? b : a), null);
  if (!latest) return null;
  const [status, stage] = latest;
  const matter = statusMatters[status] ?? named;
  if (!matter) return null;
  const statuses = all.map(([s]) => s);
  // A jury that "ordered Meta to pay" returned a verdict; the judge's order is the judgment.
  // ("A jury … found that Meta violated the Act and ordered the company to pay $375 million.")
  if (
    status === 'ordered' &&
    /\b(?:jury|jurors)\b/i.test(text) &&
    (/\b(?:jury|jurors)\b(?:\s+[\w’']+){0,6}\s+order/i.test(text) || statuses.includes('found liable')) &&
    !/\bjudge\b|\bjudgment\b/i.test(text)
  )
    return { matter: 'verdict', status: 'found liable', stage: 6, statuses: ['found liable'] };
  // Motions after the verdict, and the remedies decided with the judgment, come later on the case's line than
  // their statuses' places on it say.
  // The second phase (public nuisance, tried by the judge) comes after the verdict.
  if (
    matter === 'trial' &&
    /\b(?:second|nuisance|bench|remedy|remedies|abatement) (?:phase|trial|hearing)\b/i.test(text)
  )
    return { matter, status, stage: stage + 1, statuses };
  // An appeal announced on the day of the verdict comes before the judgment; one of the judgment, after it.
  if (
    (status === 'appeal announced' || status === 'no appeal') &&
    !/\b(?:judgment|abatement|\$567|\$942)\b/i.test(text)
  )
    return { matter, status, stage: 6.5, statuses };
  // The judge ordering a remedy the state asked for decided that remedy: "ordered Meta to overhaul its algorithms"
  // against "declined to order changes to the algorithms".
  if (status === 'ordered' && named !== undefined && remedies.has(named) && /\bordered\b/i.test(text)) {
    const decided = sideStages[named]?.[1] ?? stage;
    return { matter: named, status, stage: decided, statuses };
  }
  // Granting the motion to remand is the remand.
  if (status === 'granted' && matter === 'venue' && /\bremand/i.test(text))
    return { matter, status: 'remanded', stage: 3, statuses: [...new Set([...statuses, 'remanded'])] };
  const later = sideStages[matter];
  if (later && (status === 'pending' || stage === 5)) {
    const at = status === 'pending' ? later[0] : later[1];
    return { matter, status, stage: at, statuses };
  }
  // A request to send the case back is pending between the removal and the remand; its refusal is the remand's
  // other outcome, at the remand's place.
  if (status === 'pending' && matter === 'venue') return { matter, status, stage: 2.5, statuses };
  if (status === 'denied' && matter === 'venue') return { matter, status, stage: 3, statuses };
  // A settlement "before jurors could decide" ended the case before the verdict.
  if (
    status === 'settled' &&
    /\bbefore (?:it |the case |the suit )?(?:(?:reached|went to|got to|could reach|went before) )?(?:the |a )?(?:jury|jurors|verdict|trial|deliberations)\b|\bout of court before\b/i.test(
      text,
    )
  )
    return { matter, status, stage: 5.95, statuses };
  return { matter, status, stage, statuses };
}

/**
 * The latest of the verdict and the judgment a sentence speaks of as given, whatever its verbs report: "The final
 * judgment adds a $567 million fund to the $375 million the jury imposed" reports the verdict's figures, and
 * recalls the judgment. 0 where it speaks of neither, or only of one still to come ("awaiting a verdict").
 */
export function recappedStage(text: string): number {
  const given = ([named, coming]: readonly [RegExp, RegExp]): boolean =>
    named.test(text) && !coming.test(text);
  return given(recapped.judgment) ? 7 : given(recapped.verdict) ? 6 : 0;
}

const recapped = Object.fromEntries(
  ['judgment', 'verdict'].map((noun) => [
    noun,
    [
      new RegExp(
        `\\b(?:the|its|this|that|final|jury[’']s|million|billion)\\s+(?:[\\w$’'.-]+\\s+){0,2}?${noun}\\b`,
        'i',
      ),
      new RegExp(
        `\\b(?:await(?:s|ed|ing)?|toward|towards|ahead of|before|pending|reach(?:es|ed|ing)?|expect(?:s|ed|ing)?|seek(?:s|ing)?|sought|ask(?:s|ed|ing)? for|enter)\\s+(?:[\\w$’'.-]+\\s+){0,3}?${noun}\\b`,
        'i',
      ),
    ] as const,
  ]),
) as Record<'judgment' | 'verdict', readonly [RegExp, RegExp]>;

/** The case's nature as a sentence states it: civil or criminal (a "criminal complaint", "charged"). */
export function legalNature(text: string): 'civil' | 'criminal' | null {
  // "a civil case … rather than criminal charges", "not a criminal case": what it is not is not its nature.
  const stated = text.replace(
    /\b(?:rather than|instead of|not|no|never|than)\s+(?:an?\s+)?(?=criminal)/gi,
    ' NOT_',
  );
  if (
    /\bcriminal (?:complaint|case|charges?|lawsuit|suit|prosecution|trial|indictment)\b|\bcriminally\b|\bcharged (?:\w+ ){0,3}with (?:crimes?|\w+ing)\b|\b(?:was|were|been) charged\b|\bindicted\b|\bconvicted\b|\bcriminal conviction\b|\bfound (?:\w+ ){0,2}guilty\b|\bguilty (?:of|verdict)\b|\bpleaded (?:not )?guilty\b/i.test(
      stated,
    )
  )
    return 'criminal';
  if (/\bcivil (?:action|suit|lawsuit|case|complaint|court|claims?|penalt(?:y|ies)|trial)\b/i.test(stated))
    return 'civil';
  return null;
}
