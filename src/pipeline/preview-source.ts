import type { Fetcher } from '../crawl/index.ts';
import { canonicalUrl } from '../dedup/index.ts';
import { extractArticle } from '../extract/index.ts';
import type { RelevanceModel } from '../relevance/index.ts';
import type { SourceSpec } from '../sources/index.ts';
import { fetchSource } from '../sources/index.ts';

/** What one linked page would become. */
export interface PagePreview {
  url: string;
  title: string | null;
  /** `kept` (an article about the case), `off_topic`, `not_article`, or `failed` (with the error). */
  verdict: 'kept' | 'off_topic' | 'not_article' | 'failed';
  score: number | null;
  language: string | null;
  reasons: string[];
}

export interface SourcePreview {
  /** Distinct article links the source offers (after canonicalisation). */
  candidates: number;
  /** The first `limit` of them, fetched and judged. */
  pages: PagePreview[];
}

async function previewPage(fetcher: Fetcher, url: string, relevance: RelevanceModel): Promise<PagePreview> {
  const base = { url, title: null, score: null, language: null };
  try {
    const response = await fetcher.fetch({ url });
    if (response.status < 200 || response.status >= 300) {
      return { ...base, verdict: 'failed', reasons: [`HTTP ${response.status}`] };
    }
    const article = extractArticle({
      body: response.body,
      contentType: response.headers['content-type'],
      url: response.finalUrl,
    });
    const seen = { ...base, title: article.title || null, language: article.language };
    if (!article.isArticle) {
      return { ...seen, verdict: 'not_article', reasons: [article.notArticleReason ?? 'not an article'] };
    }
    const judged = relevance.judge({ title: article.title, text: article.text });
    return {
      ...seen,
      verdict: judged.relevant ? 'kept' : 'off_topic',
      score: judged.score,
      reasons: judged.reasons,
    };
  } catch (error) {
    return { ...base, verdict: 'failed', reasons: [error instanceof Error ? error.message : String(error)] };
  }
}

/**
 * Reads a source once and judges the pages it links to as the pipeline would — extraction, then relevance —
 * storing nothing. Pages are fetched `concurrency` at a time, the first `limit` only. Throws what reading the
 * source throws (HTTP and format errors); a page's failure is its own verdict.
 */
export async function previewSource(
  fetcher: Fetcher,
  spec: SourceSpec,
  relevance: RelevanceModel,
  options: { limit: number; concurrency?: number },
): Promise<SourcePreview> {
  const { candidates } = await fetchSource(fetcher, spec);
  const urls = [
    ...new Set(
      candidates.flatMap((c) => {
        try {
          return [canonicalUrl(c.url)];
        } catch {
          return [];
        }
      }),
    ),
  ];
  const chosen = urls.slice(0, options.limit);
  const pages: PagePreview[] = new Array<PagePreview>(chosen.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < chosen.length; i = next++)
      pages[i] = await previewPage(fetcher, chosen[i]!, relevance);
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, chosen.length) }, worker));
  return { candidates: urls.length, pages };
}
