// Dates a sentence states, as ISO days (or months), relative ones resolved against the article's date.

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const monthPattern = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
// Days of the month in words: "the fourth of May", "May twenty-first".
const ordinalWords = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const ordinalDays = new Map<string, number>(ordinalWords.map((w, i) => [w, i + 1]));
for (const [i, w] of ordinalWords.slice(0, 9).entries()) {
  ordinalDays.set(`twenty-${w}`, 21 + i);
  ordinalDays.set(`twenty ${w}`, 21 + i);
}
ordinalDays.set('thirtieth', 30);
ordinalDays.set('thirty-first', 31);
ordinalDays.set('thirty first', 31);
// An ordinal after a month is its day only where no noun follows: "May fourth," but not "the May second phase".
const ordinalEnds = String.raw`(?=\s*(?:[,.;:)!?"”]|$|\s(?:at|in|on|and|or|when|after|before|as|to|for|of|this|next|last|that|with|by|the|a)\b))`;
// Longest first, so "twenty-first" is not read as "twenty" and no day.
const ordinalPattern = [...ordinalDays.keys()].sort((a, b) => b.length - a.length).join('|');
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const pad = (n: number): string => String(n).padStart(2, '0');
const monthIndex = (name: string): number =>
  months.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** A date and where the text states it, so the event it is the date of can be read around it. */
export interface DateMention {
  date: string;
  index: number;
  end: number;
}

// A sentence that looks ahead ("begins Monday", "will rule Friday") means the coming weekday, not the last one.
const lookingAhead =
  /\b(?:will|shall|begins?|starts?|opens?|resumes?|is (?:set|scheduled|expected|due)|are (?:set|scheduled|expected|due)|next|upcoming)\b/i;

/**
 * The dates in `text` with their places: "December 5, 2023", "Dec. 5", "2023-12-05", "May 2024", "Tuesday",
 * "last month", "yesterday". A relative date is only resolved when `articleDate` (ISO) is known.
 */
