import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { pipeline, Transform } from 'node:stream';
import { Configuration, Log, LogLevel, RequestQueue } from '@crawlee/core';
import { HttpCrawler } from '@crawlee/http';
import { MemoryStorage } from '@crawlee/memory-storage';
import { PermanentError } from '../queue/errors.ts';
import type { Fetcher, FetchRequest, FetchResponse } from './types.ts';
import { FetchError } from './types.ts';

export interface CrawleeFetcherOptions {
  userAgent: string;
  timeoutMs: number;
  maxConcurrency: number;
  /** A crawler is replaced after this many requests, so its in-memory request queue cannot grow without end. */
  recycleAfter?: number;
  /** Bodies larger than this (after decompression) are cut off and the fetch fails: 10 MB by default. */
  maxBodyBytes?: number;
}

// Every type a source or an article can come as. Anything else (images, PDFs, archives) is refused by Crawlee
// before its body is read. octet-stream covers bodiless answers such as 304.
const acceptedMimeTypes = [
  'text/html',
  'application/xhtml+xml',
  'text/xml',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json',
  'text/plain',
  'application/octet-stream',
];
const allStatusCodes = Array.from({ length: 200 }, (_, i) => 400 + i);

interface Pending {
  resolve: (response: FetchResponse) => void;
  reject: (error: Error) => void;
  url: string;
}

/** The two calls made on a running crawler. */
interface RunningCrawler {
  addRequests(
    requests: {
      url: string;
      uniqueKey: string;
      headers?: Record<string, string>;
      userData: Record<string, string>;
    }[],
  ): Promise<unknown>;
  stop(): void;
  autoscaledPool?: { notify(): Promise<void> };
}

interface Generation {
  crawler: RunningCrawler;
  running: Promise<unknown>;
  added: number;
  inFlight: number;
}

/**
 * A Fetcher over one long-lived Crawlee HttpCrawler per process (keepAlive), with its own in-memory storage.
 * HttpCrawler rather than CheerioCrawler: the latter decodes every body as UTF-8 and parses it twice, where we
 * want the raw bytes (charset detection) and parse once, with our own cheerio. A crawler per request would
 * cost ~30 ms of set-up each; one kept alive costs ~2 ms a page.
 */
