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

  it('reads an agreement to settle before the case reached a jury as a settlement before the verdict', () => {
    expect(
      legalEvent(
        'By agreeing to pay $375 million to settle the case before it reached a jury, Meta spared itself a trial.',
      ),
    ).toMatchObject({ matter: 'settlement', status: 'settled', stage: 5.95 });
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

  it('reads the motion request decided as its update, whatever judgment the request recalls', () => {
    expect(
      judged(
        'Two weeks after the final judgment, Meta asked Judge Bryan Biedscheid to order a new trial.',
        "Biedscheid turned down Meta's bid for a new trial last week, leaving the $375 million in penalties untouched.",
      ).relation,
    ).toBe('updated');
  });

  it('reads a finding given to the jury against the judge who made it alone', () => {
    const result = judged(
      "Judge Bryan Biedscheid, who heard the case's second phase without a jury, ruled that Meta's platforms are a public nuisance.",
      "A second panel of jurors concluded that Meta's platforms were a public nuisance.",
    );
    expect(result.relation).toBe('conflicting');
    expect(result.detail).toBe('verdict: jury ≠ judge');
  });

  it("reads a jury's decision as its verdict, and 'did not … until' as when it came", () => {
    expect(legalEvent('The jury did not return its decision until the first week of April.')).toMatchObject({
      matter: 'verdict',
      status: 'found liable',
    });
    const result = judged(
      'Jurors reached their verdict on March 24, ending a seven-week trial.',
      'The jury did not return its decision until the first week of April.',
    );
    expect(result.relation).toBe('conflicting');
  });

  it('reads claims thrown out against the motion to dismiss denied, and a ruling keeping the suit alive as the denial', () => {
    expect(legalEvent('The ruling threw out most of the state’s claims.')).toMatchObject({
      matter: 'motion to dismiss',
      status: 'dismissed',
    });
    expect(legalEvent('The decision keeping the suit alive came down on May 30.')).toMatchObject({
      matter: 'motion to dismiss',
      status: 'denied',
    });
    expect(
      judged(
        "Judge Bryan Biedscheid denied Meta's motion to dismiss the state's lawsuit on May 30.",
        "Biedscheid's ruling at the end of May threw out most of the state's claims against Meta.",
      ).relation,
    ).toBe('conflicting');
  });

  it('reads a bill pre-filed in the legislature as no suit filed, and another state suing as another suit', () => {
    expect(legalEvent('State Sen. Marisol Baca has pre-filed a bill on age verification.')).toBeNull();
    expect(legalEvent('Lawmakers filed a bill on age verification.')).toBeNull();
    expect(
      judged(
        'New Mexico went to state court, filing its complaint in Santa Fe on Dec. 5, 2023.',
        'Massachusetts also chose its own state court, suing Meta in Suffolk County in October 2023.',
      ).relation,
    ).not.toBe('conflicting');
  });

  it('reads two penalties for each violation as one rate, however worded', () => {
    const result = judged(
      'The jury counted 75,000 violations, each carrying a $5,000 penalty.',
      'The jury put a price of ten thousand dollars on every breach of the law it found.',
    );
    expect(result.relation).toBe('conflicting');
    expect(result.detail).toBe('ten thousand dollars ≠ $5,000');
  });

  it("reads the judgment's recap of the jury's penalty as the jury's, not the judge's", () => {
    expect(
      judged(
        'The jury found that Meta violated the Unfair Practices Act and imposed $375 million in civil penalties on March 24, 2026.',
        "When Judge Bryan Biedscheid issued his final judgment in New Mexico's lawsuit against Meta on Thursday, the headline number was large: a $567 million abatement fund on top of the $375 million a jury imposed in March, for a total of $942 million.",
      ).relation,
    ).not.toBe('conflicting');
  });
  it('reads a notice of appeal lodged as the appeal, and much of a complaint thrown out as its dismissal', () => {
    expect(legalEvent('The company lodged a notice of appeal on Friday.')).toMatchObject({
      matter: 'appeal',
      status: 'appealed',
    });
    expect(legalEvent('The judge agreed with Meta, throwing out much of the complaint.')).toMatchObject({
      matter: 'motion to dismiss',
      status: 'dismissed',
    });
  });

  it('reads a ruling not to seek review by a higher court as no appeal, against the appeal announced', () => {
    expect(legalEvent('Meta said it would not seek review by a higher court.')).toMatchObject({
      matter: 'appeal',
      status: 'no appeal',
    });
    expect(
      judged(
        'Meta said it would appeal the verdict to a higher court.',
        'Meta said it would accept the verdict and not seek review by an appeals court.',
      ).relation,
    ).toBe('conflicting');
  });

  it('reads a request decided in part, its reasons given in a ruling clause, as the update of the request', () => {
    expect(
      judged(
        'The state has asked Judge Biedscheid to order Meta to pay its legal fees.',
        'Biedscheid rejected that request, ruling that the state will pay its own legal fees.',
      ),
    ).toMatchObject({ relation: 'updated' });
  });

  it('reads a revised complaint as another filing than the complaint, and overseeing a trial as presiding', () => {
    expect(
      judged(
        'The State of New Mexico filed the complaint against Meta on December 5, 2023.',
        'The state filed a revised version of its complaint against Meta on Jan. 9, 2024.',
      ).relation,
    ).not.toBe('conflicting');
    expect(
      judged(
        'Judge Bryan Biedscheid presided over the jury trial in Santa Fe.',
        'Judge Margaret Strickland, who oversaw the jury trial in Santa Fe, ruled on the motions.',
      ),
    ).toMatchObject({ relation: 'conflicting', detail: 'judge Strickland ≠ Biedscheid' });
  });
  it('reads a case resolved out of court before a jury heard it against the case tried', () => {
    expect(legalEvent('Meta resolved the claims out of court before trial.')).toMatchObject({
      matter: 'settlement',
      status: 'settled',
    });
    expect(
      judged(
        'The case went to trial in February, and closing arguments ended in March.',
        'Meta resolved the state’s claims out of court before jurors could hear them.',
      ).relation,
    ).toBe('conflicting');
  });
  it('reads a step in an aside of "which" as no step of the sentence, and "is to" as a step to come', () => {
    expect(
      legalEvent('The judge refused to pause the abatement order, which took effect in September.'),
    ).toMatchObject({ matter: 'stay', status: 'denied' });
    expect(
      judged(
        'The fund’s administrator is to propose a spending plan to the court.',
        'The administrator filed a spending plan that puts most of the money into school clinics.',
      ),
    ).toMatchObject({ relation: 'updated', detail: expect.stringContaining('foreseen → done') });
  });
});
