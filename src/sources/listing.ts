import * as cheerio from 'cheerio';
import type { Candidate, SourceReading } from './candidate.ts';

/**
 * Reads an HTML listing page: every link whose absolute URL matches the pattern (by default: any link on the
 * same host whose path is deeper than the listing's own). Titles come from the link text.
 */
export function readListing(html: string, baseUrl: string, linkPattern?: string): SourceReading {
  const $ = cheerio.load(html);
  const base = new URL(baseUrl);
  const pattern = linkPattern ? new RegExp(linkPattern) : undefined;
  const seen = new Map<string, Candidate>();
  $('a[href]').each((_, el) => {
    let url: URL;
    try {
      url = new URL($(el).attr('href') ?? '', base);
    } catch {
      return;
    }
    url.hash = '';
    const href = url.toString();
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (pattern) {
      if (!pattern.test(href)) return;
    } else if (
      url.host !== base.host ||
      url.pathname.split('/').filter(Boolean).length < 2 ||
      href === base.toString()
    ) {
      return;
    }
    const title = $(el).text().replace(/\s+/g, ' ').trim();
    const known = seen.get(href);
    if (!known) seen.set(href, title ? { url: href, title } : { url: href });
    else if (!known.title && title) known.title = title;
  });
  return { candidates: [...seen.values()], childSources: [] };
}
