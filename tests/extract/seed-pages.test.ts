import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureSite } from '../../src/demo/index.ts';
import { serveFixtureSite } from '../../src/demo/index.ts';
import { extractArticle } from '../../src/extract/index.ts';

// The two seed pieces, served as the fixture site renders them with their outlets' furniture around them:
// the extracted text is the story, from its first paragraph to its last, and none of the furniture.

const furniture = [
  "Follow America's fastest-growing news aggregator",
  'Follow America’s fastest-growing news aggregator',
  'ICYMI',
  'Sign up for our daily email',
  'Discover more from',
  'Subscribe now to keep reading',
  'Continue reading',
  'close close Local',
  'Related Articles',
  'Back to top button',
];

const seeds = {
  '000': {
    first: 'On Thursday, New Mexico Attorney General Raúl Torrez launched a major legal offensive',
    last: 'Instagram’s algorithms actively encourage such activities by connecting pedophiles with sellers',
    title:
      'New Mexico AG Sues Meta Platforms and Mark Zuckerberg Following Undercover Operation Involving Minors',
  },
  '004': {
    first: 'The New Mexico Department of Justice (NNMDOJ) has won against a motion to dismiss',
    last: 'are encouraged to share their experiences with NMDOJ to further contribute to this critical mission.',
    title: 'NMDOJ wins court case to protect children',
  },
} as const;

let site: FixtureSite;
beforeAll(async () => {
  site = await serveFixtureSite();
});
afterAll(async () => site?.close());

async function extracted(seed: '000' | '004') {
  const page = site.articles.find((a) => a.seed === seed)!;
  const response = await fetch(page.url);
  return extractArticle({
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type'),
    url: page.url,
  });
}

describe.each(['000', '004'] as const)('the page built on seed %s', (seed) => {
  it('gives the story whole: its title, first and last paragraphs', async () => {
    const article = await extracted(seed);
    expect(article.isArticle).toBe(true);
    expect(article.title).toBe(seeds[seed].title);
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toContain(seeds[seed].first);
    expect(paragraphs.at(-1)).toContain(seeds[seed].last);
  });

  it('leaves every piece of furniture out', async () => {
    const article = await extracted(seed);
    const text = article.text.replace(/\s+/g, ' ');
    expect(furniture.filter((f) => text.includes(f))).toEqual([]);
  });
});
