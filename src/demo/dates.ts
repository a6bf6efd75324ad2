import type { OutletConfig } from './content-schema.ts';

/** The ways templates print a date, all in the outlet's own time zone and language. */
export interface DisplayDates {
  /** "March 24, 2026" / "24 de marzo de 2026" */
  date: string;
  /** "Mar 24, 2026" */
  short: string;
  /** "4:12 PM MDT" */
  time: string;
  /** "March 24, 2026 at 4:12 PM MDT" */
  full: string;
}

/** Formats an instant for an outlet's pages. Returns the date in several lengths. */
export function displayDates(when: Date, outlet: OutletConfig): DisplayDates {
  const options = { timeZone: outlet.timezone } as const;
  const date = new Intl.DateTimeFormat(outlet.locale, { ...options, dateStyle: 'long' }).format(when);
  const short = new Intl.DateTimeFormat(outlet.locale, { ...options, dateStyle: 'medium' }).format(when);
  const time = new Intl.DateTimeFormat(outlet.locale, { ...options, timeStyle: 'short' }).format(when);
  const zone =
    new Intl.DateTimeFormat('en-US', { ...options, timeZoneName: 'short' })
      .formatToParts(when)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  return { date, short, time: `${time} ${zone}`.trim(), full: `${date}, ${time} ${zone}`.trim() };
}

/** An HTTP date (RFC 9110 IMF-fixdate), the form RSS pubDate and Last-Modified use. */
export function httpDate(when: Date): string {
  return when.toUTCString();
}
