import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDefinitionSchema } from '../src/cases/index.ts';
import type { CaseSource } from '../src/cases/index.ts';
import type { FixtureArticle, FixtureSite } from '../src/demo/index.ts';
import { serveFixtureSite } from '../src/demo/index.ts';
import { extractArticle } from '../src/extract/index.ts';
import { readSource } from '../src/sources/index.ts';

/** One document fetched while walking the sources: a source itself or a child of a sitemap index. */
interface SourceFetch {
  source: CaseSource;
  url: string;
  status: number;
  contentType: string;
  candidates: string[];
  childSources: string[];
}

/** Reads every source as the pipeline would, following sitemap-index children. */
async function walkSources(sources: CaseSource[]): Promise<SourceFetch[]> {
  const fetched: SourceFetch[] = [];
  for (const source of sources) {
    const queue = [source.url];
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const response = await fetch(url);
      const body = await response.text();
      const reading = readSource(source.kind, body, url, { linkPattern: source.link_pattern });
      fetched.push({
        source,
        url,
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        candidates: reading.candidates.map((c) => c.url),
        childSources: reading.childSources,
      });
      queue.push(...reading.childSources);
    }
  }
  return fetched;
}

function addresses(article: FixtureArticle): string[] {
  return [article.url, ...article.variantUrls];
}

const seed000Sentences = [
  'On Thursday, New Mexico Attorney General Raúl Torrez launched a major legal offensive in an attempt to address the online risks faced by minors.',
  '“Our investigation into Meta’s social media platforms demonstrates that they are not safe spaces for children but rather prime locations for predators to trade child pornography and solicit minors for sex,” Attorney General Torrez said in a statement.',
  'the New Mexico Attorney General’s Office conducted an undercover operation in which they posed as minors under 14 on Meta’s platforms.',
  'Allowed a fictitious mother to offer her 13-year-old daughter for sale to sex traffickers',
  'Investigators were astonished to discover that Facebook and Instagram were inundated with child exploitation content at a rate higher than adult platforms like Pornhub and OnlyFans.',
];

const seed004Sentences = [
  'The New Mexico Department of Justice (NNMDOJ) has won against a motion to dismiss its lawsuit against Meta',
  'but rather privileged places where predators can exchange child pornography and solicit minors for sexual purposes',
  'NMDOJ conducted undercover operations using decoy accounts representing children 14 and under.',
  'The criminal complaint, which spans 228 pages, details the severity of the problem',
  "Judge Bryan Biedscheid recently denied Meta's motion to dismiss the case, allowing it to continue.",
  '“The judge’s decision is a historic victory for children and parents in New Mexico and across the country.',
];

