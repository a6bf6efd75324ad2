import { describe, expect, it } from 'vitest';
import { readFeed, readListing, readSitemap, SourceFormatError } from '../../src/sources/index.ts';

const base = 'https://news.example/';

describe('source readers', () => {
  it('read RSS 2.0 items with links, titles and dates, resolving relative links', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
      <item><title>Jury finds Meta liable</title><link>/2026/03/verdict?utm_source=rss</link><pubDate>Tue, 24 Mar 2026 18:00:00 -0600</pubDate></item>
      <item><title>No link</title></item></channel></rss>`;
    expect(readFeed(rss, base).candidates).toEqual([
      {
        url: 'https://news.example/2026/03/verdict?utm_source=rss',
        title: 'Jury finds Meta liable',
        publishedAt: '2026-03-25T00:00:00.000Z',
      },
    ]);
  });

  it('read Atom entries through their alternate link', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>x</id><updated>2024-01-01T00:00:00Z</updated>
      <entry><title>Judge denies motion</title><id>e1</id><link rel="self" href="https://news.example/api/e1"/><link rel="alternate" href="https://news.example/e1"/><published>2024-05-30T12:00:00Z</published><updated>2024-05-30T12:00:00Z</updated></entry></feed>`;
    expect(readFeed(atom, base).candidates).toEqual([
      {
        url: 'https://news.example/e1',
        title: 'Judge denies motion',
        publishedAt: '2024-05-30T12:00:00.000Z',
      },
    ]);
  });

  it('refuse a body that is no feed', () => {
    expect(() => readFeed('<html><body>hi</body></html>', base)).toThrowError(SourceFormatError);
  });

  it('read news sitemaps with their titles and dates, and sitemap indexes as child sources', () => {
    const news = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://news.example/a</loc><news:news><news:publication><news:name>N</news:name><news:language>en</news:language></news:publication><news:publication_date>2026-08-06T10:00:00-06:00</news:publication_date><news:title>Judge orders $567 million fund</news:title></news:news></url>
      <url><loc>https://news.example/b</loc><lastmod>2026-08-07</lastmod></url></urlset>`;
    expect(readSitemap(news, base).candidates).toEqual([
      {
        url: 'https://news.example/a',
        title: 'Judge orders $567 million fund',
        publishedAt: '2026-08-06T16:00:00.000Z',
      },
      { url: 'https://news.example/b', publishedAt: '2026-08-07T12:00:00.000Z' },
    ]);
    const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://news.example/s1.xml</loc></sitemap></sitemapindex>`;
    expect(readSitemap(index, base)).toEqual({
      candidates: [],
      childSources: ['https://news.example/s1.xml'],
    });
  });

  it('read listing pages by link pattern, or same-site deeper links by default', () => {
    const html = `<a href="/press-release/one">One</a><a href="/press-release/one">One again</a><a href="/about">About</a>
      <a href="https://other.example/press-release/x">Elsewhere</a><a href="/news/2024/item">Item</a>`;
    expect(readListing(html, base, '/press-release/').candidates.map((c) => c.url)).toEqual([
      'https://news.example/press-release/one',
      'https://other.example/press-release/x',
    ]);
    expect(readListing(html, base).candidates.map((c) => c.url)).toEqual([
      'https://news.example/press-release/one',
      'https://news.example/news/2024/item',
    ]);
  });
});
