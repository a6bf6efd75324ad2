import { DateTime, IANAZone } from 'luxon';
import type { Frequency } from '../db/types.ts';

export interface DigestSchedule {
  frequency: Frequency;
  /** Local hour of day, 0–23. */
  hour: number;
  /** ISO weekday for weekly digests: 1 = Monday … 7 = Sunday. */
  weekday: number;
  timezone: string;
}

export function isValidTimezone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * The latest scheduled send time at or before `now`, in the subscriber's own zone. Luxon does the calendar
 * arithmetic, so a DST change moves the instant, never the local hour (a skipped hour sends at the next valid
 * local time).
 */
export function lastScheduledAt(schedule: DigestSchedule, now: Date): Date {
  const local = DateTime.fromJSDate(now, { zone: schedule.timezone });
  let at = local.set({ hour: schedule.hour, minute: 0, second: 0, millisecond: 0 });
  if (schedule.frequency === 'weekly') {
    at = at.plus({ days: (schedule.weekday - at.weekday + 7) % 7 });
    while (at > local) at = at.minus({ weeks: 1 });
  } else {
    while (at > local) at = at.minus({ days: 1 });
  }
  return at.toJSDate();
}

export interface DigestPeriod {
  start: Date;
  end: Date;
}

/**
 * The period a subscriber's next digest covers, if one is due: from the end of the last digest (or from the
 * subscription) to the latest scheduled time. Periods therefore tile time with no gap and no overlap, and a
 * process that was down for days sends one digest covering all of it. `force` ends the period now.
 */
export function duePeriod(
  schedule: DigestSchedule,
  since: Date,
  now: Date,
  force = false,
): DigestPeriod | undefined {
  const end = force ? now : lastScheduledAt(schedule, now);
  return end > since ? { start: since, end } : undefined;
}
