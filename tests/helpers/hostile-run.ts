import {
  assertSuccess,
  createCrawleeFetcher,
  createGuardedFetcher,
  createMemoryHostGate,
} from '../../src/crawl/index.ts';
import { RetryableHttpError } from '../../src/crawl/http-status.ts';
import type { Fetcher } from '../../src/crawl/index.ts';
import { FetchError } from '../../src/crawl/types.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { isPermanent } from '../../src/queue/errors.ts';
import { fetchSource, SourceFormatError } from '../../src/sources/index.ts';
import type { FaultCase, FaultErrorKind } from './fault-server.ts';
import { faultCases, representativeCases, startFaultServerProcess } from './fault-server.ts';

// Runs generated hostile cases through the path the pipeline takes: the configured fetcher (Crawlee transport
// behind the guarded fetcher) then extractArticle for pages; fetchSource, as discovery reads a source, for feeds.

export type CaseResult =
  | { id: number; ok: true }
  | { id: number; ok: false; kind: FaultCase['kind']; expected: string; got: string };

/** The error kind a failure is: what a worker would record (permanent or retried) and why. */
export function errorKind(error: unknown): FaultErrorKind | 'other' {
  const message = error instanceof Error ? error.message : String(error);
  if (/body too large/.test(message)) return 'too-large';
  if (/redirects from/.test(message)) return 'redirects';
  if (error instanceof SourceFormatError) return 'format';
  if (error instanceof RetryableHttpError) return 'http-retryable';
  if (isPermanent(error) && /HTTP \d{3}/.test(message)) return 'http-permanent';
  if (error instanceof FetchError && /timed out/.test(message)) return 'timeout';
  return 'other';
}

async function runCase(fetcher: Fetcher, url: string, c: FaultCase): Promise<CaseResult> {
  const expected = c.expected;
  const fail = (got: string): CaseResult => ({
    id: c.id,
    ok: false,
    kind: c.kind,
    expected: JSON.stringify(expected),
    got,
  });
  try {
    if (c.read === 'feed') {
      const { candidates } = await fetchSource(fetcher, { kind: 'feed', url, label: 'feed' });
      if (expected.kind !== 'feed') return fail(`a feed of ${candidates.length}`);
      const n = candidates.length;
      if (n < expected.minCandidates || n > expected.maxCandidates) return fail(`${n} candidates`);
      if (candidates.some((x) => (x.title ?? '').length > 1000)) return fail('an entity was expanded');
      if (expected.datesNull && candidates.some((x) => x.publishedAt !== undefined))
        return fail(`dates kept: ${candidates.map((x) => x.publishedAt).join(', ')}`);
      return { id: c.id, ok: true };
    }
    const response = await fetcher.fetch({ url });
    assertSuccess(response, c.read);
    const article = extractArticle({
      body: response.body,
      contentType: response.headers['content-type'],
      url: response.finalUrl,
    });
    if (expected.kind === 'page') return { id: c.id, ok: true };
    if (expected.kind !== 'article') return fail(`a page (isArticle ${article.isArticle})`);
    if (!article.isArticle) return fail(`not an article: ${article.notArticleReason}`);
    if (!article.text.includes(expected.marker)) return fail(`text without ${expected.marker}`);
    if (expected.publishedAt === null && article.publishedAt !== null)
      return fail(`publishedAt ${article.publishedAt}`);
    return { id: c.id, ok: true };
  } catch (error) {
    const kind = errorKind(error);
    if (expected.kind === 'error' && (expected.error === kind || expected.or === kind))
      return { id: c.id, ok: true };
    return fail(
      `${kind} error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  }
}

export interface HostileRun {
  tried: number;
  passed: number;
  failures: Extract<CaseResult, { ok: false }>[];
  /** Errors that escaped a case (a crash the process survived only because of this harness). */
  crashes: number;
  peakRssMb: number;
  seconds: number;
}

/**
 * Generates the cases (seeded), serves them, reads `count` of them (all when omitted) with `concurrency` at a
 * time. Never throws for a case: every case ends as passed or as a failure naming what happened.
 */
export async function runHostileCases(options: {
  seed?: number;
  count?: number;
  concurrency?: number;
  timeoutMs?: number;
  maxBodyBytes?: number;
}): Promise<HostileRun> {
  const timeoutMs = options.timeoutMs ?? 2000;
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const all = faultCases({ seed: options.seed, maxBodyBytes, timeoutMs });
  const cases = options.count === undefined ? all : representativeCases(all, options.count);
  const server = await startFaultServerProcess({ seed: options.seed, maxBodyBytes, timeoutMs });
  const transport = createCrawleeFetcher({
    userAgent: 'casewatch-chaos/0.1',
    timeoutMs,
    maxConcurrency: options.concurrency ?? 16,
    maxBodyBytes,
  });
  const fetcher = createGuardedFetcher(transport, {
    urlPolicy: { allowHosts: ['127.0.0.1'] },
    gate: createMemoryHostGate(),
    robotsAgent: 'casewatch',
    hostIntervalMs: 0,
  });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const started = Date.now();
  const failures: HostileRun['failures'] = [];
  let crashes = 0;
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++]!;
      try {
        const result = await runCase(fetcher, server.urlOf(c), c);
        if (!result.ok) failures.push(result);
      } catch {
        crashes++;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 16 }, worker));
  } finally {
    clearInterval(sampler);
    await fetcher.close();
    await server.close();
  }
  return {
    tried: cases.length,
    passed: cases.length - failures.length - crashes,
    failures,
    crashes,
    peakRssMb: Math.round(peakRss / 1024 / 1024),
    seconds: (Date.now() - started) / 1000,
  };
}
