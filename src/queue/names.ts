import { z } from 'zod';

/** The four pipeline stages, in pipeline order (whenIdle relies on this order). */
export const queueNames = ['discover', 'fetch', 'ingest', 'digest'] as const;
export type QueueName = (typeof queueNames)[number];

/**
 * A stage that waits while its next stage has this many jobs waiting: fetching runs ahead of ingesting (a fetch
 * costs a third of an ingest), and each page it leaves waiting holds its text in the queue. On a 100,000-page
 * backfill the ingest queue grew by some 60 jobs a second, to 46,000 jobs and 344 MB of Redis within ten minutes.
 * A thousand is half a minute of ingest work: enough that ingesting never waits for a fetch.
 */
export const nextStage: Partial<Record<QueueName, QueueName>> = { fetch: 'ingest' };
export const defaultStageBacklog = 1_000;

const isoDate = z.iso.datetime({ offset: true });

export const discoverPayload = z.discriminatedUnion('type', [
  /** Start a pass over every enabled source (what the discovery scheduler fires). */
  z.object({
    type: z.literal('run'),
    trigger: z.enum(['cron', 'manual', 'demo']),
    sourceIds: z.array(z.number().int()).optional(),
  }),
  /** Read one source for one run. */
  z.object({ type: z.literal('source'), runId: z.number().int(), sourceId: z.number().int() }),
]);

export const fetchPayload = z.object({
  runId: z.number().int().nullable(),
  caseId: z.number().int(),
  sourceId: z.number().int().nullable(),
  url: z.string().min(1),
  /** Title and date a feed or sitemap gave for the link, used when the page itself has none. */
  hints: z.object({ title: z.string().optional(), publishedAt: isoDate.optional() }).default({}),
});

export const extractedPageSchema = z.object({
  finalUrl: z.string(),
  canonicalUrl: z.string().nullable(),
  title: z.string(),
  text: z.string(),
  byline: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  modifiedAt: isoDate.nullable(),
  siteName: z.string().nullable(),
  language: z.string().nullable(),
  description: z.string().nullable(),
  isArticle: z.boolean(),
});

export const ingestPayload = z.object({
  runId: z.number().int().nullable(),
  caseId: z.number().int(),
  sourceId: z.number().int().nullable(),
  /** The URL as discovered (its page row), before redirects. */
  url: z.string(),
  fetchedAt: isoDate,
  page: extractedPageSchema,
});

export const digestPayload = z.discriminatedUnion('type', [
  /** Find who is due and enqueue one `send` per (subscriber, period). What the digest scheduler fires. */
  z.object({ type: z.literal('due'), now: isoDate.optional(), force: z.boolean().optional() }),
  z.object({
    type: z.literal('send'),
    subscriberId: z.number().int(),
    periodStart: isoDate,
    periodEnd: isoDate,
  }),
]);

export const payloadSchemas = {
  discover: discoverPayload,
  fetch: fetchPayload,
  ingest: ingestPayload,
  digest: digestPayload,
} as const;

export interface Payloads {
  discover: z.infer<typeof discoverPayload>;
  fetch: z.input<typeof fetchPayload>;
  ingest: z.infer<typeof ingestPayload>;
  digest: z.infer<typeof digestPayload>;
}
export type ExtractedPagePayload = z.infer<typeof extractedPageSchema>;
