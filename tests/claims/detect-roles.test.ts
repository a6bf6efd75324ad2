import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import { aliasTable, analyseClaims } from '../../src/claims/index.ts';
import { defaultCaseFile } from '../../src/config/index.ts';

const aliases = aliasTable(loadCaseFile(defaultCaseFile).entities);
const kinds = (text: string): string[] => analyseClaims(text, { aliases }).map((c) => c.kind);

describe('claims of the case named by role', () => {
  it('reads what the company, the court or the jury did as a statement', () => {
    expect(
      kinds('In a short filing, the company told the court it would keep its teen settings as they are.'),
    ).toEqual(['statement']);
    expect(
      kinds('The choice of remedy now lies with the judge, who will hear no further witnesses.'),
    ).toEqual(['statement']);
    expect(kinds('A memo from Chief Judge Ana Lopez moves the hearing to a larger room downstairs.')).toEqual(
      ['statement'],
    );
  });

  it('reads a sentence naming a federal jury or judge as a statement, to be checked against the state court', () => {
    expect(kinds('The decision came from a federal jury sitting in Albuquerque.')).toEqual(['statement']);
  });

  it('reads an allegation attributed to the complaint', () => {
    expect(
      kinds(
        'Grown men flooded the invented teen profiles with explicit messages, according to the complaint.',
      ),
    ).toEqual(['allegation']);
  });

  it('leaves colour that names no party, court or proceeding alone', () => {
    expect(
      kinds('Outside the building, a few reporters waited in the rain for most of the afternoon.'),
    ).toEqual([]);
    expect(
      kinds('Readers who followed the tobacco fights of the 1990s will find much of this familiar.'),
    ).toEqual([]);
  });
});
