// Quantities in a sentence: money, counts, ages, pages, percentages, durations, with their qualifier and the
// interval they stand for, so "under 14" and "14 and under" compare as [0,14) and [0,14].

export interface Quantity {
  text: string;
  value: number;
  unit: string;
  qualifier: string | null;
  /** Lower and upper bound; `lowOpen`/`highOpen` say whether the bound itself is excluded. */
  low: number | null;
  high: number | null;
  lowOpen: boolean;
  highOpen: boolean;
}

const words: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozens: 24,
  dozen: 12,
};
const scales: Record<string, number> = {
  thousand: 1e3,
  // "five grand": thousands of dollars in speech and headlines.
  grand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
};
const units: [RegExp, string][] = [
  [/^(%|percent|per cent)/i, 'percent'],
  [/^pages?\b/i, 'pages'],
  [/^(?:violations?|infractions?)\b/i, 'violations'],
  [/^(years?|yrs?)[- ]olds?\b/i, 'age'],
  [/^(years?|months?|weeks?|days?|hours?)\b/i, 'duration'],
  [/^(accounts?|children|minors|users|men|adults|people|states|counts?|defendants)\b/i, 'count'],
];
const numberWord = Object.keys(words).join('|');
const qualifierWords =
  'nearly|almost|about|around|roughly|approximately|close to|just shy of|more than|over|upwards of|north of|in excess of|at least|up to|as many as|as much as|as young as|as old as|under|below|south of|fewer than|less than|younger than|older than|above|exactly';
// A number in words runs on over its parts: "three hundred seventy-five", "seventy-five", "nine hundred and forty-two".
const quantityPattern = new RegExp(
  String.raw`(?<qual>\b(?:${qualifierWords})(?:\s+|-(?=\d)))?(?<cur>\$|USD\s?|US\$)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:${numberWord})(?:(?:[- ]|(?<=hundred) and )(?:${numberWord}))*\b)(?:\s*(?<scale>thousand|million|billion|trillion|mln|bn|grand|[kKmMbB])\b)?(?<dollars>\s*(?:dollars|USD))?(?<after>(?:[- ]|\s)?(?:(?:separate|individual|distinct|additional|more|other|new|fake|decoy)\s+)?(?:%|(?:percent|per cent|pages?|violations?|infractions?|times|years?[- ]olds?|years?|months?|weeks?|days?|hours?|accounts?|children|minors|users|men|adults|people|states|counts?|defendants)\b))?(?<tail>\s+(?:and|or)\s+(?:under|younger|below|over|older|up|above))?`,
  'gi',
);

// "a decade", "a full decade", "two decades", "decade-long": a duration no digit or number word states.
const decades = new RegExp(
  String.raw`\b(?<num>a|one|${numberWord})[- ](?:(?:full|whole|entire)\s+)?decades?\b|\bdecade-long\b`,
  'gi',
);

// "half a billion dollars", "a quarter of a billion", "a thousand dollars": a fraction of a scale, no digit written.
const fractionsOfScale = new RegExp(
  String.raw`(?<qual>\b(?:${qualifierWords})\s+)?\b(?<frac>half an?|a half|a quarter of an?|three quarters of an?|an?)\s+(?<scale>thousand|million|billion|trillion)\b(?<dollars>\s*dollars)?`,
  'gi',
);
const fractions: Record<string, number> = { half: 0.5, quarter: 0.25, three: 0.75 };

function wordValue(text: string): number {
  return text
    .toLowerCase()
    .split(/[- ]/)
    .reduce((sum, w) => (w === 'hundred' ? Math.max(sum, 1) * 100 : sum + (words[w] ?? 0)), 0);
}

function interval(
  value: number,
  qualifier: string | null,
  tail: string | null,
): Omit<Quantity, 'text' | 'value' | 'unit' | 'qualifier'> {
  const q = (qualifier ?? '').toLowerCase();
  const t = (tail ?? '').toLowerCase();
  if (/under|younger|below/.test(t)) return { low: 0, high: value, lowOpen: false, highOpen: false };
  if (/over|older|up|above/.test(t)) return { low: value, high: null, lowOpen: false, highOpen: false };
  if (/^(under|below|south of|fewer than|less than|younger than)$/.test(q))
    return { low: 0, high: value, lowOpen: false, highOpen: true };
  if (/^(more than|over|above|upwards of|north of|in excess of|older than)$/.test(q))
    return { low: value, high: null, lowOpen: true, highOpen: false };
  if (q === 'at least') return { low: value, high: null, lowOpen: false, highOpen: false };
  if (/^(up to|as many as|as much as)$/.test(q))
    return { low: 0, high: value, lowOpen: false, highOpen: false };
  if (q === 'as young as') return { low: value, high: null, lowOpen: false, highOpen: false };
  if (q === 'as old as') return { low: 0, high: value, lowOpen: false, highOpen: false };
  return { low: value, high: value, lowOpen: false, highOpen: false };
}

