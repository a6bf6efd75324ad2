import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/claims/index.ts';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after abbreviations', () => {
    expect(
      texts(
        'Meta Platforms, Inc. was sued. Instagram, LLC was too. The U.S. District Court heard it. Mr. Zuckerberg and Gov. Lujan Grisham spoke. Case No. 5 is next.',
      ),
    ).toEqual([
      'Meta Platforms, Inc. was sued.',
      'Instagram, LLC was too.',
      'The U.S. District Court heard it.',
      'Mr. Zuckerberg and Gov. Lujan Grisham spoke.',
      'Case No. 5 is next.',
    ]);
  });

  it('keeps a quotation that spans sentences whole, with its speaker', () => {
    expect(texts('“Meta knew. It did nothing. Children paid,” Torrez said. The trial went on.')).toEqual([
      '“Meta knew. It did nothing. Children paid,” Torrez said.',
      'The trial went on.',
    ]);
  });

  it('ends a sentence at each bullet and paragraph, with offsets into the text', () => {
    const text =
      'It found that:\n\n  • Meta served explicit images\n  • Adults contacted children.\nDATELINE here';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'It found that:',
      'Meta served explicit images',
      'Adults contacted children.',
      'DATELINE here',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a dateline with its sentence', () => {
    expect(texts('SANTA FE, N.M. (AP) — A jury found Meta liable. It will appeal.')).toEqual([
      'SANTA FE, N.M. (AP) — A jury found Meta liable.',
      'It will appeal.',
    ]);
  });
});
