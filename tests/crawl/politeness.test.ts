import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fetcher, HostGate } from '../../src/crawl/index.ts';
import {
  createCrawleeFetcher,
  createGuardedFetcher,
  createMemoryHostGate,
  createRedisHostGate,
  RobotsDisallowedError,
} from '../../src/crawl/index.ts';
import { freshQueuePrefix, redisUrl } from '../helpers/services.ts';

// A good citizen: robots.txt read once per site and obeyed, Retry-After keeps everyone away from the host, and
// the spacing between requests to one host is one budget for every worker process (kept in Redis).

interface Site {
  base: string;
  hits: string[];
  server: Server;
}

async function site(robots: { status: number; body?: string }): Promise<Site> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/robots.txt')
      res.writeHead(robots.status, { 'content-type': 'text/plain' }).end(robots.body ?? '');
    else if (req.url === '/busy') res.writeHead(429, { 'retry-after': '120' }).end();
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, server };
}

function guarded(s: Site, gate: HostGate = createMemoryHostGate()): Fetcher {
  return createGuardedFetcher(
    createCrawleeFetcher({ userAgent: 'casewatch/0.1', timeoutMs: 5000, maxConcurrency: 2 }),
    {
      urlPolicy: { allowHosts: [new URL(s.base).host] },
      gate,
      robotsAgent: 'casewatch',
      hostIntervalMs: 0,
    },
  );
}

const sites: Site[] = [];
const fetchers: Fetcher[] = [];
afterAll(async () => {
  await Promise.allSettled(fetchers.map((f) => f.close()));
  for (const s of sites) {
    s.server.closeAllConnections();
    s.server.close();
  }
});

describe('robots.txt', () => {
  let s: Site;
  let fetcher: Fetcher;
  beforeAll(async () => {
    s = await site({
      status: 200,
      body: 'User-agent: *\nDisallow: /private/\n\nUser-agent: casewatch\nDisallow: /no-monitors/\nAllow: /\n',
    });
    sites.push(s);
    fetchers.push((fetcher = guarded(s)));
  });

  it('is obeyed for our agent, read once per site', async () => {
    expect((await fetcher.fetch({ url: `${s.base}/news/1` })).status).toBe(200);
    expect((await fetcher.fetch({ url: `${s.base}/private/2` })).status).toBe(200); // our group allows it
    await expect(fetcher.fetch({ url: `${s.base}/no-monitors/3` })).rejects.toThrow(RobotsDisallowedError);
    expect(s.hits.filter((h) => h === '/robots.txt')).toHaveLength(1);
    expect(s.hits).not.toContain('/no-monitors/3');
  });

  it('allows everything when missing, and nothing while it cannot be read', async () => {
    const missing = await site({ status: 404 });
    const broken = await site({ status: 503 });
    sites.push(missing, broken);
    const [a, b] = [guarded(missing), guarded(broken)];
    fetchers.push(a, b);
    expect((await a.fetch({ url: `${missing.base}/page` })).status).toBe(200);
    await expect(b.fetch({ url: `${broken.base}/page` })).rejects.toThrow(
      /^robots.txt of 127\.0\.0\.1:\d+ could not be read \(HTTP 503\); not fetching/,
    );
    expect(broken.hits).toEqual(['/robots.txt']);
  });
});

describe('host spacing', () => {
  it('keeps every worker away from a host that answered Retry-After', async () => {
    const s = await site({ status: 404 });
    sites.push(s);
    const gate = createMemoryHostGate();
    const fetcher = guarded(s, gate);
    fetchers.push(fetcher);
    expect((await fetcher.fetch({ url: `${s.base}/busy` })).status).toBe(429);
    // The next request to that host would wait about two minutes: the slot is two minutes away.
    const wait = await gate.reserve(new URL(s.base).host, 0);
    expect(wait).toBeGreaterThan(110_000);
    expect(wait).toBeLessThanOrEqual(120_000);
  });

  it('is one budget per host for every process that shares Redis', async () => {
    const prefix = freshQueuePrefix('host-gate');
    const [one, two] = [
      createRedisHostGate(redisUrl, prefix.prefix),
      createRedisHostGate(redisUrl, prefix.prefix),
    ];
    try {
      // Three requests to one host from two processes get slots one interval apart; another host is not held up.
      const first = await one.reserve('krqe.com', 1000);
      const second = await two.reserve('krqe.com', 1000);
      const third = await one.reserve('krqe.com', 1000);
      const other = await two.reserve('kob.com', 1000);
      expect(first).toBe(0);
      expect(second).toBeGreaterThan(900);
      expect(second).toBeLessThanOrEqual(1000);
      expect(third).toBeGreaterThan(1900);
      expect(third).toBeLessThanOrEqual(2000);
      expect(other).toBe(0);
      await two.defer('kob.com', 30_000);
      expect(await one.reserve('kob.com', 1000)).toBeGreaterThan(29_000);
    } finally {
      await Promise.allSettled([one.close(), two.close()]);
      await prefix.remove();
    }
  });
});
