import { XMLParser } from 'fast-xml-parser';
import { parseDate } from '../extract/dates.ts';
import type { Candidate, SourceReading } from './candidate.ts';
import { SourceFormatError } from './candidate.ts';

type Loose = Record<string, unknown>;

// Entities are never expanded: a sitemap has no use for them and expansion is an attack surface.
const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  processEntities: false,
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Reads an XML sitemap, a news sitemap (news:title, news:publication_date) or a sitemap index. */
export function readSitemap(body: string, baseUrl: string): SourceReading {
  let doc: Loose;
  try {
    doc = parser.parse(body, true) as Loose;
  } catch (error) {
    throw new SourceFormatError(`not a sitemap: ${(error as Error).message.split('\n')[0]}`);
  }
  const resolve = (loc: unknown): string | undefined => {
    const s = str(loc)?.replace(/&amp;/g, '&');
    if (!s) return undefined;
    try {
      return new URL(s, baseUrl).toString();
    } catch {
      return undefined;
    }
  };
  const index = doc.sitemapindex as Loose | undefined;
  if (index) {
    const childSources = ((index.sitemap as Loose[] | undefined) ?? [])
      .map((s) => resolve(s.loc))
      .filter((u): u is string => !!u);
    return { candidates: [], childSources };
  }
  const urlset = doc.urlset as Loose | undefined;
  if (!urlset) throw new SourceFormatError('not a sitemap: no <urlset> or <sitemapindex>');
  const candidates: Candidate[] = [];
  for (const entry of (urlset.url as Loose[] | undefined) ?? []) {
    const url = resolve(entry.loc);
    if (!url) continue;
    const news = entry.news as Loose | undefined;
    const candidate: Candidate = { url };
    const title = str(news?.title)?.replace(/&amp;/g, '&');
    if (title) candidate.title = title;
    const date = parseDate(str(news?.publication_date) ?? str(entry.lastmod));
    if (date) candidate.publishedAt = date;
    candidates.push(candidate);
  }
  return { candidates, childSources: [] };
}
