export type { Candidate, SourceReading } from './candidate.ts';
export { SourceFormatError } from './candidate.ts';
export { readFeed } from './feed.ts';
export { readGdelt } from './gdelt.ts';
export { readListing } from './listing.ts';
export { readSource } from './read-source.ts';
export { publisherUrl } from './publisher-url.ts';
export { readSitemap } from './sitemap.ts';
