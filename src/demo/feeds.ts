import type { FeedConfig } from './content-schema.ts';
import { httpDate } from './dates.ts';
import { linkFor } from './feed-links.ts';
import { summarise } from './markdown.ts';
import type { OutletSite } from './site-model.ts';
import { escapeXml, latestOf } from './xml.ts';

/** A rendered feed or sitemap: its body and the date its Last-Modified header carries. */
export interface RenderedFeed {
  body: string;
  lastModified: Date;
}

/** Renders an outlet's RSS 2.0 feed, newest first. Returns the XML and its last modification. */
export function renderRss(outlet: OutletSite, feed: FeedConfig): RenderedFeed {
  const { config } = outlet.content;
  const lastModified = latestOf(outlet.articles.map((a) => a.modifiedAt));
  const items = outlet.articles.map((page) =>
    [
      '    <item>',
      `      <title>${escapeXml(page.content.title)}</title>`,
      `      <link>${escapeXml(linkFor(page, feed))}</link>`,
      // A non-permalink guid, as WordPress and most CMSs do: the guid never changes when a URL does.
      `      <guid isPermaLink="false">${escapeXml(`${outlet.content.id}-${page.content.slug}`)}</guid>`,
      `      <pubDate>${httpDate(page.publishedAt)}</pubDate>`,
      `      <dc:creator><![CDATA[${page.content.byline}]]></dc:creator>`,
      `      <category><![CDATA[${page.content.front.section ?? 'News'}]]></category>`,
      `      <description><![CDATA[${summarise(page.content.body, 300)}]]></description>`,
      '    </item>',
    ].join('\n'),
  );
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(`${config.name} — ${feed.title}`)}</title>`,
    `    <link>${outlet.base}/</link>`,
    `    <atom:link href="${escapeXml(outlet.base + feed.path, true)}" rel="self" type="application/rss+xml" />`,
    `    <description>${escapeXml(config.tagline)}</description>`,
    `    <language>${escapeXml(config.locale.toLowerCase())}</language>`,
    `    <lastBuildDate>${httpDate(lastModified)}</lastBuildDate>`,
    '    <ttl>15</ttl>',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
  return { body, lastModified };
}

/** Renders an outlet's Atom 1.0 feed, newest first. Returns the XML and its last modification. */
export function renderAtom(outlet: OutletSite, feed: FeedConfig): RenderedFeed {
  const { config } = outlet.content;
  const lastModified = latestOf(outlet.articles.map((a) => a.modifiedAt));
  const host = new URL(outlet.base).hostname;
  const entries = outlet.articles.map((page) =>
    [
      '  <entry>',
      `    <title type="text">${escapeXml(page.content.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(linkFor(page, feed), true)}" />`,
      `    <id>tag:${host},${page.content.front.published.slice(0, 10)}:${outlet.content.id}/${page.content.slug}</id>`,
      `    <published>${page.content.front.published}</published>`,
      `    <updated>${page.content.front.modified ?? page.content.front.published}</updated>`,
      `    <author><name>${escapeXml(page.content.byline.replace(/^by\s+/i, ''))}</name></author>`,
      `    <category term="${escapeXml(page.content.front.section ?? 'News', true)}" />`,
      `    <summary type="text">${escapeXml(summarise(page.content.body, 300))}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  const body = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(config.language, true)}">`,
    `  <title>${escapeXml(`${config.name} — ${feed.title}`)}</title>`,
    `  <subtitle>${escapeXml(config.tagline)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(outlet.base + feed.path, true)}" />`,
    `  <link rel="alternate" type="text/html" href="${outlet.base}/" />`,
    `  <id>${outlet.base}/</id>`,
    `  <updated>${lastModified.toISOString()}</updated>`,
    `  <generator>casewatch fixture site</generator>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return { body, lastModified };
}
