import type { SourceKind } from '../cases/index.ts';
import type { SourceReading } from './candidate.ts';
import { readFeed } from './feed.ts';
import { readGdelt } from './gdelt.ts';
import { readListing } from './listing.ts';
import { readSitemap } from './sitemap.ts';

/** Reads a source's body by its kind. Throws SourceFormatError when the body is not of that kind. */
export function readSource(
  kind: SourceKind,
  body: string,
  url: string,
  options: { linkPattern?: string } = {},
): SourceReading {
  switch (kind) {
    case 'feed':
      return readFeed(body, url);
    case 'sitemap':
      return readSitemap(body, url);
    case 'listing':
      return readListing(body, url, options.linkPattern);
    case 'gdelt':
      return readGdelt(body, url);
  }
}
