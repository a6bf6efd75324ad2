import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import { aliasTable, analyseClaims, claimVocabulary, classifyClaim } from '../../src/claims/index.ts';
import { legalEvent } from '../../src/claims/legal.ts';
import { defaultCaseFile } from '../../src/config/index.ts';

const definition = loadCaseFile(defaultCaseFile);
const aliases = aliasTable(definition.entities);
const vocabulary = claimVocabulary(definition);
const judged = (known: string, text: string) => {
  const claim = analyseClaims(text, { aliases })[0];
  if (!claim) throw new Error(`no claim in ${text}`);
  const candidates = analyseClaims(known, { aliases }).map((c) => ({
    kind: c.kind,
    text: c.text,
    source: 'k',
  }));
  return classifyClaim(claim, candidates, vocabulary);
};

describe('legal steps in other words', () => {
  it('reads a refusal to return the case to state court as the remand denied, against the remand', () => {
    expect(legalEvent('The federal judge refused to return the case to state court.')).toMatchObject({
      matter: 'venue',
      status: 'denied',
      stage: 3,
    });
    expect(
      judged(
        'A federal judge sent the lawsuit back to state district court in Santa Fe on Tuesday.',
        'The federal judge refused to return the lawsuit to state court, keeping it in Albuquerque.',
      ).relation,
    ).toBe('conflicting');
  });

  it('reads freezing or pausing the judgment as a stay', () => {
    expect(legalEvent('Meta asked the judge to pause the abatement order while it appeals.')).toMatchObject({
      matter: 'stay',
      status: 'pending',
    });
    expect(
      judged(
        'Meta asked Judge Bryan Biedscheid to pause the $567 million abatement order while it appeals.',
        'Biedscheid granted the request on Friday, freezing the abatement fund until the appeal is decided.',
      ).relation,
    ).toBe('updated');
  });

  it('reads an appeal not pursued against an appeal announced', () => {
    expect(legalEvent('Meta said it would not pursue an appeal.')?.status).toBe('no appeal');
    expect(
      judged(
        'Meta said it disagreed with the verdict and would appeal.',
        'Meta said it would accept the verdict and would not pursue an appeal.',
      ).relation,
    ).toBe('conflicting');
  });

  it('reads a settlement before the jury decided against the verdict it returned', () => {
    const result = judged(
      'A Santa Fe jury returned its verdict against Meta on Tuesday after seven weeks of testimony.',
      "Meta ended New Mexico's lawsuit by agreeing to a settlement before the jury could decide it.",
    );
    expect(result.relation).toBe('conflicting');
    expect(result.detail).toBe('settled ≠ found liable');
  });

  it('reads a party never dropped and still a named defendant as kept, against his dismissal', () => {
    expect(
      legalEvent('Zuckerberg was never dropped from the case and remained a named defendant.')?.status,
    ).toBe('kept as defendant');
    expect(
      judged(
        'The judge dismissed Mark Zuckerberg as a defendant in his personal capacity.',
        'Mark Zuckerberg was never dropped from the case and remained a named defendant through the trial.',
      ).relation,
    ).toBe('conflicting');
  });
});
