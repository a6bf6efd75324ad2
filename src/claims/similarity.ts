// How alike two statements are in wording: content words, folded to a short stem, with a few synonyms that
// rewording and machine translation swap ("leaders" for "executives", "minors" for "children").

const stop = new Set(
  'a an the and or but of to in on at for by with from as is are was were be been being that this these those it its their they them he she his her we our i not no than then so such into over under about which who whom whose what when where while has have had do does did will would can could may might must shall should also very more most other every any all each said says added according'.split(
    ' ',
  ),
);
const synonyms: Record<string, string> = {
  leaders: 'executives',
  leadership: 'executives',
  minors: 'children',
  kids: 'children',
  underage: 'children',
  privileged: 'prime',
  places: 'locations',
  spaces: 'locations',
  exchange: 'trade',
  oversight: 'police',
  specializing: 'specialized',
  tool: 'tools',
  stop: 'end',
  sue: 'lawsuit',
  sued: 'lawsuit',
  suit: 'lawsuit',
  suing: 'lawsuit',
  action: 'lawsuit',
  complaint: 'lawsuit',
  case: 'lawsuit',
  enough: 'sufficient',
  cause: 'pose',
  jurors: 'jury',
  held: 'found',
  harmed: 'harm',
  harming: 'harm',
  decoy: 'undercover',
  operations: 'operation',
  investigation: 'operation',
  sting: 'operation',
  // Translated coverage's words for the verdict's figures ("75 mil infracciones", "une amende").
  infraction: 'violations',
  infractions: 'violations',
  fine: 'penalties',
  fined: 'penalties',
  fines: 'penalties',
};

/** The content stems of a text, numbers left out (quantities are compared as slots). */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}]+/u)) {
    if (raw.length < 3 || stop.has(raw)) continue;
    const word = synonyms[raw] ?? raw;
    out.add(word.slice(0, 5));
  }
  return out;
}

/** How many stems two sets share. */
export function sharedStems(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared += 1;
  return shared;
}

/** Dice coefficient of two stem sets, 0…1. */
export function stemSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}