/** A case number, New Mexico's (D-101-CV-2023-02838) or a federal court's (1:23-cv-01115): no figure of it is a quantity. */
export const docketPattern = /\b[A-Z]-\d{3}-[A-Z]{2}-\d{4}-\d{4,6}\b|\b\d:\d{2}-cv-\d{4,6}\b/gi;

/** A quantity and where the text states it, so the words around it can tell what it measures. */
export interface QuantityMention {
  quantity: Quantity;
  index: number;
  end: number;
}

/** The quantities a sentence states, in order, with their places. Years written as dates are left to dates. */
export function quantityMentions(text: string): QuantityMention[] {
  const out: QuantityMention[] = [];
  const dockets = [...text.matchAll(docketPattern)].map((d) => [d.index, d.index + d[0].length] as const);
  for (const m of text.matchAll(quantityPattern)) {
    if (dockets.some(([from, to]) => m.index >= from && m.index < to)) continue;
    const g = m.groups ?? {};
    const raw = g.num ?? '';
    let value = /^\d/.test(raw) ? Number(raw.replace(/,/g, '')) : wordValue(raw);
    const scale = g.scale ? scales[g.scale.toLowerCase()] : undefined;
    const money = Boolean(g.cur ?? g.dollars) || g.scale?.toLowerCase() === 'grand';
    if (g.scale && !scale) continue;
    if (g.scale && g.scale.length === 1 && !money) continue;
    if (scale) value *= scale;
    const after = (g.after ?? '')
      .replace(/^[\s-]+/, '')
      .replace(/^(?:separate|individual|distinct|additional|more|other|new|fake|decoy)\s+/i, '');
    let unit = money ? 'USD' : (units.find(([re]) => re.test(after))?.[1] ?? '');
    // "violated the Act 75,000 times" counts violations; other "times" are bare figures.
    if (/^times$/i.test(after))
      unit = /\bviolat\w*\b(?:(?![,;]).){0,60}$/i.test(text.slice(0, m.index)) ? 'violations' : '';
    const qualifier = g.qual ? g.qual.replace(/-$/, '').trim().toLowerCase() : null;
    // "under-18 accounts": a bound written onto its figure is an age, whatever the noun after it.
    if (g.qual?.endsWith('-') && /^(?:under|over)$/.test(qualifier ?? '')) unit = 'age';
    if (!unit) {
      if (
        /^(under|younger than|older than|as young as|as old as)$/.test(qualifier ?? '') ||
        g.tail ||
        /\b(?:aged?|ages)\s*$/i.test(text.slice(0, m.index))
      )
        unit = 'age';
      else if (/^\d{4}$/.test(raw) && value >= 1900 && value < 2100) continue;
      else if (!/^\d/.test(raw) && !g.scale) continue;
      // A bare figure ("Section 230", "December 5", "March 24") says nothing of what it counts.
      else unit = 'number';
    }
    if (
      /^(years?|months?|weeks?|days?|hours?)/i.test(after) &&
      /\b(?:as young as|under|aged?)\s*$/i.test(text.slice(0, m.index + (g.qual?.length ?? 0)))
    )
      unit = 'age';
    // Durations compare in days, so "more than two years" and "less than two weeks" are not read as one figure.
    if (unit === 'duration') value *= durationDays(after);
    const quantity = {
      text: m[0].trim(),
      value,
      unit,
      qualifier,
      ...interval(value, qualifier, g.tail ?? null),
    };
    out.push({ quantity, index: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(decades)) {
    const raw = m.groups?.num?.toLowerCase() ?? 'a';
    const count = raw === 'a' ? 1 : wordValue(raw);
    const value = count * 10 * 365;
    const quantity = { text: m[0], value, unit: 'duration', qualifier: null, ...interval(value, null, null) };
    out.push({ quantity, index: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(fractionsOfScale)) {
    const g = m.groups ?? {};
    // A scale with no money beside it ("half a million users") counts what follows; only money is read here.
    if (!g.dollars && !/^\s*(?:in|of) (?:fines|penalties|damages)\b/i.test(text.slice(m.index + m[0].length)))
      continue;
    const first = (g.frac ?? '')
      .toLowerCase()
      .split(' ')
      .find((w) => w in fractions);
    const value = (first ? (fractions[first] ?? 1) : 1) * (scales[(g.scale ?? '').toLowerCase()] ?? 1);
    const qualifier = g.qual ? g.qual.trim().toLowerCase() : null;
    const quantity = {
      text: m[0].trim(),
      value,
      unit: 'USD',
      qualifier,
      ...interval(value, qualifier, null),
    };
    out.push({ quantity, index: m.index, end: m.index + m[0].length });
  }
  out.sort((a, b) => a.index - b.index);
  // A figure whose unit is held over to the next ("16- and 17-year-olds", "five- to ten-year terms") has that unit.
  for (const [i, m] of out.entries()) {
    const next = out[i + 1];
    if (m.quantity.unit !== 'number' || !next || next.quantity.unit === 'number') continue;
    const joint = /^-\s*(?:and|or|to)\s+/.exec(text.slice(m.end));
    if (!joint || m.end + joint[0].length !== next.index) continue;
    const perUnit =
      next.quantity.unit === 'duration' ? next.quantity.value / rawFigure(next.quantity.text) : 1;
    if (!Number.isFinite(perUnit)) continue;
    const value = m.quantity.value * perUnit;
    m.quantity = {
      ...m.quantity,
      value,
      unit: next.quantity.unit,
      ...interval(value, m.quantity.qualifier, null),
    };
  }
  return out;
}

/** The figure a quantity's text starts with, digits or words ("17-year" → 17, "ten-year" → 10). */
function rawFigure(text: string): number {
  const digits = /^\d[\d,]*(?:\.\d+)?/.exec(text);
  if (digits) return Number(digits[0].replace(/,/g, ''));
  return wordValue(text.split(/[- ](?:years?|months?|weeks?|days?|hours?)\b/i)[0] ?? '');
}

/** The quantities a sentence states, in order. */
export function parseQuantities(text: string): Quantity[] {
  return quantityMentions(text).map((m) => m.quantity);
}

function durationDays(unitWord: string): number {
  const w = unitWord.toLowerCase();
  if (w.startsWith('hour')) return 1 / 24;
  if (w.startsWith('week')) return 7;
  if (w.startsWith('month')) return 30;
  if (w.startsWith('year')) return 365;
  return 1;
}

/** Whether a quantity's qualifier makes it an estimate ("about", "nearly"), not an exact figure. */
export function isApproximate(q: Quantity): boolean {
  return /^(nearly|almost|about|around|roughly|approximately|close to|just shy of)$/.test(q.qualifier ?? '');
}

/** A quantity's bounds, closed; ages are whole years, so "under 14" is 0–13, as "13 and younger" is. */
function closedBounds(q: Quantity): [number, number] {
  let low = q.low ?? -Infinity;
  let high = q.high ?? Infinity;
  if (q.unit === 'age') {
    if (q.lowOpen) low = Math.floor(low) + 1;
    if (q.highOpen) high = Math.ceil(high) - 1;
  }
  return [low, high];
}

/**
 * Whether two figures of one thing can both be right: an estimate spans ±10 % (±20 % for durations, which
 * coverage rounds to weeks and months), and a bound holds any figure inside it ("up to $5,000" and "$5,000";
 * "more than four weeks" and "seven weeks"). Two different bounds ("under 14", "14 and under") cannot.
 */
export function quantitiesCompatible(a: Quantity, b: Quantity): boolean {
  const isPoint = (q: Quantity): boolean => q.low !== null && q.low === q.high;
  const [al, ah] = closedBounds(a);
  const [bl, bh] = closedBounds(b);
  if (isApproximate(a) || isApproximate(b)) {
    const spread = (q: Quantity): number =>
      isApproximate(q) ? (q.unit === 'duration' ? 0.2 : 0.1) * q.value : 0;
    return al - spread(a) <= bh + spread(b) && bl - spread(b) <= ah + spread(a);
  }
  if (isPoint(a) !== isPoint(b)) {
    const [point, [low, high]] = isPoint(a) ? [a.value, [bl, bh]] : [b.value, [al, ah]];
    return point >= low && point <= high;
  }
  return false;
}

/** How two quantities of one unit differ, or null when they say the same. */
export function quantityDifference(a: Quantity, b: Quantity): string | null {
  if (a.low === b.low && a.high === b.high && a.lowOpen === b.lowOpen && a.highOpen === b.highOpen)
    return null;
  if (a.unit === 'age' && b.unit === 'age' && closedBounds(a).join() === closedBounds(b).join()) return null;
  if (a.value === b.value) return `${a.text} ≠ ${b.text}: interval differs at ${a.value}`;
  return `${a.text} ≠ ${b.text}`;
}