describe('fixture news site', () => {
  let site: FixtureSite;
  let walked: SourceFetch[];
  const pages = new Map<string, { status: number; contentType: string; html: string }>();

  async function page(url: string): Promise<{ status: number; contentType: string; html: string }> {
    const known = pages.get(url);
    if (known) return known;
    const response = await fetch(url);
    const result = {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      html: await response.text(),
    };
    pages.set(url, result);
    return result;
  }

  function seedPage(seed: string): FixtureArticle {
    const found = site.articles.filter((a) => a.seed === seed);
    expect(found).toHaveLength(1);
    return found[0] as FixtureArticle;
  }

  beforeAll(async () => {
    site = await serveFixtureSite();
    walked = await walkSources(site.sources);
  });

  afterAll(async () => {
    await site?.close();
  });

  describe('outlets and sources', () => {
    it('serves each outlet from its own origin on 127.0.0.1', () => {
      const bases = Object.values(site.outlets);
      expect(bases.length).toBeGreaterThanOrEqual(8);
      expect(new Set(bases).size).toBe(bases.length);
      for (const base of bases) expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    });

    it('offers sources that validate as a case definition', () => {
      const parsed = caseDefinitionSchema.parse({
        slug: 'fixture',
        name: 'Fixture',
        short_name: 'Fixture',
        entities: [{ name: 'Meta', role: 'defendant' }],
        keywords: ['lawsuit'],
        sources: site.sources,
      });
      expect(parsed.sources).toHaveLength(site.sources.length);
      expect(new Set(site.sources.map((s) => s.kind))).toEqual(
        new Set(['feed', 'sitemap', 'listing', 'gdelt']),
      );
      for (const source of site.sources.filter((s) => s.kind === 'listing'))
        expect(source.link_pattern).toBeTruthy();
    });

    it('answers every source and sitemap child with 200 and a body the readers parse into links', () => {
      expect(walked.length).toBeGreaterThan(site.sources.length); // the sitemap index has children
      for (const fetched of walked) {
        expect(fetched.status, fetched.url).toBe(200);
        expect(fetched.candidates.length + fetched.childSources.length, fetched.url).toBeGreaterThan(0);
      }
    });

    it('serves every kind of feed with its content type', () => {
      const types = walked.map((f) => f.contentType.split(';')[0]);
      expect(types).toContain('application/rss+xml');
      expect(types).toContain('application/atom+xml');
      expect(types).toContain('application/xml');
      expect(types).toContain('text/html');
      for (const fetched of walked) {
        const expected = {
          feed: /^application\/(rss|atom)\+xml/,
          sitemap: /^application\/xml/,
          listing: /^text\/html; charset=utf-8/,
          gdelt: /^application\/json; charset=utf-8/,
        }[fetched.source.kind];
        expect(fetched.contentType, fetched.url).toMatch(expected);
      }
    });

    it('offers a plain sitemap, a news sitemap and a sitemap index', async () => {
      const bodies = await Promise.all(
        site.sources.filter((s) => s.kind === 'sitemap').map(async (s) => (await fetch(s.url)).text()),
      );
      expect(bodies.some((b) => b.includes('<sitemapindex'))).toBe(true);
      expect(bodies.some((b) => b.includes('<news:publication_date>') && b.includes('<news:title>'))).toBe(
        true,
      );
      expect(
        bodies.some((b) => b.includes('<urlset') && !b.includes('news:news') && b.includes('<lastmod>')),
      ).toBe(true);
    });

    it('leads only to article pages in the manifest', () => {
      const known = new Set(site.articles.flatMap(addresses));
      const unknown = walked.flatMap((f) => f.candidates).filter((url) => !known.has(url));
      expect(unknown).toEqual([]);
    });

    it('reaches every article from at least one source', () => {
      const found = new Set(walked.flatMap((f) => f.candidates));
      const unreached = site.articles
        .filter((a) => !addresses(a).some((url) => found.has(url)))
        .map((a) => a.url);
      expect(unreached).toEqual([]);
    });

    it('links off-topic pages from the same feeds as on-topic ones', () => {
      const byUrl = new Map(site.articles.flatMap((a) => addresses(a).map((url) => [url, a] as const)));
      const mixed = walked.filter((f) => {
        const topics = new Set(f.candidates.map((url) => byUrl.get(url)?.onTopic));
        return topics.has(true) && topics.has(false);
      });
      expect(mixed.length).toBeGreaterThanOrEqual(5);
      const offTopic = site.articles.filter((a) => !a.onTopic);
      for (const article of offTopic) {
        expect(
          mixed.some((f) => addresses(article).some((url) => f.candidates.includes(url))),
          article.url,
        ).toBe(true);
      }
    });
  });

  describe('HTTP behaviour', () => {
    it('answers conditional GETs on feeds and sitemaps with 304', async () => {
      for (const fetched of walked.filter((f) => f.source.kind !== 'listing')) {
        const first = await fetch(fetched.url);
        await first.arrayBuffer();
        const etag = first.headers.get('etag');
        const lastModified = first.headers.get('last-modified');
        expect(etag, fetched.url).toBeTruthy();
        expect(lastModified, fetched.url).toBeTruthy();
        const byTag = await fetch(fetched.url, { headers: { 'if-none-match': etag as string } });
        expect(byTag.status, fetched.url).toBe(304);
        expect(await byTag.text()).toBe('');
        const byDate = await fetch(fetched.url, { headers: { 'if-modified-since': lastModified as string } });
        expect(byDate.status, fetched.url).toBe(304);
        const stale = await fetch(fetched.url, { headers: { 'if-none-match': '"stale"' } });
        expect(stale.status, fetched.url).toBe(200);
        await stale.arrayBuffer();
        const older = await fetch(fetched.url, {
          headers: { 'if-modified-since': 'Mon, 01 Jan 2018 00:00:00 GMT' },
        });
        expect(older.status, fetched.url).toBe(200);
        await older.arrayBuffer();
      }
    });

    it('serves robots.txt allowing all, a home page and 404 for unknown paths on every outlet', async () => {
      for (const base of Object.values(site.outlets)) {
        const robots = await page(`${base}/robots.txt`);
        expect(robots.status).toBe(200);
        expect(robots.contentType).toMatch(/^text\/plain/);
        expect(robots.html).toMatch(/User-agent: \*\nAllow: \//);
        const home = await page(`${base}/`);
        expect(home.status).toBe(200);
        expect(home.contentType).toBe('text/html; charset=utf-8');
        expect((await page(`${base}/no-such-page/`)).status).toBe(404);
      }
    });

    it('keeps home, tag and listing pages out of the article manifest', async () => {
      const articleUrls = new Set(site.articles.map((a) => a.url));
      for (const base of Object.values(site.outlets)) expect(articleUrls.has(`${base}/`)).toBe(false);
      for (const source of site.sources.filter((s) => s.kind === 'listing'))
        expect(articleUrls.has(source.url)).toBe(false);
      const tagPage = await page(`${site.outlets['hdpr']}/topics/courts-and-justice`);
      expect(tagPage.status).toBe(200);
      expect(tagPage.html).toContain('"@type":"CollectionPage"');
      expect(tagPage.html).toContain('<meta property="og:type" content="website">');
    });
  });

  describe('article pages', () => {
    it('answers every article URL and variant with 200 and HTML', async () => {
      for (const url of site.articles.flatMap(addresses)) {
        const result = await page(url);
        expect(result.status, url).toBe(200);
        expect(result.contentType, url).toBe('text/html; charset=utf-8');
        expect(result.html, url).toMatch(/^<!doctype html>/i);
      }
    });

    it('renders metadata the extractor reads: title, date, canonical link, language', async () => {
      for (const article of site.articles) {
        const extracted = extractArticle({ body: (await page(article.url)).html, url: article.url });
        expect(extracted.title, article.url).toBe(article.title);
        expect(extracted.publishedAt, article.url).toBe(new Date(article.publishedAt).toISOString());
        expect(extracted.canonicalUrl, article.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
        expect(extracted.language?.slice(0, 2), article.url).toBe(article.language);
        expect(extracted.isArticle, article.url).toBe(true);
      }
    });

    it('serves tracking variants and an AMP copy whose canonical link is the main page', async () => {
      const variants = site.articles.flatMap((a) => a.variantUrls.map((v) => ({ article: a, variant: v })));
      expect(variants.some((v) => v.variant.endsWith('?utm_source=rss&utm_medium=feed'))).toBe(true);
      const amp = variants.filter((v) => /\/amp\/$/.test(v.variant));
      expect(amp.length).toBeGreaterThanOrEqual(1);
      for (const { article, variant } of amp) {
        const html = (await page(variant)).html;
        expect(html).toContain('<html ⚡');
        expect(extractArticle({ body: html, url: variant }).canonicalUrl).toBe(article.url);
      }
    });

    it('carries a wire story on three partners, canonical to the original on one and to themselves on others', async () => {
      const wireOutlet = 'continental-wire';
      const stories = new Map<string, FixtureArticle[]>();
      for (const a of site.articles) stories.set(a.story, [...(stories.get(a.story) ?? []), a]);
      const carried = [...stories.values()].find(
        (group) =>
          group.some((a) => a.outlet === wireOutlet) && new Set(group.map((a) => a.outlet)).size >= 4,
      );
      expect(carried).toBeDefined();
      const original = (carried as FixtureArticle[]).find((a) => a.outlet === wireOutlet) as FixtureArticle;
      const canonicals = await Promise.all(
        (carried as FixtureArticle[])
          .filter((a) => a !== original)
          .map(async (a) => ({
            a,
            canonical: extractArticle({ body: (await page(a.url)).html, url: a.url }).canonicalUrl,
          })),
      );
      expect(canonicals.some((c) => c.canonical === original.url)).toBe(true);
      expect(canonicals.some((c) => c.canonical === c.a.url)).toBe(true);
      const originalText = extractArticle({ body: (await page(original.url)).html }).text;
      const partnerText = extractArticle({ body: (await page(canonicals[0]?.a.url ?? '')).html }).text;
      expect(partnerText).toContain(originalText.split('\n\n')[1]);
    });

    it('serves the Spanish article with <html lang="es">', async () => {
      const spanish = site.articles.filter((a) => a.language === 'es' && a.onTopic);
      expect(spanish.length).toBeGreaterThanOrEqual(1);
      for (const article of spanish) expect((await page(article.url)).html).toMatch(/<html lang="es">/);
    });
  });

  describe('manifest', () => {
    it('has at least 30 on-topic and 8 off-topic pages, a non-English one and both seeds', () => {
      expect(site.articles.filter((a) => a.onTopic).length).toBeGreaterThanOrEqual(30);
      expect(site.articles.filter((a) => !a.onTopic).length).toBeGreaterThanOrEqual(8);
      expect(site.articles.filter((a) => a.language !== 'en').length).toBeGreaterThanOrEqual(1);
      expect(seedPage('000').outlet).toBe('heartland-feed');
      expect(seedPage('004').outlet).toBe('kznm');
    });

    it('gives every page a unique URL and an ISO 8601 date with offset', () => {
      const urls = site.articles.flatMap(addresses);
      expect(new Set(urls).size).toBe(urls.length);
      for (const article of site.articles) {
        expect(article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/);
        expect(article.url.startsWith(site.outlets[article.outlet] as string)).toBe(true);
      }
    });

    it('spans the case from the complaint to the appeal', () => {
      const onTopicDates = site.articles.filter((a) => a.onTopic).map((a) => a.publishedAt.slice(0, 7));
      for (const month of [
        '2023-12',
        '2024-02',
        '2024-05',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-08',
        '2026-09',
      ]) {
        expect(onTopicDates, month).toContain(month);
      }
    });
  });

  describe('seed pages', () => {
    it('seed 000 extracts with its key sentences, inside the aggregator furniture', async () => {
      const article = seedPage('000');
      const html = (await page(article.url)).html;
      const text = extractArticle({ body: html, url: article.url }).text;
      for (const sentence of seed000Sentences) expect(text).toContain(sentence);
      for (const furniture of [
        "Follow America's fastest-growing news aggregator, Spreely News",
        'ICYMI:',
        'Sign up for our daily email and get the stories everyone is talking about.',
        'Discover more from Liberty One News',
        'Subscribe now to keep reading and get access to the full archive.',
      ]) {
        expect(html).toContain(furniture);
      }
    });

    it('seed 004 extracts with its key sentences, inside the TV station furniture', async () => {
      const article = seedPage('004');
      const html = (await page(article.url)).html;
      const text = extractArticle({ body: html, url: article.url }).text;
      for (const sentence of seed004Sentences) expect(text).toContain(sentence);
      for (const furniture of ['<span>close</span>', 'Related Articles', 'Back to top button'])
        expect(html).toContain(furniture);
    });
  });
});

describe('closing the fixture site', () => {
  it('closes every server, twice without error, and refuses connections afterwards', async () => {
    const site = await serveFixtureSite();
    const base = Object.values(site.outlets)[0] as string;
    const response = await fetch(`${base}/robots.txt`);
    expect(response.status).toBe(200);
    await response.text();
    await site.close();
    await site.close();
    for (const url of Object.values(site.outlets)) await expect(fetch(`${url}/robots.txt`)).rejects.toThrow();
  });
});
