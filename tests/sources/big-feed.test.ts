import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrawleeFetcher } from '../../src/crawl/index.ts';
import type { Fetcher } from '../../src/crawl/index.ts';
import {
  fetchSource,
  maxCandidatesPerRead,
  newestCandidates,
  readSourceBody,
  readSourceBodyOffThread,
  SourceFormatError,
} from '../../src/sources/index.ts';

// A source listing tens of thousands of links must not stop the process that reads it: parsed in the process's
// own thread, a 50,000-item feed (6 MB) held the event loop for a second and more, and every fetch in flight
// beside it timed out. It is read on the reader thread, and only its newest links are handed on.

function rss(items: number, date = (_i: number) => 'Tue, 05 Mar 2024 10:00:00 GMT'): string {
  const body = Array.from(
    { length: items },
    (_, i) =>
      `<item><title>Item ${i}</title><link>http://127.0.0.1/a/${i}</link><pubDate>${date(i)}</pubDate></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${body}</channel></rss>`;
}

/**
 * The longest the event loop went without running a 10 ms timer. (monitorEventLoopDelay missed whole-second
 * stalls here when nothing else in the process used timers, so this counts them itself.)
 */
function watchStalls(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last - 10);
    },
  };
}

let base = '';
let close: () => Promise<void> = async () => undefined;
let fetcher: Fetcher;
const bigFeed = rss(50_000);

beforeAll(async () => {
  const server = createServer((req, res) => {
    if (req.url === '/feed') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(bigFeed);
    // A page that takes 100 ms to answer: one or two are always in flight while the feed is read.
    else if (req.url === '/page')
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>small</p>'), 100);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise<void>((r) => server.close(() => r()));
  // The transport alone: robots.txt and host spacing are not what is measured.
  fetcher = createCrawleeFetcher({ userAgent: 'casewatch-test', timeoutMs: 1000, maxConcurrency: 8 });
  // Nor is the crawler's start-up, which can itself take a second on a loaded machine.
  for (let tries = 0; ; tries++) {
    try {
      await fetcher.fetch({ url: `${base}/page` });
      break;
    } catch (error) {
      if (tries >= 5) throw error;
    }
  }
});

afterAll(async () => {
  await fetcher.close();
  await close();
});

describe('a big source', () => {
  it('is read without starving the fetches beside it (1 s timeout), its newest links kept', async () => {
    const stalls = watchStalls();
    let reading = true;
    const small: Promise<number | string>[] = [];
    const alongside = (async () => {
      while (reading) {
        small.push(
          fetcher.fetch({ url: `${base}/page` }).then(
            (r) => r.status,
            (error: Error) => error.message,
          ),
        );
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const started = performance.now();
    const { candidates } = await fetchSource(fetcher, {
      kind: 'feed',
      url: `${base}/feed`,
      label: 'big feed',
    });
    const seconds = (performance.now() - started) / 1000;
    reading = false;
    await alongside;
    const statuses = await Promise.all(small);
    const longestMs = stalls.stop();
    console.log(
      `big feed: 50,000 items read in ${seconds.toFixed(2)} s; longest event-loop stall ${longestMs.toFixed(0)} ms; ` +
        `${statuses.length} fetches beside it`,
    );
    expect(candidates).toHaveLength(maxCandidatesPerRead);
    expect(candidates[0]?.url).toBe('http://127.0.0.1/a/0');
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    // Read in this thread it held the loop 1–3 s; what is left is receiving the body and the machine's load.
    expect(longestMs).toBeLessThan(500);
  }, 60_000);

  it('reads the same on the reader thread as here, and a broken body is a format error there too', async () => {
    const input = {
      kind: 'feed' as const,
      body: Buffer.from(rss(3)),
      contentType: 'application/rss+xml',
      url: 'http://127.0.0.1/feed',
    };
    expect(await readSourceBodyOffThread(input)).toEqual(readSourceBody(input));
    await expect(
      readSourceBodyOffThread({ ...input, body: Buffer.from('<html><body>no feed</body></html>') }),
    ).rejects.toThrowError(SourceFormatError);
  });
});

describe('newestCandidates', () => {
  it('keeps the newest dated links, then undated ones in the source order', () => {
    const at = (day: number) => `2024-03-${String(day).padStart(2, '0')}T00:00:00.000Z`;
    const list = [
      { url: 'u1' },
      { url: 'd1', publishedAt: at(1) },
      { url: 'd9', publishedAt: at(9) },
      { url: 'u2' },
      { url: 'd5', publishedAt: at(5) },
    ];
    expect(newestCandidates(list, 4).map((c) => c.url)).toEqual(['d9', 'd5', 'd1', 'u1']);
    expect(newestCandidates(list, 5)).toBe(list);
  });
});
