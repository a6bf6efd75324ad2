import { fileURLToPath } from 'node:url';
import { loadSiteContent } from '../../src/demo/load-content.ts';
import { seededRandom } from '../helpers/synthetic-news.ts';

// Labelled pairs for choosing and checking the near-duplicate thresholds: the fixture site's real copies (wire
// stories on partner sites, an aggregator's trimmed repost, a lightly edited copy), reposts made from its
// originals the ways reposts are made, and every pair of pieces that are not the same story — many of them
// reports of the same event by different outlets, sharing quotes, names and figures.

export interface LabelledText {
  id: string;
  story: string;
  text: string;
}

export interface LabelledPair {
  a: LabelledText;
  b: LabelledText;
  same: boolean;
  kind: string;
}

const root = fileURLToPath(new URL('../fixtures/site/', import.meta.url));

/** Markdown to plain paragraphs, as an extractor would give them. */
function plain(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/^#+\s+/gm, '')
        .replace(/^[-*]\s+/gm, '')
        .replace(/^>\s?/gm, '')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

const furnitureLines = [
  'Follow us for more breaking news and stay informed every day.',
  'Sign up for our daily email and get the stories everyone is talking about.',
  'Related Articles',
  'Share this story on Facebook, X and email.',
  'Advertisement',
  'Copyright 2026. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
];

/** The ways reposts are made from an original: new furniture, a trimmed ending, light edits, a cut paragraph. */
function reposts(original: LabelledText, paragraphs: string[], rnd: () => number): LabelledPair[] {
  const make = (kind: string, parts: string[]): LabelledPair => ({
    a: original,
    b: { id: `${original.id}~${kind}`, story: original.story, text: parts.join('\n\n') },
    same: true,
    kind,
  });
  const keep = Math.max(2, Math.round(paragraphs.length * 0.65));
  const edited = paragraphs.map((p) =>
    p
      .split(' ')
      .map((w) =>
        rnd() < 0.04 ? (/\d/.test(w) ? w.replace(/\d/, '7') : w.toUpperCase() === w ? w : `${w}s`) : w,
      )
      .join(' '),
  );
  const cut = paragraphs.filter((_, i) => i !== Math.floor(paragraphs.length / 2));
  return [
    make('furniture', [
      furnitureLines[0]!,
      ...paragraphs,
      furnitureLines[2]!,
      furnitureLines[1]!,
      furnitureLines[5]!,
    ]),
    make('trimmed', paragraphs.slice(0, keep)),
    make('edited', edited),
    make('cut-paragraph', [...cut, furnitureLines[3]!]),
    make('trimmed-with-furniture', [
      furnitureLines[4]!,
      ...paragraphs.slice(0, Math.max(2, Math.round(paragraphs.length * 0.5))),
      furnitureLines[1]!,
    ]),
  ];
}

/** Every labelled pair. */
export function labelledPairs(): LabelledPair[] {
  const content = loadSiteContent(root);
  const rnd = seededRandom(20260324);
  const texts: LabelledText[] = content.articles.map((a) => ({
    id: a.ref,
    story: a.front.story,
    text: plain(a.body).join('\n\n'),
  }));
  const pairs: LabelledPair[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const same = texts[i]!.story === texts[j]!.story;
      pairs.push({ a: texts[i]!, b: texts[j]!, same, kind: same ? 'site copy' : 'different story' });
    }
  }
  for (const article of content.articles) {
    if (article.front.copy_of) continue;
    const paragraphs = plain(article.body);
    if (paragraphs.join(' ').split(' ').length < 150) continue;
    const original = texts.find((t) => t.id === article.ref)!;
    pairs.push(...reposts(original, paragraphs, rnd));
  }
  return pairs;
}
