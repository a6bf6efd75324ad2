import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { maxCandidatesPerRead } from '../../src/sources/index.ts';

// A hostile web on 127.0.0.1: a server on port 0 that answers each generated case the way a broken, slow or
// malicious site would. Every case carries the outcome it must end in, so a run can tell a correct result or a
// clear error from anything else.

/** What reading a case must end as: a page (an article with a marker word, or any page), a feed, or an error. */
export type ExpectedOutcome =
  | { kind: 'article'; marker: string; publishedAt?: null }
  | { kind: 'page' }
  | { kind: 'feed'; minCandidates: number; maxCandidates: number; datesNull?: boolean }
  | {
      kind: 'error';
      error: FaultErrorKind;
      /**
       * Another refusal as correct as `error`, where which comes first depends on the machine's speed, not on
       * the code: a 10–50 MB body streamed without a length is cut off by the size cap on a quiet machine and
       * by the time limit on a loaded one (16 at once cost ~1.1 s of CPU inside a 2 s limit). Either is recorded
       * as the page's error, and neither reads more than the cap into memory.
       */
      or?: FaultErrorKind;
    };

export type FaultErrorKind =
  'too-large' | 'timeout' | 'redirects' | 'http-permanent' | 'http-retryable' | 'format';

export type FaultKind =
  | 'article'
  | 'truncated'
  | 'malformed'
  | 'binary'
  | 'huge'
  | 'gzip-bomb'
  | 'slow-drip'
  | 'slow-headers'
  | 'redirect-loop'
  | 'redirect-chain'
  | 'status'
  | 'absurd-dates'
  | 'feed-entities'
  | 'feed-large'
  | 'feed-dates'
  | 'feed-broken';

export interface FaultCase {
  id: number;
  kind: FaultKind;
  /** Pages are read as articles, feeds as sources. */
  read: 'page' | 'feed';
  charset: 'utf-8' | 'windows-1252' | 'missing' | 'lying' | 'meta-only';
  /** Body size in bytes where the kind has one (huge, truncated, binary), hops for redirects, items for feeds. */
  size: number;
  status: number;
  /** Milliseconds between chunks for slow kinds. */
  delayMs: number;
  expected: ExpectedOutcome;
}

/** A small counter-based generator: the same seed gives the same cases on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const charsets = ['utf-8', 'windows-1252', 'missing', 'lying', 'meta-only'] as const;
const permanentStatuses = [400, 401, 403, 404, 410, 451];
const retryableStatuses = [408, 429, 500, 502, 503, 504];

/**
 * The generated cases: every kind crossed with charsets, sizes, statuses and delays, in a fixed order from
 * `seed`. `timeoutMs` is the fetcher's limit the slow kinds are built to exceed; `maxBodyBytes` its size cap.
 */
