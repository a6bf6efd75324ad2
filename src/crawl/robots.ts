import robotsParserModule from 'robots-parser';
import type { FetchResponse } from './types.ts';

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// A CommonJS module whose types declare an ES default export: at run time the import is the function itself.
const robotsParser = robotsParserModule as unknown as (url: string, robotstxt: string) => Robot;

/** What a site's robots.txt says about one URL for our user agent. */
export interface RobotsVerdict {
  allowed: boolean;
  /** Set when the site is closed because its robots.txt could not be read (not because it says so). */
  unreadable?: string;
  /** The site's Crawl-delay for us, in ms, when it sets one. */
  crawlDelayMs?: number;
}

interface SiteRules {
  isAllowed(url: string): boolean;
  unreadable?: string;
  crawlDelayMs?: number;
}

const allowAll: SiteRules = { isAllowed: () => true };
const unreadable = (why: string): SiteRules => ({ isAllowed: () => false, unreadable: why });

export interface RobotsOptions {
  /** The product token robots.txt groups are matched against, e.g. "casewatch". */
  agent: string;
  /** Reads a robots.txt (redirects followed, URL safety applied). */
  fetch: (url: string) => Promise<FetchResponse>;
  /** How long a site's rules are kept: an hour by default. */
  ttlMs?: number;
  /** How long a robots.txt that could not be read keeps the site closed: five minutes by default. */
  unreachableTtlMs?: number;
  /** Sites remembered at most; the least recently read are forgotten first. */
  maxSites?: number;
  now?: () => number;
}

/**
 * robots.txt, read once per site (scheme, host and port) and kept for a while. As RFC 9309 says: a robots.txt
 * that is missing (4xx) allows everything; one that cannot be read (5xx, network failure) disallows everything
 * until it can be read again — a site in trouble is left alone.
 */
export function createRobotsCheck(options: RobotsOptions): (url: string) => Promise<RobotsVerdict> {
  const ttl = options.ttlMs ?? 3_600_000;
  const unreachableTtl = options.unreachableTtlMs ?? 300_000;
  const maxSites = options.maxSites ?? 5000;
  const now = options.now ?? Date.now;
  const sites = new Map<string, { until: number; rules: Promise<SiteRules> }>();

  async function read(origin: string): Promise<{ rules: SiteRules; ttl: number }> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const response = await options.fetch(robotsUrl);
      if (response.status >= 400 && response.status < 500) return { rules: allowAll, ttl };
      if (response.status >= 300)
        return { rules: unreadable(`HTTP ${response.status}`), ttl: unreachableTtl };
      const robots = robotsParser(robotsUrl, response.body.toString('utf8'));
      const delay = robots.getCrawlDelay(options.agent);
      return {
        rules: {
          // A path robots.txt says nothing about is allowed.
          isAllowed: (url) => robots.isAllowed(url, options.agent) ?? true,
          crawlDelayMs: delay === undefined ? undefined : Math.min(60, delay) * 1000,
        },
        ttl,
      };
    } catch (error) {
      return {
        rules: unreadable(error instanceof Error ? error.message : String(error)),
        ttl: unreachableTtl,
      };
    }
  }

  return async (url) => {
    const { origin, pathname } = new URL(url);
    if (pathname === '/robots.txt') return { allowed: true };
    let entry = sites.get(origin);
    if (!entry || entry.until < now()) {
      const pending = read(origin);
      entry = { until: Number.POSITIVE_INFINITY, rules: pending.then((r) => r.rules) };
      const stored = entry;
      void pending.then((r) => (stored.until = now() + r.ttl));
      sites.delete(origin);
      sites.set(origin, entry);
      if (sites.size > maxSites) sites.delete(sites.keys().next().value!);
    }
    const rules = await entry.rules;
    return { allowed: rules.isAllowed(url), unreadable: rules.unreadable, crawlDelayMs: rules.crawlDelayMs };
  };
}
