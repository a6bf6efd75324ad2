import type { Config } from '../config/index.ts';
import type { Fetcher } from '../crawl/index.ts';
import { createCrawleeFetcher } from '../crawl/index.ts';

/** The fetcher the configuration describes: its User-Agent, time limit and allow-list of non-public hosts. */
export function configuredFetcher(config: Config, maxConcurrency: number): Fetcher {
  return createCrawleeFetcher({
    userAgent: config.userAgent,
    timeoutMs: config.fetchTimeoutMs,
    maxConcurrency,
    urlPolicy: { allowHosts: config.allowHosts },
  });
}
