/** A link a source offers: what discovery hands to the fetch stage. */
export interface Candidate {
  url: string;
  title?: string;
  /** ISO 8601, when the source dated the link. */
  publishedAt?: string;
}

/** What reading a source yields: article links, and further sources to read (a sitemap index's children). */
export interface SourceReading {
  candidates: Candidate[];
  childSources: string[];
}

/** A source body that is not of the kind it was declared as, or is too broken to read. */
export class SourceFormatError extends Error {
  override name = 'SourceFormatError';
}
