import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';

// Metadata from the page's own elements when there is no JSON-LD: <time datetime>, microdata, the canonical
// link, <html lang>, and the title from <title> or the first <h1>.

const body = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the court in Santa Fe heard arguments on the motion to dismiss the state’s case against Meta.</p>`,
).join('');

function extract(head: string, bodyStart = '', htmlAttrs = ''): ReturnType<typeof extractArticle> {
  const html = `<!doctype html><html${htmlAttrs}><head>${head}</head><body><article>${bodyStart}${body}</article></body></html>`;
  return extractArticle({ body: html, url: 'https://news.example/story' });
}

describe('metadata without JSON-LD', () => {
  it('reads the date from the first <time datetime>', () => {
    const a = extract('', '<p>By Dana Ortiz <time datetime="2026-11-03T15:05:00-07:00">Nov. 3</time></p>');
    expect(a.publishedAt).toBe('2026-11-03T22:05:00.000Z');
  });

  it('reads the date from a microdata datePublished with a datetime', () => {
    const a = extract('', '<span itemprop="datePublished" datetime="2026-11-03T22:05:00Z">Nov. 3</span>');
    expect(a.publishedAt).toBe('2026-11-03T22:05:00.000Z');
  });

  it('prefers article:published_time over the <time> in the byline', () => {
    const a = extract(
      '<meta property="article:published_time" content="2026-11-02T10:00:00Z">',
      '<time datetime="2026-11-03T22:05:00Z">Nov. 3</time>',
    );
    expect(a.publishedAt).toBe('2026-11-02T10:00:00.000Z');
  });

  it('resolves the canonical link, whatever the case of rel', () => {
    const a = extract('<link rel="Canonical" href="/story-canonical">');
    expect(a.canonicalUrl).toBe('https://news.example/story-canonical');
  });

  it('takes the language from <html lang>, else from og:locale', () => {
    expect(extract('', '', ' lang="es"').language).toBe('es');
    expect(extract('<meta property="og:locale" content="en_US">').language).toBe('en-US');
  });

  it('takes the title from <title>, else from the first <h1>', () => {
    expect(extract('<title> Court hears motion </title>', '<h1>Headline</h1>').title).toBe(
      'Court hears motion',
    );
    expect(extract('', '<h1>Court <em>hears</em> motion</h1>').title).toBe('Court hears motion');
  });

  it('reads OpenGraph, Twitter and meta names, the first of each key winning', () => {
    const a = extract(
      '<meta name="twitter:title" content="From Twitter"><meta property="og:site_name" content="News Example">' +
        '<meta name="description" content="First"><meta name="description" content="Second">' +
        '<meta property="og:image" content="/lead.jpg">',
    );
    expect(a.title).toBe('From Twitter');
    expect(a.siteName).toBe('News Example');
    expect(a.description).toBe('First');
    expect(a.image).toBe('https://news.example/lead.jpg');
  });
});
