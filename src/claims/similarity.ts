import { stemmer } from 'stemmer';
import { thesaurusData } from './thesaurus-data.ts';

// How alike two statements are in wording: content words, folded to a short stem (Porter's, from the `stemmer`
// package, cut to five letters), with a few synonyms that rewording and machine translation swap ("leaders" for
// "executives", "minors" for "children") and the case's domain in other words (see `paraphrases`).

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

// The case's domain in other words: coverage that paraphrases says "take it to a higher court" for "appeal", "threw
// out" for "dismissed", "fake profiles" for "decoy accounts", "misled" for "deceived". Each word or phrase is
// read as its plain form before stemming; a phrase's words are then not counted on their own.
const paraphrases: readonly (readonly [RegExp, string])[] = [
  [/\b(?:an? |the )?(?:higher|appeals?|appellate) courts?\b/g, ' appeal '],
  [
    /\b(?:throw|throws|threw|thrown|throwing|toss|tosses|tossed|tossing)(?: [\p{L}'’]+){0,4}? out\b/gu,
    ' dismiss ',
  ],
  [/\b(?:tossed|scrapped|rejected)\b(?= (?:the |its |a )?(?:suit|lawsuit|case|claims?))/g, ' dismiss '],
  [/\b(?:grown|adult) (?:men|women)\b/g, ' adults '],
  [/\brecommendation (?:engines?|systems?|algorithms?)\b|\bfeeds?\b/g, ' algorithms '],
  [/\bposing as\b|\bdressed up as\b|\bpretending to be\b/g, ' undercover '],
  // The case's steps as news writes them: the removal, the remand, the case going on.
  [
    /\b(?:moved|moves|shifted|shifts|transferred|transfers|took|takes)(?: [\p{L}'’]+){0,4}? (?:to|into) (?:a )?federal court\b/gu,
    ' removed federal court ',
  ],
  [/\b(?:sent|sends|sending)(?: [\p{L}'’]+){0,4}? back\b/gu, ' remand '],
  [
    /\b(?:move|moves|moving|go|goes|going|went|press|presses|pressing) (?:forward|ahead)\b|\bclear(?:s|ed|ing)? the way\b/g,
    ' proceed ',
  ],
  [/\b(?:tech|technology|social media|social-media) (?:company|giant|firm|titan|behemoth)\b/g, ' company '],
  // A company leaving a state's market, and its warning of it, as news tells them.
  [
    /\b(?:stop|stops|stopped|cease|ceases|ceasing) (?:offering|providing|operating)\b|\blose access\b|\b(?:leave|leaves|leaving|exit|exits|exiting) the (?:state|market)\b/g,
    ' withdraw ',
  ],
  [
    /\braised the (?:possibility|prospect)\b|\bsuggest(?:ed|ion|s)? (?:that )?it (?:might|could|would)\b/g,
    ' warned ',
  ],
  // A dismissal without prejudice as news tells it: the state may name him again.
  [
    /\b(?:left|leaves|leaving|leave) (?:the door open|open the (?:door|possibility)|room)\b|\b(?:free|able|allowed) to (?:try to )?(?:bring|name|sue|add) (?:him|her|them)(?: back)?\b|\b(?:name|naming|bring|bringing|add|adding) (?:him|her|them) (?:again|back)\b/g,
    ' without prejudice ',
  ],
  [
    /\b(?:let|lets|letting) (?:[\p{L}’']+ ){1,4}out of the (?:case|lawsuit|suit)\b|\bout of the (?:case|lawsuit|suit)\b/gu,
    ' dismissed ',
  ],
];
const domainWords: Record<string, string> = {
  fake: 'undercover',
  dummy: 'undercover',
  impostor: 'undercover',
  profile: 'accounts',
  profiles: 'accounts',
  account: 'accounts',
  deceive: 'mislead',
  deceived: 'mislead',
  deceiving: 'mislead',
  deception: 'mislead',
  deceptive: 'mislead',
  misled: 'mislead',
  misleading: 'mislead',
  misrepresented: 'mislead',
  lied: 'mislead',
  panel: 'jury',
  juror: 'jury',
  overseer: 'monitor',
  watchdog: 'monitor',
  prey: 'predators',
  predator: 'predators',
  predatory: 'predators',
  apps: 'platforms',
  app: 'platforms',
  platform: 'platforms',
  damage: 'harm',
  harms: 'harm',
  statute: 'law',
  owes: 'pay',
  owe: 'pay',
  owing: 'pay',
  owed: 'pay',
  pays: 'pay',
  paying: 'pay',
  recorded: 'documented',
  concluded: 'found',
  find: 'found',
  finds: 'found',
  ruled: 'found',
  decided: 'found',
  rejected: 'denied',
  refused: 'denied',
  explicit: 'sexual',
  material: 'content',
  images: 'content',
  reworked: 'changes',
  rework: 'changes',
  // General news English for the case's matter, in the words coverage swaps when it rewrites a piece.
  youngsters: 'children',
  youths: 'children',
  youth: 'children',
  teens: 'children',
  teenagers: 'children',
  teenage: 'children',
  adolescents: 'children',
  child: 'children',
  pedophiles: 'predators',
  abusers: 'predators',
  groomers: 'predators',
  offenders: 'predators',
  broke: 'violated',
  breached: 'violated',
  flouted: 'violated',
  violating: 'violated',
  litigation: 'lawsuit',
  lawsuits: 'lawsuit',
  sanctions: 'penalties',
  firm: 'company',
  corporation: 'company',
  accuses: 'alleges',
  accused: 'alleges',
  accusing: 'alleges',
  accusation: 'alleges',
  accusations: 'alleges',
  alleged: 'alleges',
  alleging: 'alleges',
  allegation: 'alleges',
  allegations: 'alleges',
  contends: 'alleges',
  contended: 'alleges',
  danger: 'harm',
  dangers: 'harm',
  dangerous: 'harm',
  endanger: 'harm',
  endangered: 'harm',
  hurt: 'harm',
  risks: 'harm',
  risk: 'harm',
  shield: 'immunity',
  shields: 'immunity',
  shielded: 'immunity',
  immune: 'immunity',
  immunizes: 'immunity',
  testimony: 'evidence',
  testified: 'evidence',
  dropped: 'dismiss',
  drop: 'dismiss',
  threatened: 'warned',
  hinted: 'warned',
  signaled: 'warned',
  pull: 'withdraw',
  pulled: 'withdraw',
  pulling: 'withdraw',
  exit: 'withdraw',
  ruling: 'decision',
  rulings: 'decision',
};

/** The content stems of a text, numbers left out (quantities are compared as slots). */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  let lower = text.toLowerCase();
  for (const [re, plain] of paraphrases) lower = lower.replace(re, plain);
  for (const raw of lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}]+/u)) {
    if (raw.length < 3 || stop.has(raw)) continue;
    const word = synonyms[raw] ?? domainWords[raw] ?? raw;
    // Porter's stem, cut to five letters: a short word's endings go before the cut, so "ruling" meets "ruled" and
    // "filing" meets "filed"; long words still meet at five letters ("violations", "violated").
    out.add(stemmer(word).slice(0, 5));
  }
  return out;
}

// WordNet's concepts of each stem (src/claims/thesaurus-data.ts, built by scripts/build-thesaurus.ts): two stems
// that stand for one concept in their words' commonest senses ("kids" / "minors", "decided" / "decision") count
// as sharing a word, at `synonymWeight`, where the hand tables above do not already fold them to one stem.
const synonymWeight = 1;
let conceptTable: Map<string, readonly string[]> | null = null;
function conceptsOf(stem: string): readonly string[] | undefined {
  if (!conceptTable) {
    conceptTable = new Map();
    for (const line of thesaurusData.split('\n')) {
      const [s, ...concepts] = line.split(' ');
      if (s) conceptTable.set(s, concepts);
    }
  }
  return conceptTable.get(stem);
}

/** Whether two stems stand for one WordNet concept. */
export function synonymous(a: string, b: string): boolean {
  const ca = conceptsOf(a);
  const cb = conceptsOf(b);
  if (!ca || !cb) return false;
  for (const c of ca) if (cb.includes(c)) return true;
  return false;
}

// Each stem set's concepts, indexed once: a set of stems is read for many pairs (a candidate is compared with every
// claim of an article), and looking each synonym up pair by pair was a third of a worker's time.
const conceptIndexes = new WeakMap<Set<string>, Map<string, string[]>>();
function conceptIndex(stems: Set<string>): Map<string, string[]> {
  let index = conceptIndexes.get(stems);
  if (!index) {
    index = new Map();
    for (const stem of stems)
      for (const concept of conceptsOf(stem) ?? []) {
        const list = index.get(concept);
        if (list) list.push(stem);
        else index.set(concept, [stem]);
      }
    conceptIndexes.set(stems, index);
  }
  return index;
}

/**
 * How many stems two sets share: each stem of one counts once, for the same stem in the other or else for a
 * synonymous stem not yet counted (at `synonymWeight`).
 */
export function sharedStems(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  let index: Map<string, string[]> | null = null;
  let used: Set<string> | null = null;
  for (const s of a) {
    if (b.has(s)) {
      shared += 1;
      continue;
    }
    const concepts = conceptsOf(s);
    if (!concepts) continue;
    index ??= conceptIndex(b);
    used ??= new Set();
    search: for (const c of concepts)
      for (const t of index.get(c) ?? [])
        if (!a.has(t) && !used.has(t)) {
          used.add(t);
          shared += synonymWeight;
          break search;
        }
  }
  return shared;
}

/** How many stems two sets share written alike: what ties a figure to the thing it counts ("accounts" is no
 * "users", however near their meanings: the decoys' ages are not the decree's users'). */
export function sameStems(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared += 1;
  return shared;
}

/** Dice coefficient of two stem sets, 0…1. */
export function stemSimilarity(a: Set<string>, b: Set<string>): number {
  return diceOf(a.size === 0 || b.size === 0 ? 0 : sharedStems(a, b), a, b);
}

/** Dice coefficient of two stem sets that share `shared` stems (as `sharedStems` counts them). */
export function diceOf(shared: number, a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return (2 * shared) / (a.size + b.size);
}
