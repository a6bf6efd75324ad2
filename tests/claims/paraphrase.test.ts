import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import { aliasTable, analyseClaims, claimVocabulary, classifyClaim } from '../../src/claims/index.ts';
import { defaultCaseFile } from '../../src/config/index.ts';

const definition = loadCaseFile(defaultCaseFile);
const aliases = aliasTable(definition.entities);
const vocabulary = claimVocabulary(definition);
const relation = (known: string, text: string): string => {
  const claim = analyseClaims(text, { aliases })[0];
  if (!claim) throw new Error(`no claim in ${text}`);
  const candidates = analyseClaims(known, { aliases }).map((c) => ({
    kind: c.kind,
    text: c.text,
    source: 'k',
  }));
  return classifyClaim(claim, candidates, vocabulary).relation;
};

describe('restatements in the words of the case', () => {
  it('reads fake profiles for decoy accounts, and recorded for documented', () => {
    expect(
      relation(
        "The state's investigators opened decoy accounts posing as young girls and documented the sexual messages they received.",
        'Investigators for the state built fake profiles pretending to be young girls and recorded the explicit messages that arrived.',
      ),
    ).toBe('restated');
  });

  it('reads misled for deceived, a panel for jurors and concluded for found', () => {
    expect(
      relation(
        'Jurors found that Meta deceived parents about its apps.',
        'The panel concluded the company had misled parents about its platforms.',
      ),
    ).toBe('restated');
  });

  it('reads a refusal to throw the suit out as the denial it reports, not as a denial of it', () => {
    expect(
      relation(
        'Judge Biedscheid denied the motion to dismiss the case on May 30, 2024.',
        'Judge Biedscheid refused to throw out the case on May 30, 2024.',
      ),
    ).toBe('restated');
  });

  it('reads news English for the matter: teens for minors, litigation for the suit, accused for alleged', () => {
    expect(
      relation(
        'The lawsuit alleges that Meta exposed minors to predators and sexual content on its platforms.',
        'The litigation accuses the company of exposing teenagers to pedophiles and sexual content on its apps.',
      ),
    ).toBe('restated');
    expect(
      relation(
        'A federal judge sent the case back to state court, and the case is now moving forward in Santa Fe.',
        'The case was remanded to state court and will proceed in Santa Fe.',
      ),
    ).toBe('restated');
  });

  it('reads a warning that the apps could leave the state in its other wordings', () => {
    expect(
      relation(
        'In an April 30 filing, Meta had suggested it could pull Facebook and Instagram out of New Mexico rather than comply with broad changes.',
        'Meta had warned in a filing at the end of April that it might stop offering its apps in New Mexico.',
      ),
    ).toBe('restated');
  });

  it('does not read a different matter as restated for sharing those words', () => {
    expect(
      relation(
        'The lawsuit alleges that Meta exposed minors to predators on its platforms.',
        'Parents of teenagers said they would keep their children off Meta’s apps.',
      ),
    ).toBe('new');
  });
});
