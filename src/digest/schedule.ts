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
  // Step over calendar days and set the hour on each, so a day whose hour was skipped (02:00 on a spring
  // change) does not move the hour of the days around it.
  const sendTime = (day: DateTime) => day.set({ hour: schedule.hour, minute: 0, second: 0, millisecond: 0 });
  let day = local.startOf('day');
  if (schedule.frequency === 'weekly') {
    day = day.minus({ days: (day.weekday - schedule.weekday + 7) % 7 });
    if (sendTime(day) > local) day = day.minus({ weeks: 1 });
  } else if (sendTime(day) > local) {
    day = day.minus({ days: 1 });
  }
  return sendTime(day).toJSDate();
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
