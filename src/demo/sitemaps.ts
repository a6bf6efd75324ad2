import type { FeedConfig } from './content-schema.ts';
import { linkFor } from './feed-links.ts';
import type { RenderedFeed } from './feeds.ts';
import type { ArticlePage, OutletSite } from './site-model.ts';
import { childSitemapPath, sitemapYears } from './site-model.ts';
import { escapeXml, latestOf } from './xml.ts';

const urlsetOpen = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const newsUrlsetOpen =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">';

function document(lines: string[]): string {
  return ['<?xml version="1.0" encoding="UTF-8"?>', ...lines, ''].join('\n');
}

function plainEntries(pages: ArticlePage[], feed: FeedConfig): string[] {
  return pages.map(
    (page) =>
      `  <url>\n    <loc>${escapeXml(linkFor(page, feed))}</loc>\n    <lastmod>${page.content.front.modified ?? page.content.front.published}</lastmod>\n  </url>`,
  );
}

/** Renders a plain XML sitemap of every article of the outlet. Returns the XML and its last modification. */
export function renderSitemap(outlet: OutletSite, feed: FeedConfig): RenderedFeed {
  return {
    body: document([urlsetOpen, ...plainEntries(outlet.articles, feed), '</urlset>']),
    lastModified: latestOf(outlet.articles.map((a) => a.modifiedAt)),
  };
}

/** Renders a Google news sitemap (news:publication, news:publication_date, news:title). */
export function renderNewsSitemap(outlet: OutletSite, feed: FeedConfig): RenderedFeed {
  const { config } = outlet.content;
  const entries = outlet.articles.map((page) =>
    [
      '  <url>',
      `    <loc>${escapeXml(linkFor(page, feed))}</loc>`,
      '    <news:news>',
      '      <news:publication>',
      `        <news:name>${escapeXml(config.name)}</news:name>`,
      `        <news:language>${escapeXml(page.content.language)}</news:language>`,
      '      </news:publication>',
      `      <news:publication_date>${page.content.front.published}</news:publication_date>`,
      `      <news:title>${escapeXml(page.content.title)}</news:title>`,
      '    </news:news>',
      '  </url>',
    ].join('\n'),
  );
  return {
    body: document([newsUrlsetOpen, ...entries, '</urlset>']),
    lastModified: latestOf(outlet.articles.map((a) => a.modifiedAt)),
  };
}

function pagesOfYear(outlet: OutletSite, year: number): ArticlePage[] {
  return outlet.articles.filter((a) => a.publishedAt.getUTCFullYear() === year);
}

/** Renders a sitemap index with one child sitemap per year that has articles. */
export function renderSitemapIndex(outlet: OutletSite, feed: FeedConfig): RenderedFeed {
  const children = sitemapYears(outlet).map((year) => {
    const lastmod = latestOf(pagesOfYear(outlet, year).map((a) => a.modifiedAt));
    return `  <sitemap>\n    <loc>${escapeXml(outlet.base + childSitemapPath(feed, year))}</loc>\n    <lastmod>${lastmod.toISOString()}</lastmod>\n  </sitemap>`;
  });
  return {
    body: document([
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...children,
      '</sitemapindex>',
    ]),
    lastModified: latestOf(outlet.articles.map((a) => a.modifiedAt)),
  };
}

/** Renders one year's child sitemap of a sitemap index. */
export function renderChildSitemap(outlet: OutletSite, feed: FeedConfig, year: number): RenderedFeed {
  const pages = pagesOfYear(outlet, year);
  return {
    body: document([urlsetOpen, ...plainEntries(pages, feed), '</urlset>']),
    lastModified: latestOf(pages.map((a) => a.modifiedAt)),
  };
}
