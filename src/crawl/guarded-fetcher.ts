import { PermanentError } from '../queue/errors.ts';
import type { HostGate } from './host-gate.ts';
import { waitForSlot } from './host-gate.ts';
import { retryAfterMs } from './http-status.ts';
import { createRobotsCheck } from './robots.ts';
import type { Fetcher, FetchRequest, FetchResponse } from './types.ts';
import { FetchError } from './types.ts';
import type { UrlPolicy } from './url-safety.ts';
import { assertSafeUrl } from './url-safety.ts';

export interface GuardedFetcherOptions {
  urlPolicy: UrlPolicy;
  gate: HostGate;
  /** The product token robots.txt groups are matched against ("casewatch"). */
  robotsAgent: string;
  /** Least time between two requests to one host, ms; a site's Crawl-delay can ask for more. */
  hostIntervalMs: number;
  /** Redirects followed at most before a fetch fails (a loop, or a chain too long to be honest). */
  maxRedirects?: number;
}

/** A page robots.txt keeps us from: permanent until the site changes its mind. */
export class RobotsDisallowedError extends PermanentError {
  override name = 'RobotsDisallowedError';
}

/**
 * A fetcher that behaves as a good citizen and a careful one, around a transport that sends single requests:
 * every hop (the first URL and each redirect) is checked against the URL policy, then against the site's
 * robots.txt, then waits for the host's next slot; a 429 or 503 with Retry-After keeps every worker away from
 * the host that long. Hosts on the allow-list (the fixture site, a local test server) get no spacing.
 */
export function createGuardedFetcher(transport: Fetcher, options: GuardedFetcherOptions): Fetcher {
  const maxRedirects = options.maxRedirects ?? 10;
  const allowed = new Set(options.urlPolicy.allowHosts);
  const spacingOf = (url: URL, crawlDelayMs = 0) =>
    allowed.has(url.hostname) || allowed.has(url.host) ? 0 : Math.max(options.hostIntervalMs, crawlDelayMs);

  /** Follows redirects with the URL policy and the host gate on every hop; `robots` adds the robots.txt check. */
  async function follow(request: FetchRequest, robots: boolean): Promise<FetchResponse> {
    let url = request.url;
    for (let hop = 0; ; hop++) {
      await assertSafeUrl(url, options.urlPolicy);
      const parsed = new URL(url);
      let crawlDelayMs: number | undefined;
      if (robots) {
        const verdict = await robotsCheck(url);
        // A site whose robots.txt cannot be read is left alone for now (RFC 9309), and that is worth a retry.
        if (verdict.unreadable) {
          throw new FetchError(
            url,
            `robots.txt of ${parsed.host} could not be read (${verdict.unreadable}); not fetching ${url} until it can`,
          );
        }
        if (!verdict.allowed)
          throw new RobotsDisallowedError(`robots.txt of ${parsed.host} disallows ${url}`);
        crawlDelayMs = verdict.crawlDelayMs;
      }
      await waitForSlot(options.gate, parsed.host, spacingOf(parsed, crawlDelayMs));
      const response = await transport.fetch({ ...request, url });
      if (response.status === 429 || response.status === 503) {
        const wait = retryAfterMs(response.headers['retry-after']);
        // An hour at most: a Retry-After of a year is a misconfigured server, not a request to stay away.
        if (wait !== undefined) await options.gate.defer(parsed.host, Math.min(wait, 3_600_000));
      }
      const location = response.headers.location;
      if (response.status < 300 || response.status >= 400 || response.status === 304 || !location) {
        return { ...response, url: request.url, finalUrl: url };
      }
      if (hop >= maxRedirects) {
        throw new PermanentError(`more than ${maxRedirects} redirects from ${request.url} (last: ${url})`);
      }
      try {
        url = new URL(location, url).toString();
      } catch {
        throw new PermanentError(`bad redirect from ${url}: ${JSON.stringify(location.slice(0, 200))}`);
      }
    }
  }

  const robotsCheck = createRobotsCheck({
    agent: options.robotsAgent,
    fetch: (url) => follow({ url }, false),
  });

  return {
    fetch: (request) => follow(request, true),
    async close() {
      await Promise.allSettled([transport.close(), options.gate.close()]);
    },
  };
}
