import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import {
  aliasTable,
  analyseClaims,
  classifyClaim,
  detectClaims,
  mentionedEntities,
} from '../../src/claims/index.ts';
import { defaultCaseFile } from '../../src/config/index.ts';

const aliases = aliasTable(loadCaseFile(defaultCaseFile).entities);
const classify = (known: string, text: string, kind?: string) => {
  const claims = analyseClaims(text, { aliases });
  const claim = claims.find((c) => (kind ? c.kind === kind : true));
  if (!claim) throw new Error(`no claim in ${text}`);
  return classifyClaim(
    claim,
    analyseClaims(known, { aliases }).map((c) => ({ kind: c.kind, text: c.text, source: 'k' })),
    aliases,
  );
};

describe('claims', () => {
  it('maps aliases to the case entities', () => {
    expect(mentionedEntities('AG Torrez sued Meta', aliases)).toEqual([
      'Raúl Torrez',
      'Meta Platforms, Inc.',
    ]);
  });

  it('detects kinds and slots, keeping the first form of detection compatible', () => {
    const [quote] = analyseClaims('“Meta put profits first,” said AG Torrez.', { aliases });
    expect(quote).toMatchObject({
      kind: 'quote',
      slots: { speaker: 'Raúl Torrez', quote: 'Meta put profits first,' },
    });
    const [event] = analyseClaims('Judge Biedscheid denied the motion to dismiss.', { aliases });
    expect(event).toMatchObject({
      kind: 'legal_event',
      slots: { legal: { matter: 'motion to dismiss', status: 'denied' } },
    });
    const [claim] = detectClaims('The complaint spans 228 pages.');
    expect(claim?.normalized).toBe('the complaint spans 228 pages');
    expect(claim?.normalizedHash).toMatch(/\w+/);
  });

  it('tells the four relations apart, with the difference', () => {
    expect(
      classify('Investigators posed as minors under 14.', 'Investigators posed as children 14 and under.'),
    ).toMatchObject({
      relation: 'conflicting',
      detail: '14 and under ≠ under 14: interval differs at 14',
    });
    expect(
      classify('The case is a civil action.', 'The criminal complaint runs to 228 pages.', 'legal_status'),
    ).toMatchObject({
      relation: 'conflicting',
      detail: 'criminal ≠ civil',
    });
    expect(
      classify('Meta’s motion to dismiss is pending.', 'The judge denied Meta’s motion to dismiss.').relation,
    ).toBe('updated');
    expect(
      classify('AG Torrez sued Meta on Dec. 5, 2023.', 'Raúl Torrez sued Meta Platforms on December 5, 2023.')
        .relation,
    ).toBe('restated');
    expect(classify('AG Torrez sued Meta on Dec. 5, 2023.', 'The complaint spans 228 pages.')).toEqual({
      relation: 'new',
      matched: null,
      detail: null,
    });
  });

  it('calls the case criminal only when the sentence is about the case', () => {
    const kinds = (t: string) => analyseClaims(t, { aliases }).map((c) => c.kind);
    expect(kinds('Three men were charged in a separate sting, Operation MetaPhile.')).not.toContain(
      'legal_status',
    );
    expect(kinds('Prosecutors charged Meta with crimes in the case.')).toContain('legal_status');
  });

  it('resolves "he added" to the last named speaker', () => {
    const claims = analyseClaims(
      '“Meta knew what its platforms did to children,” Torrez said. “It did nothing about it at all,” he added.',
      {
        aliases,
      },
    );
    expect(claims.map((c) => c.slots.speaker)).toEqual(['Raúl Torrez', 'Raúl Torrez']);
  });
});
