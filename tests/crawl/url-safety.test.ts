import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/index.ts';
import type { Fetcher } from '../../src/crawl/index.ts';
import {
  assertSafeUrl,
  createCrawleeFetcher,
  createGuardedFetcher,
  createMemoryHostGate,
  UnsafeUrlError,
} from '../../src/crawl/index.ts';
import { PermanentError } from '../../src/queue/errors.ts';

// Every URL casewatch fetches — from feeds, from pages, from recrawl — is checked on every hop: http(s) only,
// and no loopback, private, link-local or metadata address unless the configuration allows the host.

describe('assertSafeUrl', () => {
  const policy = { allowHosts: [] as string[] };
  it.each([
    'http://127.0.0.1/',
    'http://localhost.:8080/',
    'http://10.0.0.5/feed',
    'http://172.16.3.4/',
    'http://192.168.1.1/admin',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://0.0.0.0/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
  ])('refuses %s', async (url) => {
    const resolve = async (host: string) => (host === 'localhost' ? ['127.0.0.1'] : ['93.184.216.34']);
    await expect(assertSafeUrl(url, { ...policy, resolve })).rejects.toThrow(UnsafeUrlError);
  });

  it('refuses other schemes and names that resolve to private addresses', async () => {
    await expect(assertSafeUrl('file:///etc/passwd', policy)).rejects.toThrow(/only http and https/);
    await expect(assertSafeUrl('gopher://example.org/', policy)).rejects.toThrow(UnsafeUrlError);
    const resolve = async () => ['93.184.216.34', '10.1.2.3'];
    await expect(assertSafeUrl('https://intranet.example/', { ...policy, resolve })).rejects.toThrow(
      'refused https://intranet.example/: intranet.example is a private address (10.1.2.3); add the host to CASEWATCH_ALLOW_HOSTS to fetch it',
    );
  });

  it('lets public addresses and allowed hosts through', async () => {
    const resolve = async () => ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'];
    await expect(
      assertSafeUrl('https://www.krqe.com/news/', { ...policy, resolve }),
    ).resolves.toBeUndefined();
    await expect(
      assertSafeUrl('http://127.0.0.1:8080/', { allowHosts: ['127.0.0.1'] }),
    ).resolves.toBeUndefined();
    await expect(
      assertSafeUrl('http://127.0.0.1:8080/', { allowHosts: ['127.0.0.1:8080'] }),
    ).resolves.toBeUndefined();
    await expect(assertSafeUrl('http://127.0.0.1:9090/', { allowHosts: ['127.0.0.1:8080'] })).rejects.toThrow(
      UnsafeUrlError,
    );
  });
});

describe('the fetcher', () => {
  let server: Server;
  let base: string;
  let fetcher: Fetcher;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const to = (location: string) => res.writeHead(302, { location }).end();
      if (url.pathname === '/page') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
      else if (url.pathname === '/hop') to('/page');
      else if (url.pathname === '/loop-a') to('/loop-b');
      else if (url.pathname === '/loop-b') to('/loop-a');
      else if (url.pathname === '/to-metadata') to('http://169.254.169.254/latest/meta-data/');
      else if (url.pathname === '/to-other-port')
        to(`http://127.0.0.1:${Number(url.searchParams.get('p'))}/`);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Only this server's host:port is allowed, not the whole loopback address.
    fetcher = createGuardedFetcher(
      createCrawleeFetcher({ userAgent: 'casewatch-test', timeoutMs: 5000, maxConcurrency: 2 }),
      {
        urlPolicy: { allowHosts: [new URL(base).host] },
        gate: createMemoryHostGate(),
        robotsAgent: 'casewatch',
        hostIntervalMs: 0,
      },
    );
  });
  afterAll(async () => {
    await fetcher?.close();
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
  });

  it('follows an allowed redirect and reports where it ended', async () => {
    const response = await fetcher.fetch({ url: `${base}/hop` });
    expect(response).toMatchObject({ status: 200, url: `${base}/hop`, finalUrl: `${base}/page` });
  });

  it('refuses a redirect hop to a metadata or another local address', async () => {
    await expect(fetcher.fetch({ url: `${base}/to-metadata` })).rejects.toThrow(
      /169\.254\.169\.254 is a link-local/,
    );
    await expect(fetcher.fetch({ url: `${base}/to-other-port?p=1` })).rejects.toThrow(UnsafeUrlError);
  });

  it('gives up on a redirect loop', async () => {
    const failure = fetcher.fetch({ url: `${base}/loop-a` });
    await expect(failure).rejects.toThrow(PermanentError);
    await expect(failure).rejects.toThrow(/more than 10 redirects/);
  });

  it('refuses recrawl of a loopback URL without an allow-list, with one clear line', async () => {
    const run = promisify(execFile);
    const bin = path.join(projectRoot, 'bin', 'casewatch.js');
    const env = {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'silent',
      CASEWATCH_DATA_DIR: '/nonexistent/never-created',
    };
    const result = await run(process.execPath, [bin, 'recrawl', `${base}/page`], { env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect('code' in result && result.code).toBe(2);
    expect(result.stderr).toBe(
      `casewatch: recrawl: refused ${base}/page: 127.0.0.1 is a loopback address (127.0.0.1); add the host to CASEWATCH_ALLOW_HOSTS to fetch it\n`,
    );
  });
});
