import { describe, expect, it } from 'vitest';
import { canonicalUrl, InvalidUrlError, siteOf } from '../../src/dedup/index.ts';

// [as found, canonical]
const table: [string, string][] = [
  ['HTTPS://WWW.KRQE.COM/news/meta-verdict/', 'https://www.krqe.com/news/meta-verdict/'],
  ['https://www.krqe.com:443/news/meta-verdict/', 'https://www.krqe.com/news/meta-verdict/'],
  ['http://www.krqe.com:80/news/meta-verdict/', 'http://www.krqe.com/news/meta-verdict/'],
  ['https://www.krqe.com:8443/news/x', 'https://www.krqe.com:8443/news/x'],
  ['https://sourcenm.com/2026/03/24/verdict/#comments', 'https://sourcenm.com/2026/03/24/verdict/'],
  [
    'https://sourcenm.com/2026/03/24/verdict/?utm_source=rss&utm_medium=rss&utm_campaign=verdict',
    'https://sourcenm.com/2026/03/24/verdict/',
  ],
  ['https://sourcenm.com/a?fbclid=IwAR0abc', 'https://sourcenm.com/a'],
  ['https://sourcenm.com/a?gclid=Cj0KCQ&gbraid=x&wbraid=y', 'https://sourcenm.com/a'],
  ['https://sourcenm.com/a?mc_cid=123&mc_eid=456', 'https://sourcenm.com/a'],
  ['https://sourcenm.com/a?msclkid=1&yclid=2&dclid=3', 'https://sourcenm.com/a'],
  ['https://sourcenm.com/a?_ga=2.1&_gl=1*abc', 'https://sourcenm.com/a'],
  ['https://sourcenm.com/a?igshid=abc&ocid=xyz', 'https://sourcenm.com/a'],
  [
    'https://www.theguardian.com/us-news/2026/mar/24/meta?CMP=share_btn_tw',
    'https://www.theguardian.com/us-news/2026/mar/24/meta',
  ],
  ['https://abqjournal.com/a?ref=twitter&ref_src=twsrc', 'https://abqjournal.com/a'],
  [
    'https://nytimes.com/2026/03/24/tech/meta.html?smid=nytcore-ios-share&smtyp=cur',
    'https://nytimes.com/2026/03/24/tech/meta.html',
  ],
  ['https://example.com/a?_hsenc=p2&_hsmi=1', 'https://example.com/a'],
  ['https://example.com/a?at_medium=custom7&at_campaign=twitter', 'https://example.com/a'],
  ['https://news.yahoo.com/a.html?guccounter=1&guce_referrer=aHR0', 'https://news.yahoo.com/a.html'],
  ['https://example.com/a?xtor=RSS-1&icid=hp', 'https://example.com/a'],
  ['https://example.com/search?q=meta&page=2', 'https://example.com/search?page=2&q=meta'],
  ['https://example.com/a?b=2&a=1&utm_source=x', 'https://example.com/a?a=1&b=2'],
  ['https://example.com/a?z=1&z=0', 'https://example.com/a?z=0&z=1'],
  ['https://example.com/story.php?id=4512', 'https://example.com/story.php?id=4512'],
  ['https://example.com/?p=9981', 'https://example.com/?p=9981'],
  ['https://example.com/a?', 'https://example.com/a'],
  ['https://kob.com/news/meta/amp/', 'https://kob.com/news/meta/'],
  ['https://kob.com/news/meta/amp', 'https://kob.com/news/meta'],
  ['https://kob.com/news/meta.amp.html', 'https://kob.com/news/meta.html'],
  ['https://kob.com/news/meta?amp', 'https://kob.com/news/meta'],
  ['https://kob.com/news/meta?amp=1', 'https://kob.com/news/meta'],
  [
    'https://www.washingtonpost.com/tech/2026/03/24/meta/?outputType=amp',
    'https://www.washingtonpost.com/tech/2026/03/24/meta/',
  ],
  [
    'https://www.washingtonpost.com/tech/x/?outputType=print',
    'https://www.washingtonpost.com/tech/x/?outputType=print',
  ],
  ['https://amp.example.com/news/x', 'https://example.com/news/x'],
  ['https://example.com/news//x', 'https://example.com/news/x'],
  ['https://user:pass@example.com/a', 'https://example.com/a'],
  ['https://EXAMPLE.com./a', 'https://example.com/a'],
  ['https://example.com/A/B', 'https://example.com/A/B'],
  ['https://example.com/a%20b', 'https://example.com/a%20b'],
  [
    'https://ejemplo.com/noticias/jurado-ordena?utm_medium=social',
    'https://ejemplo.com/noticias/jurado-ordena',
  ],
  ['https://bücher.example/artikel', 'https://xn--bcher-kva.example/artikel'],
  ['  https://example.com/padded  ', 'https://example.com/padded'],
  ['https://example.com/a?share=twitter&feature=share', 'https://example.com/a'],
];

describe('canonical URLs', () => {
  it.each(table)('%s → %s', (found, canonical) => {
    expect(canonicalUrl(found)).toBe(canonical);
  });

  it('has at least 40 cases', () => expect(table.length).toBeGreaterThanOrEqual(40));

  it('resolves relative links against a base', () => {
    expect(canonicalUrl('/news/x?utm_source=a', 'https://kob.com/feed/')).toBe('https://kob.com/news/x');
  });

  it('refuses what cannot be fetched, naming it', () => {
    expect(() => canonicalUrl('mailto:a@example.com')).toThrowError(InvalidUrlError);
    expect(() => canonicalUrl('javascript:alert(1)')).toThrowError(
      /not an http\(s\) URL: "javascript:alert\(1\)"/,
    );
    expect(() => canonicalUrl('not a url')).toThrowError(/not a URL: "not a url"/);
    expect(() => canonicalUrl(`https://example.com/${'a'.repeat(2100)}`)).toThrowError(/longer than 2000/);
  });

  it('names the site by its registrable domain, or host and port where there is none', () => {
    expect(siteOf('https://www.krqe.com/a')).toBe('krqe.com');
    expect(siteOf('https://news.bbc.co.uk/a')).toBe('bbc.co.uk');
    expect(siteOf('https://user.github.io/a')).toBe('user.github.io');
    expect(siteOf('http://127.0.0.1:47801/a')).toBe('127.0.0.1:47801');
    expect(siteOf('http://localhost:8080/a')).toBe('localhost:8080');
  });
});
