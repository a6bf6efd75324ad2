import type { FeedConfig } from './content-schema.ts';
import { httpDate } from './dates.ts';
import type { RenderedFeed } from './feeds.ts';
import type { OutletSite } from './site-model.ts';
import { escapeXml, latestOf } from './xml.ts';

// Search-engine formats served by the fixture site, so the adapters for them are tested against the exact
// shapes without a network: a GDELT DOC 2.0 article list and a news-search RSS feed whose links go through a
// redirector, as Bing News and older Google News feeds do.

/** Where the fixture site's redirector lives; it answers 302 to its `url` parameter. */
export const redirectorPath = '/news/url';

/** "2026-03-24T23:30:00.000Z" → "20260324T233000Z", GDELT's `seendate`. */
function gdeltDate(when: Date): string {
  return when
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** An outlet's articles as GDELT DOC 2.0 lists them (`mode=ArtList&format=json`), newest first. */
export function renderGdelt(outlet: OutletSite): RenderedFeed {
  const lastModified = latestOf(outlet.articles.map((a) => a.modifiedAt));
  const articles = outlet.articles.map((page) => ({
    url: page.url,
    url_mobile: page.ampUrl ?? '',
    title: page.content.title,
    seendate: gdeltDate(page.publishedAt),
    socialimage: `${outlet.base}/images/${page.content.slug}.svg`,
    domain: new URL(outlet.base).hostname,
    language: page.content.language === 'es' ? 'Spanish' : 'English',
    sourcecountry: 'United States',
  }));
  return { body: `${JSON.stringify({ articles }, null, 1)}\n`, lastModified };
}

/** An outlet's articles as a news-search RSS feed: every link goes through the redirector. */
export function renderNewsSearch(outlet: OutletSite, feed: FeedConfig): RenderedFeed {
  const lastModified = latestOf(outlet.articles.map((a) => a.modifiedAt));
  const items = outlet.articles.map((page) => {
    const link = `${outlet.base}${redirectorPath}?sa=t&ct=news&url=${encodeURIComponent(page.url)}&usg=AOvVaw0`;
    return [
      '    <item>',
      `      <title>${escapeXml(`${page.content.title} - ${outlet.content.config.name}`)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="false">${escapeXml(`search-${outlet.content.id}-${page.content.slug}`)}</guid>`,
      `      <pubDate>${httpDate(page.publishedAt)}</pubDate>`,
      `      <source url="${escapeXml(outlet.base, true)}">${escapeXml(outlet.content.config.name)}</source>`,
      '    </item>',
    ].join('\n');
  });
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
    '  <channel>',
    `    <title>${escapeXml(`"${feed.title}" - News search`)}</title>`,
    `    <link>${escapeXml(outlet.base + feed.path)}</link>`,
    '    <description>News search results</description>',
    '    <language>en-us</language>',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
  return { body, lastModified };
}
