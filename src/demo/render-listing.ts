import type { FeedConfig } from './content-schema.ts';
import { displayDates } from './dates.ts';
import { linkFor } from './feed-links.ts';
import { renderTemplate } from './render-template.ts';
import { siteView } from './site-view.ts';
import type { OutletSite } from './site-model.ts';
import { latestOf } from './xml.ts';

export interface RenderedPage {
  body: string;
  lastModified: Date;
}

function items(outlet: OutletSite, feed: FeedConfig | null): Record<string, unknown>[] {
  return outlet.articles.map((page) => ({
    title: page.content.title,
    url: feed ? linkFor(page, feed) : page.url,
    section: page.content.front.section ?? 'News',
    byline: page.content.byline,
    date: displayDates(page.publishedAt, outlet.content.config).short,
    iso: page.content.front.published,
  }));
}

/**
 * Renders a page that lists articles but is none: the home page, the tag page, or a listing source (feed given,
 * so that its links follow the feed's preferred variant). Returns the HTML and the newest article's date.
 */
export function renderListing(
  outlet: OutletSite,
  kind: 'home' | 'tag' | 'listing',
  feed: FeedConfig | null = null,
): RenderedPage {
  const { config, templates } = outlet.content;
  const heading =
    kind === 'home'
      ? config.name
      : kind === 'tag'
        ? (config.tag_page?.title ?? 'News')
        : (feed?.title ?? 'News');
  const path = kind === 'home' ? '/' : kind === 'tag' ? (config.tag_page?.path ?? '/') : (feed?.path ?? '/');
  const view = {
    ...siteView(outlet),
    lang: config.language,
    heading,
    url: outlet.base + path,
    is_home: kind === 'home',
    items: items(outlet, feed),
    // A home page shows the latest few; section and listing pages show everything they hold.
    top: items(outlet, feed).slice(0, 3),
  };
  return {
    body: renderTemplate(kind === 'home' ? templates.home : templates.listing, view),
    lastModified: latestOf(outlet.articles.map((a) => a.modifiedAt)),
  };
}
