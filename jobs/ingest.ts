import { finishPage, recordVersionDiff, storeArticle, storeClaims } from '../src/db/index.ts';
import type { ClaimTally, StoreOutcome } from '../src/db/index.ts';
import {
  canonicalUrl,
  diffVersions,
  nearDuplicateSearch,
  shortHash,
  siteOf,
  textHash,
} from '../src/dedup/index.ts';
import { claimClassifier, claimsToStore } from '../src/pipeline/article-claims.ts';
import type { Payloads } from '../src/queue/index.ts';
import type { JobContext } from './context.ts';

type IngestPayload = Payloads['ingest'];

export type IngestResult = { outcome: 'off_topic'; score: number } | (StoreOutcome & { claims: ClaimTally });

function safeCanonical(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    return canonicalUrl(url);
  } catch {
    return undefined;
  }
}

/**
 * Decides whether a page covers its case, then stores it: as a new article, a new version, or a copy of a
 * stored one, with its claims. Everything a page changes is written in one transaction with the page's outcome,
 * so a crash leaves either all of it or none.
 */
export async function ingestPage(
  payload: IngestPayload,
  ctx: Pick<JobContext, 'db' | 'cases'>,
): Promise<IngestResult> {
  const { page } = payload;
  const urlHash = shortHash(payload.url);
  const stored = await ctx.cases.get(payload.caseId);
  // The page's declared language is taken as it is: detecting one costs more than the rest of judging, and the
  // rules are the same in every language (the detected one is only a reason given, and stored when none is declared).
  const relevance = stored.relevance.judge({
    title: page.title,
    text: page.text,
    language: page.language ?? undefined,
  });
  if (!relevance.relevant) {
    await finishPage(ctx.db, payload.caseId, urlHash, {
      outcome: 'off_topic',
      reason: relevance.reasons.join('; '),
      fetched: true,
    });
    return { outcome: 'off_topic', score: relevance.score };
  }
  const fetched = safeCanonical(page.finalUrl) ?? payload.url;
  const declared = safeCanonical(page.canonicalUrl);
  // A page's own canonical link is trusted when it stays on the same site; elsewhere it could claim anything.
  const canonical = declared && siteOf(declared) === siteOf(fetched) ? declared : fetched;
  // Everything computed from the text alone is done before the transaction: its first statement takes the
  // band locks that copies of one story wait on, and they are held until it commits.
  const fingerprints = nearDuplicateSearch(page.text, payload.caseId);
  const hash = textHash(page.text);
  const claims = claimsToStore(page.text, stored.claims, page.publishedAt);
  return ctx.db.transaction().execute(async (trx) => {
    const outcome = await storeArticle(trx, {
      caseId: payload.caseId,
      runId: payload.runId,
      canonicalUrl: canonical,
      otherUrls: [payload.url, fetched].filter((u) => u !== canonical),
      siteOf,
      title: page.title,
      byline: page.byline,
      siteName: page.siteName,
      publishedAt: page.publishedAt,
      modifiedAt: page.modifiedAt,
      language: page.language ?? (relevance.language === 'und' ? null : relevance.language),
      description: page.description,
      text: page.text,
      textHash: hash,
      ...fingerprints,
      relevance: relevance.score,
      relevanceReasons: relevance.reasons,
    });
    if (outcome.outcome === 'version') {
      await recordVersionDiff(
        trx,
        outcome.articleId,
        outcome.version,
        diffVersions(outcome.previousText, page.text),
      );
    }
    let tally: ClaimTally = { new: 0, restated: 0, conflicting: 0, updated: 0 };
    if (
      outcome.outcome === 'stored' ||
      outcome.outcome === 'near_duplicate' ||
      outcome.outcome === 'version'
    ) {
      tally = await storeClaims(trx, {
        caseId: payload.caseId,
        articleId: outcome.articleId,
        version: outcome.version,
        claims,
        classify: claimClassifier(stored.claims),
        cache: stored.claimCandidates,
      });
    }
    await finishPage(trx, payload.caseId, urlHash, {
      outcome: outcome.outcome,
      articleId: outcome.articleId,
      // Statements stored for the first time: new ones, and those that contradict or update a stored one.
      claimsNew: tally.new + tally.conflicting + tally.updated,
      fetched: true,
    });
    return { ...outcome, claims: tally };
  });
}

/** Called when ingesting fails for the last time. */
export async function recordIngestFailure(
  payload: IngestPayload,
  error: Error,
  ctx: JobContext,
): Promise<void> {
  await finishPage(ctx.db, payload.caseId, shortHash(payload.url), {
    outcome: 'failed',
    reason: `ingest: ${error.message}`,
    fetched: true,
  });
}
