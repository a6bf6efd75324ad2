import type { FeedConfig } from './content-schema.ts';
import type { ArticleContent, OutletContent, SiteContent } from './load-content.ts';

/** The query string a feed appends to a tracking variant, as newsletter and RSS plug-ins do. */
export const trackingQuery = '?utm_source=rss&utm_medium=feed';

/** One article page, placed at its outlet's address. */
export interface ArticlePage {
  content: ArticleContent;
  outlet: OutletSite;
  path: string;
  url: string;
  /** The URL the page names as canonical: its own, or the original's for a partner that points back. */
  canonicalUrl: string;
  ampPath: string | null;
  ampUrl: string | null;
  utmUrl: string | null;
  publishedAt: Date;
  modifiedAt: Date;
}

/** What a path on an outlet's server answers with. */
export type Route =
  | { type: 'article'; page: ArticlePage }
  | { type: 'amp'; page: ArticlePage }
  | { type: 'feed'; feed: FeedConfig }
  | { type: 'sitemap-child'; feed: FeedConfig; year: number }
  | { type: 'home' }
  | { type: 'tag' }
  | { type: 'robots' };

export interface OutletSite {
  content: OutletContent;
  base: string;
  /** Newest first, as every feed and listing orders them. */
  articles: ArticlePage[];
  /** Keyed by path, or by path plus query for the feeds whose address carries one. */
  routes: Map<string, Route>;
}

export interface SiteModel {
  outlets: Map<string, OutletSite>;
  pages: ArticlePage[];
}

function articlePath(template: string, slug: string, published: string): string {
  // The date parts are the outlet's local calendar date, as written in the front matter.
  const [yyyy = '', mm = '', dd = ''] = published.slice(0, 10).split('-');
  return template
    .replaceAll('{slug}', slug)
    .replaceAll('{yyyy}', yyyy)
    .replaceAll('{mm}', mm)
    .replaceAll('{dd}', dd);
}

/** The AMP copy of a page lives one level down, at …/amp/ (or …/amp for paths without a trailing slash). */
function ampPathOf(pathname: string): string {
  return pathname.endsWith('/') ? `${pathname}amp/` : `${pathname}/amp`;
}

/** Years a sitemap index splits its children by: one child per year that has articles. */
export function sitemapYears(outlet: OutletSite): number[] {
  return [...new Set(outlet.articles.map((a) => a.publishedAt.getUTCFullYear()))].sort();
}

/** A child sitemap's path: the feed's child_path with its year. */
export function childSitemapPath(feed: FeedConfig, year: number): string {
  return (feed.child_path ?? '/sitemaps/{year}.xml').replaceAll('{year}', String(year));
}

function addRoute(outlet: OutletSite, key: string, route: Route): void {
  if (outlet.routes.has(key)) throw new Error(`fixture site: ${outlet.content.id} serves ${key} twice`);
  outlet.routes.set(key, route);
}

/**
 * Places every article at its outlet's base URL and builds each outlet's route table. Returns the model the
 * servers answer from. Throws if two things claim one path.
 */
export function buildSiteModel(content: SiteContent, bases: Map<string, string>): SiteModel {
  const outlets = new Map<string, OutletSite>();
  for (const [id, outlet] of content.outlets) {
    const base = bases.get(id);
    if (!base) throw new Error(`fixture site: no base URL for outlet ${id}`);
    outlets.set(id, { content: outlet, base, articles: [], routes: new Map() });
  }
  const pages = new Map<string, ArticlePage>();
  for (const article of content.articles) {
    const outlet = outlets.get(article.outlet) as OutletSite;
    const path = articlePath(outlet.content.config.article_path, article.slug, article.front.published);
    const url = outlet.base + path;
    const ampPath = article.front.variants.includes('amp') ? ampPathOf(path) : null;
    const publishedAt = new Date(article.front.published);
    pages.set(article.ref, {
      content: article,
      outlet,
      path,
      url,
      canonicalUrl: url,
      ampPath,
      ampUrl: ampPath ? outlet.base + ampPath : null,
      utmUrl: article.front.variants.includes('utm') ? url + trackingQuery : null,
      publishedAt,
      modifiedAt: article.front.modified ? new Date(article.front.modified) : publishedAt,
    });
  }
  for (const page of pages.values()) {
    const target = page.content.front.canonical_to;
    if (target) page.canonicalUrl = (pages.get(target) as ArticlePage).url;
    page.outlet.articles.push(page);
  }
  for (const outlet of outlets.values()) {
    outlet.articles.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
    addRoute(outlet, '/', { type: 'home' });
    addRoute(outlet, '/robots.txt', { type: 'robots' });
    const tag = outlet.content.config.tag_page;
    if (tag) addRoute(outlet, tag.path, { type: 'tag' });
    for (const feed of outlet.content.config.feeds) {
      addRoute(outlet, feed.path, { type: 'feed', feed });
      if (feed.kind === 'sitemap-index') {
        for (const year of sitemapYears(outlet))
          addRoute(outlet, childSitemapPath(feed, year), { type: 'sitemap-child', feed, year });
      }
    }
    for (const page of outlet.articles) {
      addRoute(outlet, page.path, { type: 'article', page });
      if (page.ampPath) addRoute(outlet, page.ampPath, { type: 'amp', page });
    }
  }
  return { outlets, pages: [...pages.values()] };
}
