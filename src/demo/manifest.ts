import type { CaseSource } from '../cases/index.ts';
import type { FeedConfig, FeedKind } from './content-schema.ts';
import type { FixtureArticle } from './fixture-site.ts';
import type { OutletSite, SiteModel } from './site-model.ts';

const sourceKindOf: Record<FeedKind, CaseSource['kind']> = {
  rss: 'feed',
  atom: 'feed',
  sitemap: 'sitemap',
  'news-sitemap': 'sitemap',
  'sitemap-index': 'sitemap',
  listing: 'listing',
  gdelt: 'gdelt',
  'news-search': 'feed',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function caseSource(outlet: OutletSite, feed: FeedConfig): CaseSource {
  const source: CaseSource = {
    name: `${outlet.content.config.name} — ${feed.title}`,
    kind: sourceKindOf[feed.kind],
    url: outlet.base + feed.path,
    enabled: true,
  };
  // The pattern in outlet.yaml is written after the origin, since the port is only known once listening.
  if (feed.kind === 'listing')
    source.link_pattern = `^${escapeRegExp(outlet.base)}${feed.link_pattern ?? '/'}`;
  return source;
}

/** One case source per feed, sitemap and listing the site offers, in outlet order. */
export function manifestSources(model: SiteModel): CaseSource[] {
  return [...model.outlets.values()].flatMap((outlet) =>
    outlet.content.config.feeds.map((feed) => caseSource(outlet, feed)),
  );
}

/** Every article page of the site, oldest first. */
export function manifestArticles(model: SiteModel): FixtureArticle[] {
  return [...model.pages]
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.url.localeCompare(b.url))
    .map((page) => ({
      outlet: page.content.outlet,
      url: page.url,
      variantUrls: [page.ampUrl, page.utmUrl].filter((u): u is string => u !== null),
      story: page.content.front.story,
      onTopic: page.content.front.on_topic,
      language: page.content.language,
      seed: page.content.front.seed,
      title: page.content.title,
      publishedAt: page.content.front.published,
    }));
}