export function faultCases(options: { seed?: number; maxBodyBytes: number; timeoutMs: number }): FaultCase[] {
  const random = seeded(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const cases: FaultCase[] = [];
  const add = (c: Omit<FaultCase, 'id'>) => cases.push({ ...c, id: cases.length });
  const base = { status: 200, delayMs: 0, size: 0, charset: 'utf-8' as const, read: 'page' as const };
  for (const charset of charsets) {
    for (let i = 0; i < 40; i++) {
      const marker = `marker${cases.length}x`;
      add({ ...base, kind: 'article', charset, expected: { kind: 'article', marker } });
    }
    for (let i = 0; i < 30; i++)
      add({
        ...base,
        kind: 'truncated',
        charset,
        size: Math.floor(random() * 6000),
        expected: { kind: 'page' },
      });
    for (let i = 0; i < 30; i++) add({ ...base, kind: 'malformed', charset, expected: { kind: 'page' } });
    for (let i = 0; i < 20; i++) {
      const marker = `marker${cases.length}x`;
      add({
        ...base,
        kind: 'absurd-dates',
        charset,
        expected: { kind: 'article', marker, publishedAt: null },
      });
    }
  }
  for (let i = 0; i < 80; i++)
    add({ ...base, kind: 'binary', size: 1 + Math.floor(random() * 200_000), expected: { kind: 'page' } });
  const hugeSizes = [options.maxBodyBytes + 1, options.maxBodyBytes * 2, 50 * 1024 * 1024];
  for (let i = 0; i < 30; i++)
    add({
      ...base,
      kind: 'huge',
      size: pick(hugeSizes),
      expected: { kind: 'error', error: 'too-large', or: 'timeout' },
    });
  for (let i = 0; i < 30; i++)
    add({
      ...base,
      kind: 'gzip-bomb',
      size: pick(hugeSizes),
      expected: { kind: 'error', error: 'too-large' },
    });
  for (let i = 0; i < 20; i++) {
    const delayMs = 100 + Math.floor(random() * 300);
    add({ ...base, kind: 'slow-drip', delayMs, expected: { kind: 'error', error: 'timeout' } });
    add({ ...base, kind: 'slow-headers', delayMs, expected: { kind: 'error', error: 'timeout' } });
  }
  for (let i = 0; i < 40; i++) {
    add({
      ...base,
      kind: 'redirect-loop',
      size: 1 + (i % 3),
      expected: { kind: 'error', error: 'redirects' },
    });
  }
  for (let hops = 1; hops <= 20; hops++) {
    for (let i = 0; i < 3; i++) {
      const marker = `marker${cases.length}x`;
      add({
        ...base,
        kind: 'redirect-chain',
        size: hops,
        status: pick([301, 302, 303, 307, 308]),
        expected: hops <= 10 ? { kind: 'article', marker } : { kind: 'error', error: 'redirects' },
      });
    }
  }
  for (const status of [...permanentStatuses, ...retryableStatuses]) {
    for (let i = 0; i < 10; i++) {
      const error = permanentStatuses.includes(status) ? 'http-permanent' : 'http-retryable';
      add({ ...base, kind: 'status', status, expected: { kind: 'error', error } });
      add({ ...base, kind: 'status', status, read: 'feed', expected: { kind: 'error', error } });
    }
  }
  for (let i = 0; i < 30; i++) {
    // Entity expansion is never performed: either the parser refuses the DTD or the entities stay unexpanded.
    add({
      ...base,
      kind: 'feed-entities',
      read: 'feed',
      size: 1 + (i % 5),
      expected: { kind: 'feed', minCandidates: 0, maxCandidates: 5 },
    });
  }
  for (const items of [1000, 5000, 10_000]) {
    for (let i = 0; i < 4; i++) {
      // Read as discovery reads a source: its newest maxCandidatesPerRead links, however many it lists.
      const kept = Math.min(items, maxCandidatesPerRead);
      add({
        ...base,
        kind: 'feed-large',
        read: 'feed',
        size: items,
        expected: { kind: 'feed', minCandidates: kept, maxCandidates: kept },
      });
    }
  }
  for (let i = 0; i < 40; i++) {
    add({
      ...base,
      kind: 'feed-dates',
      read: 'feed',
      size: 1 + (i % 8),
      expected: { kind: 'feed', minCandidates: 1 + (i % 8), maxCandidates: 1 + (i % 8), datesNull: true },
    });
  }
  for (let i = 0; i < 40; i++) {
    add({
      ...base,
      kind: 'feed-broken',
      read: 'feed',
      size: Math.floor(random() * 2000),
      expected: { kind: 'error', error: 'format' },
    });
  }
  return cases;
}

/** A spread of cases of every kind: `count` of them, each kind represented. */
export function representativeCases(all: FaultCase[], count: number): FaultCase[] {
  const byKind = new Map<string, FaultCase[]>();
  for (const c of all) {
    const key = `${c.kind}/${c.read}/${c.charset}`;
    byKind.set(key, [...(byKind.get(key) ?? []), c]);
  }
  const groups = [...byKind.values()];
  const chosen: FaultCase[] = [];
  for (let round = 0; chosen.length < count; round++) {
    let added = false;
    for (const g of groups) {
      if (g[round] && chosen.length < count) {
        chosen.push(g[round]!);
        added = true;
      }
    }
    if (!added) break;
  }
  return chosen;
}

const prose = (marker: string, paragraphs = 6) =>
  Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Paragraph ${i} of the report on the hearing, ${marker}, in which the court heard argument about ` +
      `the state's claims and the company's answer to them over several hours of testimony. Café owners, ` +
      `naïve observers and the “press” filled the gallery while the judge took notes.</p>`,
  ).join('\n');

function articleHtml(c: FaultCase, marker: string): string {
  const metaCharset = c.charset === 'meta-only' || c.charset === 'missing' ? '<meta charset="utf-8">' : '';
  const date =
    c.kind === 'absurd-dates'
      ? ['0000-01-01T00:00:00Z', '9999-12-31T00:00:00Z', 'NaN', '-271821-04-20', '1e309'][c.id % 5]!
      : '2024-03-05T10:00:00Z';
  return (
    `<!doctype html><html><head>${metaCharset}<title>Hearing report ${marker}</title>` +
    `<meta property="og:type" content="article"><meta property="article:published_time" content="${date}">` +
    `</head><body><article><h1>Hearing report ${marker}</h1><time datetime="${date}">${date}</time>` +
    `${prose(marker)}</article></body></html>`
  );
}

function encodeFor(c: FaultCase, html: string): { body: Buffer; contentType: string } {
  switch (c.charset) {
    case 'utf-8':
      return { body: Buffer.from(html), contentType: 'text/html; charset=utf-8' };
    case 'windows-1252':
      return { body: iconv.encode(html, 'windows-1252'), contentType: 'text/html; charset=windows-1252' };
    case 'missing':
    case 'meta-only':
      return { body: Buffer.from(html), contentType: 'text/html' };
    case 'lying':
      // Says Shift_JIS, sends UTF-8: the ASCII marker must survive whatever the decoder makes of the rest.
      return { body: Buffer.from(html), contentType: 'text/html; charset=shift_jis' };
  }
}

function rssFeed(items: string[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://127.0.0.1/</link>${items.join('')}</channel></rss>`;
}