export function createCrawleeFetcher(options: CrawleeFetcherOptions): Fetcher {
  const pending = new Map<string, Pending>();
  const recycleAfter = options.recycleAfter ?? 2000;
  let current: Generation | undefined;
  const retiring = new Set<Generation>();
  let closed = false;

  function settle(key: string, outcome: { response?: FetchResponse; error?: Error }): void {
    const p = pending.get(key);
    if (!p) return;
    pending.delete(key);
    if (outcome.response) p.resolve(outcome.response);
    else p.reject(outcome.error ?? new FetchError(p.url, 'unknown fetch failure'));
  }

  // Crawlee loads got-scraping on a crawler's first request, inside that request's async context: the promises of
  // the loaded modules keep the context, and with it the first crawler and its queue, alive for the process's life
  // (~18 MB in a heap snapshot). Loaded here, before any crawler, it holds nothing of one.
  const httpClientLoaded = import('got-scraping').then(() => undefined);

  async function createGeneration(): Promise<Generation> {
    await httpClientLoaded;
    const config = new Configuration({
      persistStorage: false,
      purgeOnStart: true,
      storageClient: new MemoryStorage({ persistStorage: false }),
      // Crawlee samples memory and CPU every second for its autoscaling, spawning `ps` each time (1.7% of a
      // worker's CPU in a profile). Concurrency here is fixed, so the samples have nothing to decide.
      systemInfoIntervalMillis: 60_000,
    });
    const generation: Generation = {
      crawler: { addRequests: async () => undefined, stop: () => undefined },
      running: Promise.resolve(),
      added: 0,
      inFlight: 0,
    };
    const requestQueue = await RequestQueue.open(null, { config });
    // Each queue allocates a deduplication cache of a million slots (16 MB) that can never hit here: every request
    // has a fresh unique key. A small one of the same kind does the same job.
    const queue = requestQueue as unknown as { requestSeenCache: SeenCache };
    queue.requestSeenCache = new queue.requestSeenCache.constructor(1024);
    const crawler = new HttpCrawler(
      {
        requestQueue,
        keepAlive: true,
        maxRequestRetries: 0, // retries belong to the job queue, with backoff and a record of each failure
        useSessionPool: false,
        persistCookiesPerSession: false,
        // Fixed concurrency: the job queue already bounds how many fetches run, and the autoscaled pool would
        // start at one request at a time and grow by 5% every 10 s.
        maxConcurrency: options.maxConcurrency,
        minConcurrency: options.maxConcurrency,
        navigationTimeoutSecs: Math.ceil(options.timeoutMs / 1000),
        requestHandlerTimeoutSecs: Math.ceil(options.timeoutMs / 1000) + 5,
        // latin1 is a Node encoding, so Crawlee hands over the body untouched instead of transcoding it.
        forceResponseEncoding: 'latin1',
        additionalMimeTypes: acceptedMimeTypes,
        ignoreHttpErrorStatusCodes: allStatusCodes,
        log: new Log({ level: LogLevel.OFF }),
        statusMessageLoggingInterval: 3600,
        preNavigationHooks: [
          (_ctx, gotOptions) => {
            gotOptions.useHeaderGenerator = false;
            // Redirects are followed by the guarded fetcher, so every hop passes its checks first.
            gotOptions.followRedirect = false;
            gotOptions.headers = { ...gotOptions.headers, 'user-agent': options.userAgent };
          },
        ],
        postNavigationHooks: [(ctx) => capBody(ctx, options.maxBodyBytes ?? defaultMaxBodyBytes)],
        requestHandler: async ({ request, response, body }) => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
          }
          settle(request.userData.key as string, {
            response: {
              url: request.userData.url as string,
              finalUrl: request.loadedUrl ?? response.url ?? request.url,
              status: response.statusCode ?? 0,
              headers,
              body: Buffer.isBuffer(body) ? body : Buffer.from(body),
              fetchedAt: new Date(),
            },
          });
        },
        failedRequestHandler: async ({ request }, error) => {
          const url = request.userData.url as string;
          const message = describeFailure(error);
          // A host that does not exist will not exist on the next try either; later passes try again.
          const failure = /ENOTFOUND|served Content-Type|body too large/.test(message)
            ? new PermanentError(message)
            : new FetchError(url, message, { cause: error });
          settle(request.userData.key as string, { error: failure });
        },
      },
      config,
    );
    generation.crawler = crawler;
    generation.running = crawler.run().catch((error: unknown) => {
      for (const [key] of pending)
        settle(key, { error: new FetchError('', `crawler stopped: ${String(error)}`) });
    });
    return generation;
  }

  let opening: Promise<Generation> | undefined;
  /** The crawler new requests go to: a new one every `recycleAfter` requests, opened once however many ask. */
  function currentGeneration(): Promise<Generation> {
    if (current && current.added < recycleAfter) return Promise.resolve(current);
    opening ??= (async () => {
      if (current) retire(current);
      current = undefined;
      const generation = await createGeneration();
      current = generation;
      return generation;
    })().finally(() => {
      opening = undefined;
    });
    return opening;
  }

  function retire(generation: Generation): void {
    retiring.add(generation);
    if (generation.inFlight === 0) stopGeneration(generation);
  }

  function stopGeneration(generation: Generation): void {
    generation.crawler.stop();
    void generation.running.finally(() => retiring.delete(generation));
  }

  return {
    /**
     * One request: a redirect is answered as it is (3xx with its Location), for the guarded fetcher to check
     * and follow.
     */
    async fetch(request: FetchRequest): Promise<FetchResponse> {
      if (closed) throw new FetchError(request.url, 'fetcher is closed');
      const generation = await currentGeneration();
      if (closed) throw new FetchError(request.url, 'fetcher is closed');
      const key = randomUUID();
      generation.added += 1;
      generation.inFlight += 1;
      const result = new Promise<FetchResponse>((resolve, reject) =>
        pending.set(key, { resolve, reject, url: request.url }),
      );
      try {
        await generation.crawler.addRequests([
          { url: request.url, uniqueKey: key, headers: request.headers, userData: { key, url: request.url } },
        ]);
        // The pool looks for new requests only every half second unless told: a fetch would wait for the tick.
        void generation.crawler.autoscaledPool?.notify();
      } catch {
        settle(key, { error: new PermanentError(`not a fetchable URL: ${request.url}`) });
      }
      try {
        return await result;
      } finally {
        generation.inFlight -= 1;
        if (retiring.has(generation) && generation.inFlight === 0) stopGeneration(generation);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      // A generation still opening would otherwise become current after this and run on, never stopped.
      if (opening) await opening.catch(() => undefined);
      const all = [...retiring, ...(current ? [current] : [])];
      for (const g of all) g.crawler.stop();
      await Promise.allSettled(all.map((g) => g.running));
      for (const [key, p] of pending) settle(key, { error: new FetchError(p.url, 'fetcher closed') });
    },
  };
}

/** Crawlee's request deduplication cache, as far as it is replaced here. */
interface SeenCache {
  constructor: new (size: number) => SeenCache;
}

const defaultMaxBodyBytes = 10 * 1024 * 1024;

/**
 * Puts a byte counter between the response and Crawlee, which would otherwise read any body whole into memory:
 * a declared length over the limit fails at once, and a body that grows past it (chunked, or a gzip bomb, since
 * the counter sees decompressed bytes) is cut off with an error.
 */
function capBody(ctx: { response?: IncomingMessage }, maxBytes: number): void {
  const original = ctx.response;
  if (!original) return;
  const declared = Number(original.headers['content-length']);
  if (declared > maxBytes) {
    original.destroy();
    throw new Error(`body too large: ${declared} bytes declared, the limit is ${maxBytes}`);
  }
  let seen = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) done(new Error(`body too large: more than ${maxBytes} bytes`));
      else done(null, chunk);
    },
  });
  // pipeline passes an error either way and destroys both streams, so nothing keeps reading a cut-off body.
  pipeline(original, counted, () => undefined);
  ctx.response = Object.assign(counted, {
    statusCode: original.statusCode,
    statusMessage: original.statusMessage,
    headers: original.headers,
    url: original.url,
  }) as unknown as IncomingMessage;
}

function describeFailure(error: Error): string {
  const message = error.message.split('\n')[0] ?? 'fetch failed';
  const code = (error as NodeJS.ErrnoException).code;
  if (/timed out|timeout/i.test(message)) return `timed out: ${message}`;
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
