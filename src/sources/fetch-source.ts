import type { SourceKind } from '../cases/index.ts';
import type { Fetcher, FetchResponse } from '../crawl/index.ts';
import { assertSuccess } from '../crawl/index.ts';
import type { Candidate } from './candidate.ts';
import { newestCandidates } from './newest.ts';
import { readSourceBodyUnblocked } from './reader-thread.ts';

/** A sitemap index may point at many children; one read follows this many at most. */
export const maxChildSources = 25;

/** What to read: a source as stored or as given on the command line. */
export interface SourceSpec {
  kind: SourceKind;
  url: string;
  linkPattern?: string;
  /** How errors name the source, e.g. `source 3 (KRQE)`. */
  label: string;
}

export interface SourceFetch {
  /** The answer to the source's own URL (its validators are the next conditional GET's). */
  response: FetchResponse;
  /** True when the source answered 304: nothing new, no candidates. */
  notModified: boolean;
  /** Article links of the source and of its child sitemaps: the newest maxCandidatesPerRead of them. */
  candidates: Candidate[];
}

async function fetchOne(fetcher: Fetcher, spec: SourceSpec, url: string, headers: Record<string, string>) {
  const response = await fetcher.fetch({ url, headers });
  assertSuccess(response, spec.label, Object.keys(headers).length > 0);
  if (response.status === 304) return { response, reading: undefined };
  const reading = await readSourceBodyUnblocked({
    kind: spec.kind,
    body: response.body,
    contentType: response.headers['content-type'],
    url: response.finalUrl,
    linkPattern: spec.linkPattern,
  });
  return { response, reading };
}

/**
 * Reads a source through the fetcher — conditionally when validators are given — and the child sitemaps a
 * sitemap index names (up to maxChildSources), keeping the newest maxCandidatesPerRead links. Throws the fetcher's and readers' errors: RetryableHttpError
 * for 429/5xx, PermanentError for other HTTP failures, SourceFormatError for a body of the wrong kind.
 */
export async function fetchSource(
  fetcher: Fetcher,
  spec: SourceSpec,
  validators: { etag?: string | null; lastModified?: string | null } = {},
): Promise<SourceFetch> {
  const headers: Record<string, string> = {};
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const { response, reading } = await fetchOne(fetcher, spec, spec.url, headers);
  if (!reading) return { response, notModified: true, candidates: [] };
  const candidates = [...reading.candidates];
  for (const child of reading.childSources.slice(0, maxChildSources)) {
    const nested = await fetchOne(fetcher, spec, child, {});
    candidates.push(...(nested.reading?.candidates ?? []));
  }
  return { response, notModified: false, candidates: newestCandidates(candidates) };
}