export function dateMentions(text: string, articleDate?: string | null): DateMention[] {
  const out: DateMention[] = [];
  const at = (m: RegExpMatchArray, date: string): void => {
    const index = m.index ?? 0;
    out.push({ date, index, end: index + m[0].length });
  };
  const base = articleDate ? new Date(`${articleDate.slice(0, 10)}T12:00:00Z`) : null;
  const baseYear = base?.getUTCFullYear();
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) at(m, `${m[1]}-${m[2]}-${m[3]}`);
  const day = (
    m: RegExpMatchArray,
    monthName: string,
    dayText: string,
    yearText: string | undefined,
  ): void => {
    const mon = monthIndex(monthName) + 1;
    const dom = /^\d/.test(dayText)
      ? Number.parseInt(dayText, 10)
      : (ordinalDays.get(dayText.toLowerCase()) ?? 0);
    if (dom < 1 || dom > 31) return;
    // "Dec. 5" in a February article is last December's, unless the sentence looks ahead.
    const later = base && baseYear && Date.UTC(baseYear, mon - 1, dom) > base.getTime() + 7 * 864e5;
    const year = yearText
      ? Number(yearText)
      : baseYear && later && !lookingAhead.test(text)
        ? baseYear - 1
        : baseYear;
    at(m, year ? `${year}-${pad(mon)}-${pad(dom)}` : `--${pad(mon)}-${pad(dom)}`);
  };
  const mdy = new RegExp(
    String.raw`\b${monthPattern}\s+(?:the\s+)?(\d{1,2}(?!\d)(?:st|nd|rd|th)?|(?:${ordinalPattern})${ordinalEnds})\b(?:,?\s+(\d{4}))?`,
    'gi',
  );
  for (const m of text.matchAll(mdy)) day(m, m[1] ?? '', m[2] ?? '', m[3]);
  // "the fourth of May", "the 4th of May, 2026": the day told before its month.
  const dmy = new RegExp(
    String.raw`\bthe\s+(\d{1,2}(?:st|nd|rd|th)|${ordinalPattern})\s+of\s+${monthPattern}(?:,?\s+(\d{4}))?`,
    'gi',
  );
  for (const m of text.matchAll(dmy)) day(m, m[2] ?? '', m[1] ?? '', m[3]);
  const my = new RegExp(String.raw`\b${monthPattern},?\s+(\d{4})\b`, 'gi');
  for (const m of text.matchAll(my)) at(m, `${m[2]}-${pad(monthIndex(m[1] ?? '') + 1)}`);
  // A part of a month: "the first week of July", "early November", "mid-March", "the end of May"; and a month
  // alone after a preposition ("in April"). Each is a span of days, told as "from..to" (see datesAgree). The year
  // is the one stated, else the article's (the last one's for a month later than the article's).
  const yearOf = (mon: number, yearText: string | undefined): number | undefined => {
    if (yearText) return Number(yearText);
    if (!base || !baseYear) return undefined;
    const later = Date.UTC(baseYear, mon - 1, 1) > base.getTime() && !lookingAhead.test(text);
    return later ? baseYear - 1 : baseYear;
  };
  const span = (
    m: RegExpMatchArray,
    monthName: string,
    from: number,
    to: number,
    yearText?: string,
  ): void => {
    const mon = monthIndex(monthName) + 1;
    if (mon < 1) return;
    const year = yearOf(mon, yearText);
    const last = new Date(Date.UTC(year ?? 2001, mon, 0)).getUTCDate();
    const prefix = year ? `${year}-${pad(mon)}` : `--${pad(mon)}`;
    const [start, end] = [Math.min(from, last), Math.min(to, last)];
    at(m, start === end ? `${prefix}-${pad(start)}` : `${prefix}-${pad(start)}..${prefix}-${pad(end)}`);
  };
  // "the last day of February", "the first day of March": one day.
  const dayOf = new RegExp(
    String.raw`\b(?:the\s+)?(first|last|final)\s+day\s+of\s+${monthPattern}(?:,?\s+(\d{4}))?`,
    'gi',
  );
  for (const m of text.matchAll(dayOf)) {
    const day = (m[1] ?? '').toLowerCase() === 'first' ? 1 : 31;
    span(m, m[2] ?? '', day, day, m[3]);
  }
  const weekOf = new RegExp(
    String.raw`\b(?:the\s+)?(first|second|third|fourth|last|final)\s+week\s+of\s+${monthPattern}(?:,?\s+(\d{4}))?`,
    'gi',
  );
  const weeks: Record<string, [number, number]> = {
    first: [1, 7],
    second: [8, 14],
    third: [15, 21],
    fourth: [22, 28],
    last: [25, 31],
    final: [25, 31],
  };
  for (const m of text.matchAll(weekOf)) {
    const [from, to] = weeks[(m[1] ?? '').toLowerCase()] ?? [1, 31];
    span(m, m[2] ?? '', from, to, m[3]);
  }
  const partOf = new RegExp(
    String.raw`\b(?:(early|mid|late)[-\s]+|the\s+(beginning|start|middle|end)\s+of\s+)${monthPattern}(?:,?\s+(\d{4}))?(?!\s*\d)`,
    'gi',
  );
  const parts: Record<string, [number, number]> = {
    early: [1, 10],
    beginning: [1, 10],
    start: [1, 10],
    mid: [11, 20],
    middle: [11, 20],
    late: [21, 31],
    end: [21, 31],
  };
  for (const m of text.matchAll(partOf)) {
    const [from, to] = parts[(m[1] ?? m[2] ?? '').toLowerCase()] ?? [1, 31];
    span(m, m[3] ?? '', from, to, m[4]);
  }
  // A month alone, after a preposition and capitalised ("in April", "since March"; not "may"), is its whole month.
  const monthAlone =
    /\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y|[Tt]hrough|[Bb]efore|[Aa]fter|[Ll]ast|[Tt]his|[Nn]ext)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*,?\s*(?:\d|the\s+\d|(?:the\s+)?(?:first|second|third|fourth|fifth|\p{L}+(?:th|st|nd|rd))\b))/gu;
  for (const m of text.matchAll(monthAlone)) {
    const mon = monthIndex(m[1] ?? '') + 1;
    const year = yearOf(mon, undefined);
    const index = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
    out.push({
      date: year ? `${year}-${pad(mon)}` : `--${pad(mon)}`,
      index,
      end: index + (m[1] ?? '').length,
    });
  }
  if (base) {
    const ahead = lookingAhead.test(text);
    for (const [i, day] of weekdays.entries()) {
      for (const m of text.matchAll(new RegExp(String.raw`\b(?:on |last |this |next )?${day}\b`, 'gi'))) {
        const d = new Date(base);
        const forward = (i - base.getUTCDay() + 7) % 7;
        const back = -((base.getUTCDay() - i + 7) % 7);
        const offset = /^next /i.test(m[0]) ? forward || 7 : ahead && !/^last /i.test(m[0]) ? forward : back;
        d.setUTCDate(d.getUTCDate() + offset);
        at(m, iso(d));
      }
    }
    for (const m of text.matchAll(/\byesterday\b/gi)) at(m, iso(new Date(base.getTime() - 864e5)));
    for (const m of text.matchAll(/\btoday\b/gi)) at(m, iso(base));
    for (const m of text.matchAll(/\blast month\b/gi))
      at(m, iso(new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() - 1, 1))).slice(0, 7));
    for (const m of text.matchAll(/\blast year\b/gi)) at(m, String(base.getUTCFullYear() - 1));
  }
  // "the end of May 2024" is a span of that month, not the month too; "the fourth of May, 2026" is not May 2026.
  return out.filter(
    (m) =>
      !out.some((o) => o !== m && o.index <= m.index && o.end >= m.end && o.end - o.index > m.end - m.index),
  );
}

/** The dates in `text`, each once (see dateMentions). */
export function parseDates(text: string, articleDate?: string | null): string[] {
  return [...new Set(dateMentions(text, articleDate).map((m) => m.date))];
}

/** A stated date as a span of days of one year (or of any year: null): "2023-12", "--05-30", "2026-07-01..2026-07-07". */
function spanOf(date: string): { year: number | null; from: string; to: string } {
  const [first = date, second = date] = date.split('..');
  const read = (s: string, end: boolean): { year: number | null; day: string } => {
    const m = /^(?:(\d{4})|-)-?(\d{2})?(?:-(\d{2}))?$/.exec(s);
    const year = m?.[1] ? Number(m[1]) : null;
    const month = m?.[2] ?? (end ? '12' : '01');
    const day = m?.[3] ?? (end ? '31' : '01');
    return { year, day: `${month}-${day}` };
  };
  const a = read(first, false);
  const b = read(second, true);
  return { year: a.year, from: a.day, to: b.day };
}

/** Whether two stated dates can be the same day: their spans meet (a month holds its days, "the first week of
 * July" its seven; an unknown year matches any). */
export function datesAgree(a: string, b: string): boolean {
  const x = spanOf(a);
  const y = spanOf(b);
  if (x.year !== null && y.year !== null && x.year !== y.year) return false;
  return x.from <= y.to && y.from <= x.to;
}
