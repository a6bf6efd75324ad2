import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import {
  aliasTable,
  analyseClaims,
  claimVocabulary,
  classifyClaim,
  parseQuantities,
} from '../../src/claims/index.ts';
import { contentStems, stemSimilarity, synonymous } from '../../src/claims/similarity.ts';
import { foreseenStepDone, foreseenSteps, reportsDone } from '../../src/claims/prospect.ts';
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
const stem = (word: string): string => {
  const [s] = contentStems(word);
  if (!s) throw new Error(`no stem of ${word}`);
  return s;
};

describe('words of one meaning (WordNet)', () => {
  it('joins words the hand tables do not: breach and violation, lawmakers and legislators', () => {
    expect(synonymous(stem('breach'), stem('violation'))).toBe(true);
    expect(synonymous(stem('lawmakers'), stem('legislators'))).toBe(true);
    expect(synonymous(stem('punishment'), stem('penalty'))).toBe(true);
  });

  it('does not join words of different meanings', () => {
    expect(synonymous(stem('reporters'), stem('legislators'))).toBe(false);
    expect(synonymous(stem('payment'), stem('breach'))).toBe(false);
  });

  it('counts a synonym as a shared word, once', () => {
    const a = contentStems('lawmakers debated the punishment');
    expect(stemSimilarity(a, contentStems('legislators debated the penalty'))).toBe(1);
    // Two words of the one side may not both take the other's one synonym.
    expect(stemSimilarity(contentStems('punishment penalty'), contentStems('penalty'))).toBeCloseTo(2 / 3);
  });
});

describe('steps foreseen, then reported done', () => {
  it('reads the step each clause foresees', () => {
    expect(foreseenSteps('Meta said it will appeal, and the first report is due in November.')).toEqual([
      'appeal',
      'and the first report is due in November.',
    ]);
    expect(foreseenSteps('The jury found Meta liable on March 24.')).toEqual([]);
    // A possibility is no step foreseen, nor is the state's argument to the jury.
    expect(foreseenSteps('The state could try to add him back later.')).toEqual([]);
    expect(foreseenSteps('The state asked jurors to hold Meta accountable.')).toEqual([]);
    expect(foreseenSteps('Meta asked the judge to pause the abatement order.')).toEqual([
      'pause the abatement order.',
    ]);
    // What a thing would do, or a state it would be in, is no step foreseen; a thing that will be decided is.
    expect(foreseenSteps('A witness described a program that would pay for counselors.')).toEqual([]);
    expect(foreseenSteps('The changes would be impossible to carry out.')).toEqual([]);
    expect(foreseenSteps('The claim will be decided by the judge.')).toEqual(['be decided by the judge.']);
  });

  it('tells a sentence that reports a step done from one that foresees or promises it', () => {
    expect(reportsDone('Meta filed its first compliance report on Nov. 3.')).toBe(true);
    expect(reportsDone('Meta has vowed to appeal.')).toBe(false);
    expect(reportsDone('The nuisance phase goes to the judge starting May 4.')).toBe(false);
  });

  it('reports a due report filed as an update', () => {
    const result = judged(
      'Under the decree, Meta must report to the court every 90 days. The first compliance report is due Nov. 3.',
      'In its first compliance report, Meta told the court that teen accounts in New Mexico were made private by default.',
    );
    expect(result.relation).toBe('updated');
    expect(result.detail).toMatch(/^foreseen → done: /);
  });

  it('reports an administrator named, once not yet named, as an update and not a denial', () => {
    expect(
      judged(
        'The abatement fund will be run by an administrator the judge has not yet named. The parties have 60 days to propose candidates.',
        'The judge named a retired appeals judge to administer the abatement fund.',
      ).relation,
    ).toBe('updated');
  });

  it('reads a request the court decided, named as a request, as its update (in statements of one matter)', () => {
    expect(
      judged(
        "The attorney general's office has asked Judge Bryan Biedscheid to reconsider his refusal to appoint a monitor.",
        "Biedscheid rejected the state's request to reconsider, saying the decree's reports will make a monitor unneeded.",
      ).relation,
    ).toBe('updated');
  });

  it('keeps a short sentence of a step to come as a claim, and reads the step done as its update', () => {
    expect(analyseClaims('No trial date has been set.', { aliases })).toHaveLength(1);
    expect(
      judged(
        "With Meta's motion to dismiss denied, the case moves into discovery. No trial date has been set.",
        'Biedscheid has since scheduled a jury trial to begin in February 2026.',
      ).relation,
    ).toBe('updated');
    expect(
      judged(
        "Meta has moved New Mexico's lawsuit to federal court. The state's lawyers say they will amend their complaint.",
        'The state filed its amended complaint on Jan. 9, adding allegations from internal documents.',
      ).relation,
    ).toBe('updated');
  });

  it("does not read an earlier step, or a step sharing only the court's name, as what was foreseen", () => {
    expect(
      judged(
        'Jury selection began Monday in Santa Fe. The trial in the First Judicial District Court is expected to last seven weeks.',
        'The case had returned to state district court on Feb. 5, 2024, when a federal judge sent it back.',
      ).relation,
    ).not.toBe('updated');
  });

  it('reads a step done only where the report names its paper or proceeding and what was foreseen', () => {
    expect(
      foreseenStepDone(
        "Meta's notice of appeal does not spell out its arguments, which will come in its opening brief.",
        'In its opening brief, filed this week, Meta argues the case should have been dismissed.',
      ),
    ).toBe('come in its opening brief.');
    // Hopes and wishes of a long piece share words with much of it, and foresee no step of the case.
    expect(
      foreseenStepDone(
        'Advocates hope the lawsuit will push the company to change how Facebook and Instagram work for kids.',
        'But when it came to changing how the product works, the court drew a line.',
      ),
    ).toBeNull();
    expect(
      reportsDone(
        'With no jurors involved, Biedscheid heard the claims and plans to issue a written ruling.',
      ),
    ).toBe(false);
  });

  it('does not read a restated foresight, or a promise in a quotation, as the step done', () => {
    expect(
      judged(
        'The first compliance report is due Nov. 3.',
        "Meta's first compliance report is expected in early November.",
      ).relation,
    ).not.toBe('updated');
    expect(
      judged(
        '“We will keep fighting for the children of New Mexico,” Torrez said.',
        'Torrez has fought for the children of New Mexico since he took office.',
      ).relation,
    ).not.toBe('updated');
  });
});

