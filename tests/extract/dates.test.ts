import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/extract/dates.ts';

// Dates as pages write them, in metadata and in bylines, to ISO 8601 in UTC. Times without a zone are read in
// the machine's zone, so none is used here.

describe('parseDate', () => {
  it.each([
    ['2026-11-03T15:05:00-07:00', '2026-11-03T22:05:00.000Z'],
    ['2026-11-03T22:05:00Z', '2026-11-03T22:05:00.000Z'],
    ['2026-11-03T22:05:00.000+00:00', '2026-11-03T22:05:00.000Z'],
    ['2026-11-03', '2026-11-03T12:00:00.000Z'],
    ['20261103', '2026-11-03T12:00:00.000Z'],
    ['2026/11/03', '2026-11-03T12:00:00.000Z'],
    ['Tue, 03 Nov 2026 22:05:00 GMT', '2026-11-03T22:05:00.000Z'],
    ['Tue, 03 Nov 2026 15:05:00 -0700', '2026-11-03T22:05:00.000Z'],
    ['November 3, 2026 3:05 PM MST', '2026-11-03T22:05:00.000Z'],
    ['Nov. 3, 2026', '2026-11-03T12:00:00.000Z'],
    ['3 November 2026', '2026-11-03T12:00:00.000Z'],
    ['Sept. 5, 2024', '2024-09-05T12:00:00.000Z'],
    ['Updated: Nov 3, 2026 3:05 p.m. MST', '2026-11-03T22:05:00.000Z'],
    ['Tuesday, November 3, 2026 at 3:05 p.m. MST', '2026-11-03T22:05:00.000Z'],
    ['Dec 6, 2023, 10:00 AM EST', '2023-12-06T15:00:00.000Z'],
    ['1762207500', '2025-11-03T22:05:00.000Z'],
    ['1762207500000', '2025-11-03T22:05:00.000Z'],
  ])('reads %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'yesterday',
    'soon',
    '0000-00-00',
    '1970-01-01T00:00:00Z',
    '9999-12-31',
    'NaN',
    undefined,
    null,
  ])('takes %s as no date', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});
