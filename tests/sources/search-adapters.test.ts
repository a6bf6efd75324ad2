import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureSite } from '../../src/demo/index.ts';
import { serveFixtureSite } from '../../src/demo/index.ts';
import { publisherUrl, readGdelt, readSource, SourceFormatError } from '../../src/sources/index.ts';

// The search adapters against the exact formats, served by the fixture site: a GDELT DOC 2.0 article list and
// a news-search RSS feed whose links go through a redirector.

let site: FixtureSite;
beforeAll(async () => {
  site = await serveFixtureSite();
});
afterAll(async () => site?.close());

async function read(kind: 'gdelt' | 'feed', urlPart: string) {
  const source = site.sources.find((s) => s.kind === kind && s.url.includes(urlPart));
  if (!source) throw new Error(`no ${kind} source with ${urlPart}`);
  const body = await (await fetch(source.url)).text();
  return { source, reading: readSource(source.kind, body, source.url) };
}

describe('the GDELT adapter', () => {
  it('reads every article of the list with its title and seen date', async () => {
    const { reading } = await read('gdelt', '/api/v2/doc/doc');
    const pages = site.articles.filter((a) => a.outlet === 'national-dispatch');
    expect(reading.candidates.map((c) => c.url).sort()).toEqual(pages.map((a) => a.url).sort());
    for (const page of pages) {
      const candidate = reading.candidates.find((c) => c.url === page.url)!;
      expect(candidate.title).toBe(page.title);
      expect(candidate.publishedAt).toBe(new Date(page.publishedAt).toISOString());
    }
  });

  it('takes an empty answer as no articles and a refusal as a clear error', () => {
    expect(readGdelt('{}', 'https://api.gdeltproject.org/')).toEqual({ candidates: [], childSources: [] });
    expect(() =>
      readGdelt('Your search contained a phrase that was too short.\n', 'https://api.gdeltproject.org/'),
    ).toThrow(
      new SourceFormatError('not a GDELT article list: Your search contained a phrase that was too short.'),
    );
    expect(() => readGdelt('{"articles": 3}', 'https://api.gdeltproject.org/')).toThrow(
      /"articles" is not a list/,
    );
  });
});

describe('news-search feeds', () => {
  it('give the publisher’s URL of each result, not the redirector’s', async () => {
    const { source, reading } = await read('feed', '/rss/search');
    const pages = site.articles.filter((a) => a.outlet === 'hdpr');
    expect(reading.candidates.map((c) => c.url).sort()).toEqual(pages.map((a) => a.url).sort());
    // the redirector itself answers with the same address, so nothing is lost by not following it
    const body = await (await fetch(source.url)).text();
    const redirect = /<link>([^<]+)<\/link>/
      .exec(body.slice(body.indexOf('<item>')))![1]!
      .replace(/&amp;/g, '&');
    const answer = await fetch(redirect, { redirect: 'manual' });
    expect(answer.status).toBe(302);
    expect(pages.map((a) => a.url)).toContain(answer.headers.get('location'));
  });
});

describe('publisherUrl', () => {
  const target = 'https://www.krqe.com/news/jury-meta-verdict/';
  it.each([
    [
      'Bing News',
      `http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=abc&url=${encodeURIComponent(target)}&c=1&mkt=en-us`,
    ],
    ['Google redirect', `https://www.google.com/url?rct=j&sa=t&url=${encodeURIComponent(target)}&ct=ga&cd=1`],
    ['Google search redirect', `https://www.google.com/url?q=${encodeURIComponent(target)}&sa=U`],
  ])('reads the target of a %s link', (_, link) => {
    expect(publisherUrl(link)).toBe(target);
  });

  it('reads the target inside an older Google News article token', () => {
    const protobuf = Buffer.concat([
      Buffer.from([0x08, 0x13, 0x22, target.length]),
      Buffer.from(target),
      Buffer.from([0xd2, 0x01, 0x00]),
    ]);
    const token = protobuf.toString('base64url');
    expect(token.startsWith('CBMi')).toBe(true); // field 1 = 19, field 4: a string, as real tokens begin
    expect(publisherUrl(`https://news.google.com/rss/articles/${token}?oc=5`)).toBe(target);
  });

  it('leaves opaque tokens and ordinary links alone', () => {
    const opaque = 'https://news.google.com/rss/articles/CBMiVkFVX3lxTE1fakeOpaqueToken?oc=5';
    expect(publisherUrl(opaque)).toBe(opaque);
    expect(publisherUrl(target)).toBe(target);
    expect(publisherUrl('https://news.example/search?q=meta')).toBe('https://news.example/search?q=meta');
    expect(publisherUrl('not a url')).toBe('not a url');
  });
});
