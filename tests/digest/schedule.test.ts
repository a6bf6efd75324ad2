import { describe, expect, it } from 'vitest';
import { duePeriod, lastScheduledAt, signToken, verifyToken } from '../../src/digest/index.ts';

const denverDaily = { frequency: 'daily' as const, hour: 8, weekday: 1, timezone: 'America/Denver' };

describe('digest schedule', () => {
  it('finds the last local send time at or before now', () => {
    // 2026-11-23 15:00 UTC is 08:00 in Denver (MST, UTC-7)
    expect(lastScheduledAt(denverDaily, new Date('2026-11-23T15:00:00Z')).toISOString()).toBe(
      '2026-11-23T15:00:00.000Z',
    );
    expect(lastScheduledAt(denverDaily, new Date('2026-11-23T14:59:59Z')).toISOString()).toBe(
      '2026-11-22T15:00:00.000Z',
    );
  });

  it('keeps the local hour across a DST change', () => {
    // DST starts 2026-03-08 in Denver: 08:00 MDT is 14:00 UTC
    expect(lastScheduledAt(denverDaily, new Date('2026-03-08T20:00:00Z')).toISOString()).toBe(
      '2026-03-08T14:00:00.000Z',
    );
    expect(lastScheduledAt(denverDaily, new Date('2026-03-07T20:00:00Z')).toISOString()).toBe(
      '2026-03-07T15:00:00.000Z',
    );
  });

  it('keeps the local hour when Denver falls back in November', () => {
    // DST ends 2026-11-01: 08:00 MDT on Oct 31 is 14:00 UTC, 08:00 MST on Nov 1 is 15:00 UTC.
    expect(lastScheduledAt(denverDaily, new Date('2026-11-01T14:30:00Z')).toISOString()).toBe(
      '2026-10-31T14:00:00.000Z',
    );
    expect(lastScheduledAt(denverDaily, new Date('2026-11-01T15:00:00Z')).toISOString()).toBe(
      '2026-11-01T15:00:00.000Z',
    );
    const since = new Date('2026-10-31T14:00:00Z');
    expect(duePeriod(denverDaily, since, new Date('2026-11-01T16:00:00Z'))?.end.toISOString()).toBe(
      '2026-11-01T15:00:00.000Z',
    );
  });

  it('sends at 03:00 on the day 02:00 does not exist, and at 02:00 on the days around it', () => {
    const twoAm = { ...denverDaily, hour: 2 };
    expect(lastScheduledAt(twoAm, new Date('2026-03-08T12:00:00Z')).toISOString()).toBe(
      '2026-03-08T09:00:00.000Z',
    );
    expect(lastScheduledAt(twoAm, new Date('2026-03-09T12:00:00Z')).toISOString()).toBe(
      '2026-03-09T08:00:00.000Z',
    );
    expect(lastScheduledAt(twoAm, new Date('2026-03-08T08:30:00Z')).toISOString()).toBe(
      '2026-03-07T09:00:00.000Z',
    );
  });

  it('sends weekly on the chosen weekday', () => {
    const weekly = { frequency: 'weekly' as const, hour: 9, weekday: 5, timezone: 'UTC' }; // Fridays
    expect(lastScheduledAt(weekly, new Date('2026-11-23T12:00:00Z')).toISOString()).toBe(
      '2026-11-20T09:00:00.000Z',
    );
  });

  it('is due only once a send time has passed since the last period', () => {
    const since = new Date('2026-11-22T15:00:00Z');
    expect(duePeriod(denverDaily, since, new Date('2026-11-23T10:00:00Z'))).toBeUndefined();
    expect(duePeriod(denverDaily, since, new Date('2026-11-23T16:00:00Z'))).toEqual({
      start: since,
      end: new Date('2026-11-23T15:00:00Z'),
    });
    expect(duePeriod(denverDaily, since, new Date('2026-11-23T10:00:00Z'), true)?.end.toISOString()).toBe(
      '2026-11-23T10:00:00.000Z',
    );
  });
});

describe('link tokens', () => {
  it('verify only with the same secret, purpose and version', () => {
    const token = signToken('s3cret-s3cret-s3cret', 'unsubscribe', 42, 3);
    expect(verifyToken('s3cret-s3cret-s3cret', 'unsubscribe', token)).toEqual({
      subscriberId: 42,
      version: 3,
    });
    expect(verifyToken('another-secret-value', 'unsubscribe', token)).toBeUndefined();
    expect(verifyToken('s3cret-s3cret-s3cret', 'confirm', token)).toBeUndefined();
    expect(verifyToken('s3cret-s3cret-s3cret', 'unsubscribe', token.replace('.3.', '.4.'))).toBeUndefined();
  });
});
