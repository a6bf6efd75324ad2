import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FixtureSite } from '../../src/demo/index.ts';
import { serveFixtureSite } from '../../src/demo/index.ts';
import { extractArticle } from '../../src/extract/index.ts';

// A home page, a listing or a section page is not an article, though it is full of headlines; every article
// page of the fixture site is one.

let site: FixtureSite;
beforeAll(async () => {
  site = await serveFixtureSite();
});
afterAll(async () => site?.close());

async function extract(url: string) {
  const response = await fetch(url);
  return extractArticle({
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type'),
    url,
  });
}

describe('isArticle', () => {
  it('is false for every outlet’s home page and listing pages', async () => {
    const pages = [
      ...Object.values(site.outlets).map((base) => `${base}/`),
      ...site.sources.filter((s) => s.kind === 'listing').map((s) => s.url),
    ];
    expect(pages.length).toBeGreaterThanOrEqual(10);
    const articles = [];
    for (const url of pages) if ((await extract(url)).isArticle) articles.push(url);
    expect(articles).toEqual([]);
  });

  it('is false for every outlet’s tag page', async () => {
    const outletsDir = path.resolve(import.meta.dirname, '../fixtures/site/outlets');
    const pages = readdirSync(outletsDir).flatMap((id) => {
      const config = parse(readFileSync(path.join(outletsDir, id, 'outlet.yaml'), 'utf8')) as {
        tag_page?: { path: string };
      };
      const base = site.outlets[id];
      return config.tag_page && base ? [`${base}${config.tag_page.path}`] : [];
    });
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const url of pages) expect((await fetch(url)).status, url).toBe(200);
    const articles = [];
    for (const url of pages) if ((await extract(url)).isArticle) articles.push(url);
    expect(articles).toEqual([]);
  });

  it('is true for every article page, with a reason otherwise', async () => {
    const missed = [];
    for (const page of site.articles) {
      const a = await extract(page.url);
      if (!a.isArticle) missed.push(`${page.url}: ${a.notArticleReason}`);
    }
    expect(missed).toEqual([]);
  });
});
