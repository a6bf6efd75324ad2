import type { Candidate } from './candidate.ts';

/**
 * How many links one read of a source (with its child sitemaps) hands on. News comes newest first and a news
 * sitemap may list 1,000 URLs at most (Google's limit), so a source offering more is an archive: claiming and
 * queueing 10,000 links a read would hold the store and the queue for nothing a monitor needs, and more than
 * 8,191 would not fit one claim statement (8 parameters a page, 65,535 at most).
 */
export const maxCandidatesPerRead = 1000;

const time = (c: Candidate): number => (c.publishedAt ? Date.parse(c.publishedAt) : Number.NaN);

/**
 * The `max` newest candidates: dated ones newest first, then undated ones; ties and undated ones keep the
 * source's own order, which is newest first in a feed. Fewer than `max` come back as they are.
 */
export function newestCandidates(candidates: Candidate[], max = maxCandidatesPerRead): Candidate[] {
  if (candidates.length <= max) return candidates;
  const order = candidates.map((c, i) => ({ c, i, t: time(c) }));
  order.sort((a, b) => {
    const aDated = !Number.isNaN(a.t);
    const bDated = !Number.isNaN(b.t);
    if (aDated !== bDated) return aDated ? -1 : 1;
    if (aDated && a.t !== b.t) return b.t - a.t;
    return a.i - b.i;
  });
  return order.slice(0, max).map((x) => x.c);
}