const absurdDates = [
  'Mon, 01 Jan 0000 00:00:00 GMT',
  'Fri, 31 Dec 9999 23:59:59 GMT',
  'NaN',
  'tomorrow-ish',
  '99999999999999999999',
  '',
  '2024-13-45T99:99:99Z',
  'Sat, 30 Feb 2024 25:61:00 GMT',
];

function pseudoRandomBytes(size: number, seed: number): Buffer {
  const random = seeded(seed);
  const out = Buffer.allocUnsafe(Math.ceil(size / 4) * 4);
  for (let i = 0; i < out.length; i += 4) out.writeUInt32LE(Math.floor(random() * 4294967296), i);
  return out.subarray(0, size);
}

const chunk = Buffer.alloc(64 * 1024, 'a');

function streamBytes(res: ServerResponse, total: number): void {
  let sent = 0;
  const pump = (): void => {
    while (sent < total && !res.destroyed) {
      const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
      sent += piece.length;
      if (!res.write(piece)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  res.on('close', () => res.removeAllListeners('drain'));
  pump();
}

export interface FaultServer {
  /** http://127.0.0.1:PORT */
  base: string;
  urlOf(c: FaultCase): string;
  close(): Promise<void>;
}

/** Serves `cases` at /case/ID (redirect hops at /case/ID/hop/N). */
export async function startFaultServer(cases: FaultCase[]): Promise<FaultServer> {
  const byId = new Map(cases.map((c) => [c.id, c]));
  // Built before serving: compressing 50 MB takes half a second, which no case's time limit should pay for.
  const bombs = new Map<number, Buffer>();
  for (const c of cases) {
    if (c.kind === 'gzip-bomb' && !bombs.has(c.size))
      bombs.set(c.size, gzipSync(Buffer.alloc(c.size, 'a'), { level: 9 }));
  }
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };
  const server = createServer((req, res) => {
    res.on('error', () => undefined);
    const m = /^\/case\/(\d+)(?:\/hop\/(\d+))?$/.exec(req.url ?? '');
    const c = m ? byId.get(Number(m[1])) : undefined;
    if (!c) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such case');
      return;
    }
    const hop = m?.[2] === undefined ? 0 : Number(m[2]);
    const marker = c.expected.kind === 'article' ? c.expected.marker : `marker${c.id}x`;
    const html = (h: string, status = c.status) => {
      const { body, contentType } = encodeFor(c, h);
      res.writeHead(status, { 'content-type': contentType, 'content-length': body.length }).end(body);
    };
    switch (c.kind) {
      case 'article':
      case 'absurd-dates':
        return html(articleHtml(c, marker));
      case 'truncated': {
        const full = Buffer.from(articleHtml(c, marker));
        return html(full.subarray(0, Math.min(c.size, full.length)).toString('latin1'));
      }
      case 'malformed':
        return html(
          [
            '<html><body><div><p><b><i><table><tr><td>',
            '<!-- unclosed comment',
            '<![CDATA[ ',
            '<p <p <p>>>',
            '</div></div></div><script>while(1){}',
            '<svg><foreignObject><math><mi><style>',
          ][c.id % 6]!.repeat(200) + prose(marker, c.id % 4),
        );
      case 'binary': {
        const body = pseudoRandomBytes(c.size, c.id);
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length })
          .end(body);
        return;
      }
      case 'huge':
        res.writeHead(200, { 'content-type': 'text/html' });
        return streamBytes(res, c.size);
      case 'gzip-bomb': {
        const bomb = bombs.get(c.size)!;
        res.writeHead(200, {
          'content-type': 'text/html',
          'content-encoding': 'gzip',
          'content-length': bomb.length,
        });
        res.end(bomb);
        return;
      }
      case 'slow-drip': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const drip = () => {
          if (res.destroyed) return;
          res.write('<p>drip</p>');
          later(c.delayMs, drip);
        };
        return drip();
      }
      case 'slow-headers':
        // Never answers: the socket stays open until the client gives up.
        return;
      case 'redirect-loop': {
        const next = (hop + 1) % (c.size + 1);
        res.writeHead(302, { location: `/case/${c.id}/hop/${next}` }).end();
        return;
      }
      case 'redirect-chain':
        if (hop < c.size) {
          res.writeHead(c.status, { location: `/case/${c.id}/hop/${hop + 1}` }).end();
          return;
        }
        return html(articleHtml(c, marker), 200);
      case 'status':
        res.writeHead(c.status, { 'content-type': 'text/html', 'retry-after': '0' }).end('<h1>error</h1>');
        return;
      case 'feed-entities': {
        const laughs = Array.from(
          { length: 10 },
          (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
        ).join('');
        const body =
          `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${laughs}]>` +
          rssFeed(
            Array.from(
              { length: c.size },
              (_, i) => `<item><title>&lol10;</title><link>http://127.0.0.1/a/${i}</link></item>`,
            ),
          );
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
        return;
      }
      case 'feed-large': {
        const items = Array.from(
          { length: c.size },
          (_, i) =>
            `<item><title>Item ${i}</title><link>http://127.0.0.1/a/${i}</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>`,
        );
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(items));
        return;
      }
      case 'feed-dates': {
        const items = Array.from(
          { length: c.size },
          (_, i) =>
            `<item><title>Item ${i}</title><link>http://127.0.0.1/a/${i}</link><pubDate>${absurdDates[(c.id + i) % absurdDates.length]}</pubDate></item>`,
        );
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(items));
        return;
      }
      case 'feed-broken': {
        const body = [
          '<rss><channel><item><link>',
          '{"version": "https://jsonfeed.org/version/1.1", "items": [',
          '<html><body>not a feed</body></html>',
          pseudoRandomBytes(200, c.id).toString('latin1'),
        ][c.id % 4]!;
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body.slice(0, Math.max(1, c.size)));
        return;
      }
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    urlOf: (c) => `${base}/case/${c.id}`,
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      bombs.clear();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/**
 * The fault server of `faultCases(options)` in a process of its own. A hostile site is somewhere else: served
 * from the reading process, its work (streaming sixteen 10–50 MB bodies at once, building 10,000-item feeds)
 * ran on the event loop whose fetches it was timing, their 2 s limits paid for it, and its memory counted in
 * the reader's peak.
 */
export async function startFaultServerProcess(options: {
  seed?: number;
  maxBodyBytes: number;
  timeoutMs: number;
}): Promise<FaultServer> {
  const child = fork(
    fileURLToPath(new URL('./fault-server.process.ts', import.meta.url)),
    [JSON.stringify(options)],
    {
      // tsx's loader by its own path, so the child finds it from any working directory.
      execArgv: ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { base: string }) => resolve(m.base));
    child.once('error', reject);
    void exited.then(() => reject(new Error(`fault server process exited with code ${child.exitCode}`)));
  });
  return {
    base,
    urlOf: (c) => `${base}/case/${c.id}`,
    async close() {
      child.kill();
      await exited;
    },
  };
}
