import type { FeedConfig } from './content-schema.ts';
import { renderAtom, renderRss } from './feeds.ts';
import { renderArticle } from './render-article.ts';
import { renderListing } from './render-listing.ts';
import { renderGdelt, renderNewsSearch } from './search-feeds.ts';
import type { OutletSite, Route } from './site-model.ts';
import { renderChildSitemap, renderNewsSitemap, renderSitemap, renderSitemapIndex } from './sitemaps.ts';

/** What a route answers with, before HTTP caching decides whether to send it. */
export interface Rendered {
  contentType: string;
  body: string;
  /** Sent as Last-Modified and compared with If-Modified-Since; absent for pages without a date. */
  lastModified?: Date;
}

const html = 'text/html; charset=utf-8';
const xml = 'application/xml; charset=utf-8';

function renderFeed(outlet: OutletSite, feed: FeedConfig): Rendered {
  switch (feed.kind) {
    case 'rss':
      return { contentType: 'application/rss+xml; charset=utf-8', ...renderRss(outlet, feed) };
    case 'atom':
      return { contentType: 'application/atom+xml; charset=utf-8', ...renderAtom(outlet, feed) };
    case 'sitemap':
      return { contentType: xml, ...renderSitemap(outlet, feed) };
    case 'news-sitemap':
      return { contentType: xml, ...renderNewsSitemap(outlet, feed) };
    case 'sitemap-index':
      return { contentType: xml, ...renderSitemapIndex(outlet, feed) };
    case 'listing':
      return { contentType: html, ...renderListing(outlet, 'listing', feed) };
    case 'gdelt':
      return { contentType: 'application/json; charset=utf-8', ...renderGdelt(outlet) };
    case 'news-search':
      return { contentType: 'application/rss+xml; charset=utf-8', ...renderNewsSearch(outlet, feed) };
  }
}

function robots(outlet: OutletSite): string {
  const sitemaps = outlet.content.config.feeds
    .filter((f) => f.kind === 'sitemap' || f.kind === 'news-sitemap' || f.kind === 'sitemap-index')
    .map((f) => `Sitemap: ${outlet.base}${f.path}`);
  return ['User-agent: *', 'Allow: /', ...(sitemaps.length ? ['', ...sitemaps] : []), ''].join('\n');
}

/** Renders what a route of an outlet serves. Returns its content type, body and date. */
export function renderRoute(outlet: OutletSite, route: Route): Rendered {
  switch (route.type) {
    case 'article':
      return {
        contentType: html,
        body: renderArticle(route.page, false),
        lastModified: route.page.modifiedAt,
      };
    case 'amp':
      return {
        contentType: html,
        body: renderArticle(route.page, true),
        lastModified: route.page.modifiedAt,
      };
    case 'feed':
      return renderFeed(outlet, route.feed);
    case 'sitemap-child':
      return { contentType: xml, ...renderChildSitemap(outlet, route.feed, route.year) };
    case 'home':
      return { contentType: html, ...renderListing(outlet, 'home') };
    case 'tag':
      return { contentType: html, ...renderListing(outlet, 'tag') };
    case 'robots':
      return { contentType: 'text/plain; charset=utf-8', body: robots(outlet) };
  }
}