describe('sums and bounds in news wording', () => {
  it("reads a sum told at the head of the sentence against the case's sum, on loose wording", () => {
    const result = judged(
      "Meta must pay New Mexico a combined $942 million: $375 million from the jury's verdict and $567 million for an abatement fund.",
      'All told, the two phases of the case leave Meta owing the state north of a billion dollars.',
    );
    expect(result.relation).toBe('conflicting');
    expect(result.detail).toBe('north of a billion dollars ≠ $942 million');
  });

  it('reads "north of", "in excess of" and "just shy of" as bounds and estimates', () => {
    const [north] = parseQuantities('north of a billion dollars');
    expect(north).toMatchObject({ low: 1e9, high: null, lowOpen: true });
    const [excess] = parseQuantities('in excess of $900 million');
    expect(excess).toMatchObject({ low: 9e8, high: null, lowOpen: true });
    const [shy] = parseQuantities('just shy of $950 million');
    expect(shy).toMatchObject({ qualifier: 'just shy of', value: 9.5e8 });
  });
});

describe('figures of one thing, written alike', () => {
  it("does not read the decoys' ages and the decree's users' ages as one figure", () => {
    expect(
      judged(
        'The lawsuit, filed Tuesday in state district court in Santa Fe, grew out of an undercover investigation in which state agents set up accounts posing as children 13 and younger.',
        'The five-year decree on how Meta handles accounts of users under 18 in New Mexico remains in effect unless a court puts it on hold.',
      ).relation,
    ).not.toBe('conflicting');
  });

  it("does not read the length of the bench trial against the jury trial's", () => {
    expect(
      judged(
        'The verdict follows a seven-week trial before Judge Bryan Biedscheid that began with jury selection on February 2, 2026.',
        "The three-week bench trial, which began May 4 in the First Judicial District Court in Santa Fe, focused on the state's claim that Facebook and Instagram are a public nuisance.",
      ).relation,
    ).not.toBe('conflicting');
  });
});
