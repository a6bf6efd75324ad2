import {
  activeSubscribersWithLastPeriod,
  caseById,
  claimDigest,
  markDigest,
  markDigestSending,
  markDigestSent,
  selectDigestContent,
  subscriberById,
} from '../src/db/index.ts';
import { duePeriod, isEmptyDigest, renderDigest, signToken } from '../src/digest/index.ts';
import type { Payloads } from '../src/queue/index.ts';
import type { JobContext } from './context.ts';

type DuePayload = Extract<Payloads['digest'], { type: 'due' }>;
type SendPayload = Extract<Payloads['digest'], { type: 'send' }>;

/** The deterministic job id of a (subscriber, period): the same digest is never queued twice. */
export function digestJobId(subscriberId: number, periodStart: Date): string {
  return `digest-${subscriberId}-${periodStart.getTime()}`;
}

/**
 * Finds every active subscriber whose next digest is due (in their own timezone) and enqueues one `send` job
 * per (subscriber, period). `force` ends every period now (the demo, `digest send --now`).
 */
export async function enqueueDueDigests(payload: DuePayload, ctx: JobContext): Promise<{ queued: number }> {
  const now = payload.now ? new Date(payload.now) : ctx.now();
  const subscribers = await activeSubscribersWithLastPeriod(ctx.db);
  const jobs = subscribers.flatMap((s) => {
    const last = s.last_period_end ? new Date(s.last_period_end as unknown as string) : null;
    const since = last ?? s.confirmed_at ?? s.created_at;
    const period = duePeriod(s, since, now, payload.force);
    if (!period) return [];
    return [
      {
        payload: {
          type: 'send' as const,
          subscriberId: s.id,
          periodStart: period.start.toISOString(),
          periodEnd: period.end.toISOString(),
        },
        options: { jobId: digestJobId(s.id, period.start) },
      },
    ];
  });
  await ctx.queues.addBulk('digest', jobs);
  return { queued: jobs.length };
}

export type SendResult =
  { status: 'sent'; messageId: string; subject: string } | { status: 'empty' | 'skipped'; reason: string };

/** Builds, renders and sends one subscriber's digest for one period, and records what it contained. */
export async function sendDigest(payload: SendPayload, ctx: JobContext): Promise<SendResult> {
  const subscriber = await subscriberById(ctx.db, payload.subscriberId);
  if (!subscriber || subscriber.status !== 'active')
    return { status: 'skipped', reason: 'subscriber not active' };
  const start = new Date(payload.periodStart);
  const end = new Date(payload.periodEnd);
  const digest = await claimDigest(ctx.db, subscriber.id, start, end);
  if (digest.status === 'sent' || digest.status === 'empty')
    return { status: 'skipped', reason: `already ${digest.status}` };
  const stored = await caseById(ctx.db, subscriber.case_id);
  const content = await selectDigestContent(
    ctx.db,
    subscriber,
    { name: stored.name, shortName: stored.definition.short_name },
    start,
    end,
  );
  if (isEmptyDigest(content)) {
    await markDigest(ctx.db, digest.id, 'empty');
    return { status: 'empty', reason: 'nothing new' };
  }
  if (!(await markDigestSending(ctx.db, digest.id))) return { status: 'skipped', reason: 'already finished' };
  const token = signToken(ctx.secret, 'unsubscribe', subscriber.id, subscriber.token_version);
  const unsubscribeUrl = `${ctx.config.publicUrl}/unsubscribe?token=${encodeURIComponent(token)}`;
  const rendered = renderDigest(content, {
    email: subscriber.email,
    frequency: subscriber.frequency,
    unsubscribeUrl,
  });
  const messageId = `<digest-${digest.id}-${subscriber.id}@casewatch>`;
  await ctx.mailer.send({
    to: subscriber.email,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    messageId,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  });
  await markDigestSent(ctx.db, { id: digest.id, subscriberId: subscriber.id }, content, {
    messageId,
    subject: rendered.subject,
  });
  ctx.log.info(
    { subscriberId: subscriber.id, digestId: digest.id, subject: rendered.subject },
    'digest sent',
  );
  return { status: 'sent', messageId, subject: rendered.subject };
}

/** Called when a digest fails for the last time. */
export async function recordDigestFailure(
  payload: Payloads['digest'],
  error: Error,
  ctx: JobContext,
): Promise<void> {
  if (payload.type !== 'send') return;
  const digest = await claimDigest(
    ctx.db,
    payload.subscriberId,
    new Date(payload.periodStart),
    new Date(payload.periodEnd),
  );
  if (digest.status !== 'sent') await markDigest(ctx.db, digest.id, 'failed', error.message);
}
