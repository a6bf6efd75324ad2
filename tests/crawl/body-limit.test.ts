import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/crawl/index.ts';
import { createCrawleeFetcher } from '../../src/crawl/index.ts';
import { PermanentError } from '../../src/queue/errors.ts';

// A page larger than the limit is refused whether it says so (Content-Length), streams without a length, or
// hides behind gzip (a bomb: a few kilobytes that inflate to megabytes); a page under the limit arrives whole.

const limit = 256 * 1024;
const big = Buffer.alloc(4 * 1024 * 1024, 'a');
let server: Server;
let base: string;
let fetcher: Fetcher;

beforeAll(async () => {
  const bomb = gzipSync(big);
  server = createServer((req, res) => {
    if (req.url === '/small')
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>'.padEnd(1000, 'x'));
    else if (req.url === '/declared')
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': big.length }).end(big);
    else if (req.url === '/chunked') {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 64; i++) res.write(big.subarray(0, 64 * 1024));
      res.end();
    } else if (req.url === '/bomb') {
      res.writeHead(200, {
        'content-type': 'text/html',
        'content-encoding': 'gzip',
        'content-length': bomb.length,
      });
      res.end(bomb);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fetcher = createCrawleeFetcher({
    userAgent: 'casewatch-test',
    timeoutMs: 10_000,
    maxConcurrency: 2,
    maxBodyBytes: limit,
  });
});
afterAll(async () => {
  await fetcher?.close();
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
});

describe('the body limit', () => {
  it('lets a page under the limit through whole', async () => {
    const response = await fetcher.fetch({ url: `${base}/small` });
    expect(response.body.length).toBe(1000);
  });

  it.each(['declared', 'chunked', 'bomb'])('refuses a %s body over the limit, permanently', async (path) => {
    const failure = fetcher.fetch({ url: `${base}/${path}` });
    await expect(failure).rejects.toThrow(PermanentError);
    await expect(failure).rejects.toThrow(/body too large/);
  });

  it('keeps working after refusing', async () => {
    expect((await fetcher.fetch({ url: `${base}/small` })).status).toBe(200);
  });
});

describe('closing', () => {
  it('refuses a request made while its crawler was still opening, rather than answer it after closing', async () => {
    const own = createCrawleeFetcher({ userAgent: 'casewatch-test', timeoutMs: 10_000, maxConcurrency: 1 });
    const early = own.fetch({ url: `${base}/small` }).then(
      () => 'answered',
      (error: unknown) => String(error),
    );
    await own.close();
    expect(await early).toMatch(/closed/);
  });
});
