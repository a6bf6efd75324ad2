import type { SourceKind } from '../src/cases/index.ts';
import {
  activeSources,
  claimPages,
  createRun,
  finishRunIfDone,
  enrolSources,
  recordSourceFailure,
  recordSourceRead,
  runOfJob,
  skipRunSource,
  sourceById,
  unreadRunSources,
} from '../src/db/index.ts';
import { canonicalUrl, shortHash } from '../src/dedup/index.ts';
import type { Payloads } from '../src/queue/index.ts';
import type { Candidate } from '../src/sources/index.ts';
import { fetchSource } from '../src/sources/index.ts';
import type { JobContext } from './context.ts';

type RunPayload = Extract<Payloads['discover'], { type: 'run' }>;
type SourcePayload = Extract<Payloads['discover'], { type: 'source' }>;

export interface RunStarted {
  runId: number;
  sources: number;
}

/**
 * Starts a pass: records the run and enqueues one discovery job per active source. The run and its sources are
 * stored in one transaction, so a try that fails midway leaves none of it; a later try of the same job (the
 * first died, or lost PostgreSQL, after committing) carries on with that run and enqueues its unread sources
 * again — their job ids keep any still queued from being queued twice.
 */
export async function startRun(payload: RunPayload, ctx: JobContext): Promise<RunStarted> {
  const key = ctx.job.key;
  const scope = payload.trigger === 'demo' ? 'demo' : 'normal';
  const { runId, resumed } = await ctx.db.transaction().execute(async (trx) => {
    const earlier = key === undefined ? undefined : await runOfJob(trx, key);
    if (earlier !== undefined) return { runId: earlier, resumed: true };
    const runId = await createRun(trx, payload.trigger, key);
    // A source with a schedule of its own is read by its own scheduler, not by every pass.
    const sources = (await activeSources(trx, scope)).filter((s) =>
      payload.sourceIds ? payload.sourceIds.includes(s.id) : !s.schedule,
    );
    await enrolSources(
      trx,
      runId,
      sources.map((s) => s.id),
    );
    return { runId, resumed: false };
  });
  const unread = await unreadRunSources(ctx.db, runId);
  // A scheduled pass spreads its sources over the jitter window, so they do not all fire at once; a pass
  // someone asked for (manual, demo) starts them now.
  const jitterMs = payload.trigger === 'cron' && !resumed ? ctx.config.sourceJitterMs : 0;
  await ctx.queues.addBulk(
    'discover',
    unread.map((sourceId) => ({
      payload: { type: 'source' as const, runId, sourceId },
      options: { jobId: `source-${sourceId}-run-${runId}`, delayMs: Math.floor(Math.random() * jitterMs) },
    })),
  );
  ctx.log.info(
    { runId, sources: unread.length, trigger: payload.trigger },
    resumed ? 'run resumed' : 'run started',
  );
  // A run with nothing to read (every source busy in another run, or none configured) is over at once.
  if (unread.length === 0) await finishRunIfDone(ctx.db, runId);
  return { runId, sources: unread.length };
}

export interface SourceRead {
  sourceId: number;
  notModified: boolean;
  candidates: number;
  queued: number;
}

function canonicalCandidates(candidates: Candidate[]): { url: string; urlHash: string; hints: Candidate }[] {
  const out = new Map<string, { url: string; urlHash: string; hints: Candidate }>();
  for (const candidate of candidates) {
    try {
      const url = canonicalUrl(candidate.url);
      out.set(url, { url, urlHash: shortHash(url), hints: candidate });
    } catch {
      // a feed's broken link is skipped, not fatal to the feed
    }
  }
  return [...out.values()];
}

/**
 * Reads one source with a conditional GET, claims the pages it links to and enqueues a fetch for each page
 * this call claimed. Throws on HTTP and format errors (the queue retries passing ones).
 */
export async function discoverSource(payload: SourcePayload, ctx: JobContext): Promise<SourceRead> {
  const source = await sourceById(ctx.db, payload.sourceId);
  if (!source || !source.enabled || source.paused_at) {
    await skipRunSource(ctx.db, payload.sourceId, payload.runId, 'disabled or paused since the run began');
    return { sourceId: payload.sourceId, notModified: false, candidates: 0, queued: 0 };
  }
  const options = source.options as { link_pattern?: string };
  const { response, notModified, candidates } = await fetchSource(
    ctx.fetcher,
    {
      kind: source.kind as SourceKind,
      url: source.url,
      linkPattern: options.link_pattern,
      label: `source ${source.id} (${source.name})`,
    },
    { etag: source.etag, lastModified: source.last_modified },
  );
  const validators = {
    etag: response.headers.etag ?? null,
    lastModified: response.headers['last-modified'] ?? null,
  };
  if (notModified) {
    await recordSourceRead(ctx.db, source.id, payload.runId, {
      ...validators,
      notModified: true,
      candidates: 0,
      queued: 0,
    });
    return { sourceId: source.id, notModified: true, candidates: 0, queued: 0 };
  }
  const pages = canonicalCandidates(candidates);
  const claimed = await claimPages(ctx.db, {
    caseId: source.case_id,
    runId: payload.runId,
    sourceId: source.id,
    pages: pages.map((p) => ({
      url: p.url,
      urlHash: p.urlHash,
      hints: { title: p.hints.title, publishedAt: p.hints.publishedAt },
    })),
  });
  await ctx.queues.addBulk(
    'fetch',
    claimed.map((p) => ({
      payload: {
        runId: payload.runId,
        caseId: source.case_id,
        sourceId: source.id,
        url: p.url,
        hints: p.hints,
      },
      options: { jobId: `page-${source.case_id}-${p.urlHash}` },
    })),
  );
  await recordSourceRead(ctx.db, source.id, payload.runId, {
    ...validators,
    notModified: false,
    candidates: pages.length,
    queued: claimed.length,
  });
  ctx.log.info({ sourceId: source.id, candidates: pages.length, queued: claimed.length }, 'source read');
  return { sourceId: source.id, notModified: false, candidates: pages.length, queued: claimed.length };
}

/** Called when a source's job fails for the last time: the failure is recorded on the source. */
export async function recordDiscoverFailure(
  payload: Payloads['discover'],
  error: Error,
  ctx: JobContext,
): Promise<void> {
  if (payload.type !== 'source') return;
  const { failures, paused } = await recordSourceFailure(
    ctx.db,
    payload.sourceId,
    payload.runId,
    error.message,
    ctx.config.pauseAfterFailures,
  );
  ctx.log.warn({ sourceId: payload.sourceId, failures, error: error.message }, 'source failed');
  if (paused) {
    ctx.log.error(
      { sourceId: payload.sourceId, failures },
      `source ${payload.sourceId} paused after ${failures} failures in a row; \`casewatch sources resume ${payload.sourceId}\` reads it again`,
    );
  }
}
