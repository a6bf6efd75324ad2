import { parseFeed } from 'feedsmith';
import { parseDate } from '../extract/dates.ts';
import type { Candidate, SourceReading } from './candidate.ts';
import { SourceFormatError } from './candidate.ts';
import { publisherUrl } from './publisher-url.ts';

type Loose = Record<string, unknown>;

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && typeof (value as Loose).value === 'string') {
    return ((value as Loose).value as string).trim() || undefined;
  }
  return undefined;
}

function withDate(candidate: Candidate, date: unknown): Candidate {
  const iso = parseDate(textOf(date));
  return iso ? { ...candidate, publishedAt: iso } : candidate;
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document; links through a news-search redirector are read
 * as their publisher's URL. Throws SourceFormatError if it is none of them.
 */
export function readFeed(body: string, baseUrl: string): SourceReading {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body);
  } catch (error) {
    throw new SourceFormatError(`not an RSS, Atom or JSON feed: ${(error as Error).message.split('\n')[0]}`);
  }
  const candidates: Candidate[] = [];
  const add = (link: unknown, title: unknown, date: unknown): void => {
    const href = textOf(link);
    if (!href) return;
    try {
      candidates.push(
        withDate({ url: publisherUrl(new URL(href, baseUrl).toString()), title: textOf(title) }, date),
      );
    } catch {
      // a malformed link in one item does not spoil the others
    }
  };
  const feed = parsed.feed as Loose;
  if (parsed.format === 'atom') {
    for (const entry of (feed.entries as Loose[] | undefined) ?? []) {
      const links = (entry.links as Loose[] | undefined) ?? [];
      const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
      add(link?.href, entry.title, entry.published ?? entry.updated);
    }
  } else if (parsed.format === 'json') {
    for (const item of (feed.items as Loose[] | undefined) ?? [])
      add(item.url ?? item.external_url, item.title, item.date_published);
  } else {
    for (const item of (feed.items as Loose[] | undefined) ?? []) {
      const dc = item.dc as Loose | undefined;
      const guid = item.guid as Loose | string | undefined;
      const permalink = typeof guid === 'object' && guid?.isPermaLink !== false ? guid?.value : undefined;
      add(item.link ?? permalink, item.title, item.pubDate ?? dc?.date);
    }
  }
  return { candidates, childSources: [] };
}
