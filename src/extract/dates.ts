/** Words pages put before a date: "Updated: …", "Published on …", "Posted …". */
const label = /^(?:last\s+)?(?:updated|published|posted|modified|date)(?:\s+on)?\s*:?\s*/i;
/** A weekday leading a date: "Tuesday, November 3, 2026", "Tue, 03 Nov 2026". */
const weekday = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

/** Rewrites the ways people write dates into forms the platform's parser reads. */
function tidy(value: string): string {
  return value
    .replace(label, '')
    .replace(weekday, '')
    .replace(/\b([ap])\.m\.?/gi, (_, p: string) => `${p.toUpperCase()}M`)
    .replace(/\b(sept)\./i, 'Sep')
    .replace(/\b([A-Z][a-z]{2})\./g, '$1')
    .replace(/,?\s+at\s+(?=\d)/i, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Noon UTC of a calendar day: a zone shift then cannot move a bare date to another day. */
const noon = (y: number, m: number, d: number) => Date.UTC(y, m, d, 12);

function toMillis(raw: string): number {
  // Epoch seconds or milliseconds, as some JSON-LD and APIs give them.
  if (/^\d{10}$/.test(raw)) return Number(raw) * 1000;
  if (/^\d{13}$/.test(raw)) return Number(raw);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (compact) return noon(+compact[1]!, +compact[2]! - 1, +compact[3]!);
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (bare) return noon(+bare[1]!, +bare[2]! - 1, +bare[3]!);
  const v = tidy(raw);
  const ms = Date.parse(v);
  if (Number.isNaN(ms) || /\d:\d/.test(v)) return ms;
  // A date without a time ("Nov. 3, 2026") is read in local time by the platform: keep its calendar day.
  const local = new Date(ms);
  return noon(local.getFullYear(), local.getMonth(), local.getDate());
}

/**
 * Parses a date as pages write it — ISO 8601, RFC 2822, "November 3, 2026 3:05 PM MST", "Nov. 3, 2026",
 * "Updated: …", epoch seconds — and returns ISO 8601 in UTC, or null. Dates before 1990 or after 2100 are
 * taken as none: they are placeholders and typos, not news.
 */
export function parseDate(value: string | undefined | null): string | null {
  const v = value?.trim();
  if (!v) return null;
  // A year written as 0000–0999: the platform reads "01 Jan 0000" as 2000, so it would pass the range check.
  if (/(?:^|[\s,/])0\d{3}(?=$|[\s,T/-])/.test(v)) return null;
  const ms = toMillis(v);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(ms).toISOString();
}
