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
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const pad = (n: number): string => String(n).padStart(2, '0');
const monthIndex = (name: string): number =>
  months.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
const iso = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * The dates in `text`: "December 5, 2023", "Dec. 5", "2023-12-05", "May 2024", "Tuesday", "last month",
 * "yesterday". A relative date is only resolved when `articleDate` (ISO) is known.
 */
export function parseDates(text: string, articleDate?: string | null): string[] {
  const out: string[] = [];
  const base = articleDate ? new Date(`${articleDate.slice(0, 10)}T12:00:00Z`) : null;
  const baseYear = base?.getUTCFullYear();
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) out.push(`${m[1]}-${m[2]}-${m[3]}`);
  const mdy = new RegExp(
    String.raw`\b${monthPattern}\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`,
    'gi',
  );
  for (const m of text.matchAll(mdy)) {
    const year = m[3] ? Number(m[3]) : baseYear;
    const mon = monthIndex(m[1] ?? '') + 1;
    out.push(year ? `${year}-${pad(mon)}-${pad(Number(m[2]))}` : `--${pad(mon)}-${pad(Number(m[2]))}`);
  }
  const my = new RegExp(String.raw`\b${monthPattern}\s+(\d{4})\b`, 'gi');
  for (const m of text.matchAll(my)) out.push(`${m[2]}-${pad(monthIndex(m[1] ?? '') + 1)}`);
  if (base) {
    const lower = text.toLowerCase();
    for (const [i, day] of weekdays.entries()) {
      if (!new RegExp(String.raw`\b(?:on |last |this )?${day}\b`).test(lower)) continue;
      const d = new Date(base);
      const back = (base.getUTCDay() - i + 7) % 7;
      d.setUTCDate(d.getUTCDate() - back);
      out.push(iso(d));
    }
    if (/\byesterday\b/.test(lower)) out.push(iso(new Date(base.getTime() - 864e5)));
    if (/\btoday\b/.test(lower)) out.push(iso(base));
    if (/\blast month\b/.test(lower)) {
      const d = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() - 1, 1));
      out.push(iso(d).slice(0, 7));
    }
    if (/\blast year\b/.test(lower)) out.push(String(base.getUTCFullYear() - 1));
  }
  return [...new Set(out)];
}

/** Whether two stated dates can be the same day (a month contains its days; an unknown year matches any). */
export function datesAgree(a: string, b: string): boolean {
  const strip = (s: string): string => s.replace(/^--/, '');
  if (a.startsWith('--') || b.startsWith('--')) return strip(a).slice(-5) === strip(b).slice(-5);
  return a.startsWith(b) || b.startsWith(a);
}
