import type { FeedConfig } from './content-schema.ts';
import type { ArticlePage } from './site-model.ts';

/** The URL a feed links for a page: the variant the feed prefers when the page has one, else the page itself. */
export function linkFor(page: ArticlePage, feed: FeedConfig): string {
  if (feed.links === 'utm' && page.utmUrl) return page.utmUrl;
  if (feed.links === 'amp' && page.ampUrl) return page.ampUrl;
  return page.url;
}
