import type { Candidate, SourceReading } from './candidate.ts';
import { SourceFormatError } from './candidate.ts';
import { publisherUrl } from './publisher-url.ts';

// The GDELT DOC 2.0 API's article list (`mode=ArtList&format=json`): `{ "articles": [ { "url", "title",
// "seendate": "20260324T233000Z", "domain", "language", "sourcecountry", … } ] }`. A query it cannot run is
// answered with a plain-text sentence, not JSON, and with status 200.

interface GdeltArticle {
  url?: unknown;
  title?: unknown;
  seendate?: unknown;
}

/** "20260324T233000Z" → "2026-03-24T23:30:00.000Z"; anything else → undefined. */
function seenDate(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value) : null;
  if (!m) return undefined;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(date.getTime()) || date.getUTCMonth() !== +m[2]! - 1 ? undefined : date.toISOString();
}

/** Reads a GDELT DOC 2.0 article list. Throws SourceFormatError with GDELT's own message when it is not one. */
export function readGdelt(body: string, baseUrl: string): SourceReading {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const message = body.trim().split('\n')[0]?.slice(0, 200) || 'empty body';
    throw new SourceFormatError(`not a GDELT article list: ${message}`);
  }
  // An empty result is `{}`: no articles, not an error.
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new SourceFormatError('not a GDELT article list: expected a JSON object');
  }
  const articles = (data as { articles?: unknown }).articles ?? [];
  if (!Array.isArray(articles))
    throw new SourceFormatError('not a GDELT article list: "articles" is not a list');
  const candidates: Candidate[] = [];
  for (const article of articles as GdeltArticle[]) {
    if (typeof article?.url !== 'string') continue;
    let url: string;
    try {
      url = new URL(publisherUrl(article.url), baseUrl).toString();
    } catch {
      continue;
    }
    const candidate: Candidate = { url };
    if (typeof article.title === 'string' && article.title.trim()) candidate.title = article.title.trim();
    const publishedAt = seenDate(article.seendate);
    if (publishedAt) candidate.publishedAt = publishedAt;
    candidates.push(candidate);
  }
  return { candidates, childSources: [] };
}
