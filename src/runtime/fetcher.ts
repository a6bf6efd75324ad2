import type { Config } from '../config/index.ts';
import type { Fetcher } from '../crawl/index.ts';
import {
  createCrawleeFetcher,
  createGuardedFetcher,
  createMemoryHostGate,
  createRedisHostGate,
} from '../crawl/index.ts';

/** The robots.txt product token of a User-Agent: "casewatch/0.1 (+https://…)" → "casewatch". */
export function robotsAgent(userAgent: string): string {
  return /^[\w-]+/.exec(userAgent)?.[0]?.toLowerCase() ?? 'casewatch';
}

/**
 * The fetcher the configuration describes: Crawlee with its User-Agent and time limit, behind the URL policy
 * (allow-list), robots.txt and per-host spacing — shared through Redis when there is one, so every worker
 * process keeps to one budget per host.
 */
export function configuredFetcher(config: Config, maxConcurrency: number): Fetcher {
  const transport = createCrawleeFetcher({
    userAgent: config.userAgent,
    timeoutMs: config.fetchTimeoutMs,
    maxConcurrency,
  });
  return createGuardedFetcher(transport, {
    urlPolicy: { allowHosts: config.allowHosts },
    gate: config.redisUrl ? createRedisHostGate(config.redisUrl, config.queuePrefix) : createMemoryHostGate(),
    robotsAgent: robotsAgent(config.userAgent),
    hostIntervalMs: config.hostIntervalMs,
  });
}
