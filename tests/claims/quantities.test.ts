import { describe, expect, it } from 'vitest';
import { datesAgree, parseDates, parseQuantities } from '../../src/claims/index.ts';

const one = (t: string) => parseQuantities(t)[0];

describe('parseQuantities', () => {
  it('reads money in its spellings as one value in USD', () => {
    for (const t of ['$375 million', '$375M', '375 million dollars', '$375,000,000'])
      expect(one(`a penalty of ${t}`)).toMatchObject({ value: 375_000_000, unit: 'USD' });
  });

  it('reads "grand" as thousands of dollars, but not a grand jury or a grand total', () => {
    expect(one('priced each violation at five grand')).toMatchObject({ value: 5_000, unit: 'USD' });
    expect(one('a $10 grand fine')).toMatchObject({ value: 10_000, unit: 'USD' });
    expect(parseQuantities('a grand jury returned 3 counts')).toEqual([
      expect.objectContaining({ value: 3, unit: 'count' }),
    ]);
    expect(parseQuantities('a grand total of $942 million').map((q) => q.value)).toEqual([942_000_000]);
  });

  it('reads a fraction of a scale written in words as money only where money is said', () => {
    expect(one('Meta must pay more than half a billion dollars')).toMatchObject({
      value: 500_000_000,
      unit: 'USD',
      qualifier: 'more than',
      low: 500_000_000,
      lowOpen: true,
    });
    expect(one('nearly a billion dollars in all')).toMatchObject({
      value: 1e9,
      unit: 'USD',
      qualifier: 'nearly',
    });
    expect(one('a quarter of a billion in penalties')).toMatchObject({ value: 250_000_000, unit: 'USD' });
    expect(parseQuantities('half a million users saw it')).toEqual([]);
  });

  it('reads "hundred and", "a thousand dollars", "a full decade" and held-over units as figures of their own', () => {
    expect(one('a combined nine hundred and forty-two million dollars')).toMatchObject({
      value: 942_000_000,
      unit: 'USD',
    });
    // "and" joins a number's parts only after "hundred": these are not 33 (a number word alone is no figure).
    expect(parseQuantities('sixteen and seventeen violations').map((q) => q.value)).toEqual([17]);
    expect(one('at a thousand dollars a violation')).toMatchObject({ value: 1000, unit: 'USD' });
    expect(one('in force for a full decade')).toMatchObject({ value: 3650, unit: 'duration' });
    expect(parseQuantities('posing as 16- and 17-year-olds')).toEqual([
      expect.objectContaining({ value: 16, unit: 'age' }),
      expect.objectContaining({ value: 17, unit: 'age' }),
    ]);
  });

  it('reads no figure inside a case number', () => {
    expect(parseQuantities('No. D-101-CV-2024-02131, filed in 2024, and 1:23-cv-01115')).toEqual([]);
  });

  it('reads number words, counts, pages, percentages and durations', () => {
    expect(one('fourteen violations')).toMatchObject({ value: 14, unit: 'violations' });
    expect(one('seventy-five thousand violations')).toMatchObject({ value: 75_000, unit: 'violations' });
    expect(one('it spans 228 pages')).toMatchObject({ value: 228, unit: 'pages' });
    expect(one('60% of cases')).toMatchObject({ value: 60, unit: 'percent' });
    expect(one('for five years')).toMatchObject({ value: 5 * 365, unit: 'duration' }); // in days
  });

  it('keeps qualifiers and reads ages as intervals', () => {
    expect(one('nearly $1 billion')).toMatchObject({ qualifier: 'nearly', value: 1e9 });
    expect(one('minors under 14')).toMatchObject({ unit: 'age', low: 0, high: 14, highOpen: true });
    expect(one('children 14 and under')).toMatchObject({ unit: 'age', low: 0, high: 14, highOpen: false });
    expect(one('children as young as 13')).toMatchObject({ unit: 'age', low: 13, high: null });
    expect(one('a 13-year-old daughter')).toMatchObject({ unit: 'age', value: 13 });
  });

  it('leaves years to dates', () => {
    expect(parseQuantities('in 2023 the state sued')).toEqual([]);
  });
});

describe('parseDates', () => {
  it('reads a day of the month in words or told before its month', () => {
    expect(parseDates('The bench phase starts the fourth of May, 2026.')).toEqual(['2026-05-04']);
    expect(parseDates('It ends on the 22nd of May, 2026.')).toEqual(['2026-05-22']);
    expect(parseDates('Closings were set for May twenty-first, 2026.')).toEqual(['2026-05-21']);
    expect(parseDates('Closings were heard on May fourth.')).toEqual(['--05-04']);
    // An ordinal a noun follows is no day: "the May second-phase hearing".
    expect(parseDates('Before the May second phase hearing, Meta filed a brief.')).toEqual([]);
    expect(parseDates('He ruled in March, first denying the motion.')).toEqual([]);
  });

  it('reads parts of a month as spans of days, and a month alone after a preposition', () => {
    expect(parseDates('He signed the judgment in the first week of July.')).toEqual(['--07-01..--07-07']);
    expect(parseDates('The ruling came at the end of May 2024.')).toEqual(['2024-05-21..2024-05-31']);
    expect(parseDates('The report is due in early November.', '2026-09-01')).toEqual([
      '2026-11-01..2026-11-10',
    ]);
    expect(parseDates('a mid-March verdict')).toEqual(['--03-11..--03-20']);
    // The first or last day of a month is one day, the month's own last.
    expect(parseDates('The verdict arrived on the last day of February 2024.')).toEqual(['2024-02-29']);
    expect(parseDates('It was filed the first day of March.')).toEqual(['--03-01']);
    expect(parseDates('the penalties a jury imposed in March')).toEqual(['--03']);
    // "may" the modal is no month, nor is a month a day follows.
    expect(parseDates('Meta may appeal in May 30 filings.')).toEqual(['--05-30']);
  });

  it('agrees dates whose spans meet', () => {
    expect(datesAgree('--07-01..--07-07', '2026-08-06')).toBe(false);
    expect(datesAgree('2024-05-21..2024-05-31', '2024-05-30')).toBe(true);
    expect(datesAgree('2026-05-21..2026-05-31', '2024-05-30')).toBe(false);
    expect(datesAgree('--03', '2026-03-24')).toBe(true);
    expect(datesAgree('2023-12', '2023-12-05')).toBe(true);
    expect(datesAgree('2023-12-05', '2023-12-06')).toBe(false);
  });

  it('reads written and ISO dates', () => {
    expect(parseDates('filed on December 5, 2023 and on 2024-02-05')).toEqual(['2024-02-05', '2023-12-05']);
    expect(parseDates('in May 2024')).toEqual(['2024-05']);
  });

  it('resolves relative dates against the article date', () => {
    expect(parseDates('On Tuesday the judge ruled', '2024-06-01')).toEqual(['2024-05-28']);
    expect(parseDates('last month the state filed', '2024-06-01')).toEqual(['2024-05']);
    expect(parseDates('On Tuesday the judge ruled')).toEqual([]);
  });
});
