// Legal events and the case's nature. A matter (the complaint, the motion to dismiss, the verdict, the appeal)
// moves through states; a later state of one matter is an update, a different state at one stage a conflict.

export interface LegalEvent {
  /** What the event is about: `case`, `motion to dismiss`, `verdict`, `judgment`, `appeal`, `settlement`. */
  matter: string;
  /** filed, removed, remanded, pending, denied, granted, dismissed, found liable, ordered, appealed, settled… */
  status: string;
  /** How far along its matter the status is: a larger stage is a later state. */
  stage: number;
}

const statusPatterns: [RegExp, string, number][] = [
  [/\b(?:filed|sued|sues|suing|brought|lodged|targets|targeted)\b/i, 'filed', 1],
  [/\bremov(?:ed|es|al)\b.*\bfederal\b/i, 'removed', 2],
  [/\bremand(?:ed|s)?\b/i, 'remanded', 3],
  [
    /\b(?:pending|seeks? to dismiss|asked (?:the|a) (?:judge|court) to dismiss|moved to dismiss)\b/i,
    'pending',
    4,
  ],
  [/\b(?:denied|denies|rejected|rejects|refused to dismiss|won against a motion)\b/i, 'denied', 5],
  [/\b(?:granted|grants)\b/i, 'granted', 5],
  [/\b(?:dismissed|dropped)\b/i, 'dismissed', 5],
  [
    /\b(?:found (?:that )?(?:\w+ )?(?:liable|violated)|held (?:\w+ )?liable|verdict|jury found|jurors found)\b/i,
    'found liable',
    6,
  ],
  [/\b(?:ordered|judgment|abatement)\b/i, 'ordered', 7],
  [
    /\b(?:will appeal|would appeal|plans? to appeal|intends to appeal|vowed to appeal)\b/i,
    'appeal announced',
    8,
  ],
  [
    /\b(?:appealed|appeals (?:the|a|its)|filed (?:an |its |a )?(?:notice of )?appeal|notice of appeal|appeals court|court of appeals)\b/i,
    'appealed',
    8.5,
  ],
  [/\b(?:settled|settlement)\b/i, 'settled', 9],
];

const matterPatterns: [RegExp, string][] = [
  [/\bmotion to dismiss\b|\bdismiss the (?:case|suit|lawsuit)\b/i, 'motion to dismiss'],
  [/\bappeal/i, 'appeal'],
  [/\bjudgment|abatement\b/i, 'judgment'],
  [/\bverdict|\bjury\b|\bjurors\b|civil penalt/i, 'verdict'],
  [/\bfederal court|\bremov|\bremand/i, 'venue'],
  [/\bsettle/i, 'settlement'],
  [/\b(?:lawsuit|complaint|suit|sued|sues|case|action)\b/i, 'case'],
];

/** The legal event a sentence reports, if any: its matter and the latest status it states for it. */
export function legalEvent(text: string): LegalEvent | null {
  const matter = matterPatterns.find(([re]) => re.test(text))?.[1];
  if (!matter) return null;
  let best: [string, number] | null = null;
  for (const [re, status, stage] of statusPatterns)
    if (re.test(text) && (!best || stage > best[1])) best = [status, stage];
  return best ? { matter, status: best[0], stage: best[1] } : null;
}

/** The case's nature as a sentence states it: civil or criminal (a "criminal complaint", "charged"). */
export function legalNature(text: string): 'civil' | 'criminal' | null {
  if (
    /\bcriminal (?:complaint|case|charges?|lawsuit|suit|prosecution|trial|indictment)\b|\bcriminally\b|\bcharged (?:\w+ ){0,3}with (?:crimes?|\w+ing)\b|\b(?:was|were|been) charged\b|\bindicted\b|\bconvicted\b|\bpleaded (?:not )?guilty\b/i.test(
      text,
    )
  )
    return 'criminal';
  if (/\bcivil (?:action|suit|lawsuit|case|complaint|court|claims?|penalt(?:y|ies)|trial)\b/i.test(text))
    return 'civil';
  return null;
}
