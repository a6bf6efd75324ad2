import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';

// JSON-LD as sites write it: one object, a top-level array, a Yoast-style @graph, authors as strings, objects or
// lists, and broken blocks that must not spoil the rest.

const body = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the jury in Santa Fe heard testimony about decoy accounts and what Meta knew about predators on its platforms.</p>`,
).join('');

function page(jsonLd: string[], head = ''): string {
  const scripts = jsonLd.map((j) => `<script type="application/ld+json">${j}</script>`).join('');
  return `<!doctype html><html lang="en"><head><title>Site title | Outlet</title>${scripts}${head}</head><body><article><h1>Headline</h1>${body}</article></body></html>`;
}

const article = {
  '@type': 'NewsArticle',
  headline: 'Jury finds Meta violated New Mexico law',
  datePublished: '2026-03-24T17:30:00-06:00',
  dateModified: '2026-03-25T09:00:00-06:00',
  url: 'https://news.example/verdict',
  inLanguage: 'en-US',
  publisher: { '@type': 'Organization', name: 'News Example' },
};

describe('JSON-LD', () => {
  it('reads a single NewsArticle object', () => {
    const a = extractArticle({
      body: page([JSON.stringify({ ...article, author: { '@type': 'Person', name: 'Dana Ortiz' } })]),
    });
    expect(a).toMatchObject({
      title: 'Jury finds Meta violated New Mexico law',
      authors: ['Dana Ortiz'],
      publishedAt: '2026-03-24T23:30:00.000Z',
      modifiedAt: '2026-03-25T15:00:00.000Z',
      siteName: 'News Example',
      isArticle: true,
    });
  });

  it('finds the article in a top-level array and in a @graph', () => {
    const inArray = JSON.stringify([
      { '@type': 'WebSite', name: 'x' },
      { ...article, author: 'By Dana Ortiz' },
    ]);
    const inGraph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage' },
        {
          ...article,
          '@type': ['NewsArticle', 'Article'],
          author: [{ name: 'Dana Ortiz' }, { name: 'Luis Baca' }],
        },
      ],
    });
    expect(extractArticle({ body: page([inArray]) })).toMatchObject({
      title: article.headline,
      authors: ['Dana Ortiz'],
    });
    expect(extractArticle({ body: page([inGraph]) })).toMatchObject({
      title: article.headline,
      authors: ['Dana Ortiz', 'Luis Baca'],
      publishedAt: '2026-03-24T23:30:00.000Z',
    });
  });

  it('ignores a broken block and falls back to meta tags', () => {
    const a = extractArticle({
      body: page(
        ['{ "@type": "NewsArticle", "headline": "unterminated'],
        '<meta property="og:title" content="From OpenGraph"><meta property="article:published_time" content="2026-03-24T23:30:00Z"><meta name="author" content="Dana Ortiz and Luis Baca">',
      ),
    });
    expect(a).toMatchObject({
      title: 'From OpenGraph',
      publishedAt: '2026-03-24T23:30:00.000Z',
      authors: ['Dana Ortiz', 'Luis Baca'],
      isArticle: true,
    });
  });

  it('takes a page that declares itself a collection, with little prose, as no article', () => {
    const listing = `<html><head><script type="application/ld+json">{"@type":"CollectionPage","name":"Courts"}</script></head><body><ul>${'<li><a href="/a">A headline about the Meta trial in Santa Fe</a></li>'.repeat(20)}</ul></body></html>`;
    expect(extractArticle({ body: listing }).isArticle).toBe(false);
  });
});
