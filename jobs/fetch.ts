import { assertSuccess } from '../src/crawl/index.ts';
import { countPageAttempt, finishPage } from '../src/db/index.ts';
import { shortHash } from '../src/dedup/index.ts';
import { extractArticle } from '../src/extract/index.ts';
import { isPermanent } from '../src/queue/index.ts';
import type { Payloads } from '../src/queue/index.ts';
import type { JobContext } from './context.ts';

type FetchPayload = Payloads['fetch'];

export type FetchOutcome = { handedToIngest: true } | { handedToIngest: false; reason: string };

/**
 * Fetches one page and extracts it. An article goes on to the ingest stage; anything else ends here with its
 * reason recorded on the page. HTTP failures throw (permanent for most 4xx, retried for 429/5xx/network).
 */
export async function fetchPage(payload: FetchPayload, ctx: JobContext): Promise<FetchOutcome> {
  const urlHash = shortHash(payload.url);
  const response = await ctx.fetcher.fetch({ url: payload.url });
  await countPageAttempt(ctx.db, payload.caseId, urlHash, response.status);
  assertSuccess(response, 'page');
  const article = extractArticle({
    body: response.body,
    contentType: response.headers['content-type'],
    url: response.finalUrl,
  });
  if (!article.isArticle) {
    const reason = `not an article: ${article.notArticleReason ?? 'unknown'}`;
    await finishPage(ctx.db, payload.caseId, urlHash, {
      outcome: 'not_article',
      reason,
      httpStatus: response.status,
      fetched: true,
    });
    return { handedToIngest: false, reason };
  }
  const hints = payload.hints ?? {};
  await ctx.queues.add(
    'ingest',
    {
      runId: payload.runId,
      caseId: payload.caseId,
      sourceId: payload.sourceId,
      url: payload.url,
      fetchedAt: response.fetchedAt.toISOString(),
      page: {
        finalUrl: response.finalUrl,
        canonicalUrl: article.canonicalUrl,
        title: article.title || hints.title || '',
        text: article.text,
        byline: article.byline,
        publishedAt: article.publishedAt ?? hints.publishedAt ?? null,
        modifiedAt: article.modifiedAt,
        siteName: article.siteName,
        language: article.language,
        description: article.description,
        isArticle: true,
      },
    },
    { jobId: `ingest-${payload.caseId}-${urlHash}` },
  );
  return { handedToIngest: true };
}

/** Called when a page's fetch fails for the last time: the page records why, and whether to try again later. */
export async function recordFetchFailure(
  payload: FetchPayload,
  error: Error,
  ctx: JobContext,
): Promise<void> {
  await finishPage(ctx.db, payload.caseId, shortHash(payload.url), {
    outcome: isPermanent(error) ? 'gone' : 'failed',
    reason: error.message,
    fetched: true,
  });
}
