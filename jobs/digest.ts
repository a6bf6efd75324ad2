import {
  activeSubscribersWithLastPeriod,
  caseById,
  claimDigest,
  leaseDigest,
  markDigest,
  markDigestSent,
  markSubscriberBouncing,
  releaseDigest,
  subscriberById,
  unfinishedDigests,
} from '../src/db/index.ts';
import {
  duePeriod,
  isEmptyDigest,
  isPermanentSmtpError,
  renderDigest,
  signToken,
} from '../src/digest/index.ts';
import type { Payloads } from '../src/queue/index.ts';
import { PermanentError } from '../src/queue/index.ts';
import type { JobContext } from './context.ts';

type DuePayload = Extract<Payloads['digest'], { type: 'due' }>;
type SendPayload = Extract<Payloads['digest'], { type: 'send' }>;

/** After this many attempts in all, an unfinished digest is left failed rather than queued again. */
const maxDigestAttempts = 50;

/** The deterministic job id of a (subscriber, period): the same digest is never queued twice. */
export function digestJobId(subscriberId: number, periodStart: Date): string {
  return `digest-${subscriberId}-${periodStart.getTime()}`;
}

/** A digest another attempt holds (or held, before its worker died): retried once the lease may have lapsed. */
export class DigestBusyError extends Error {
  override name = 'DigestBusyError';
}

/**
 * Finds every active subscriber whose next digest is due (in their own timezone) and enqueues one `send` job
 * per (subscriber, period), plus one for each digest left unfinished (a lost job, a worker killed mid-send,
 * retries run out), under a job id that names its attempt count so each is queued once per attempt.
 * `force` ends every period now (the demo, `digest send --now`).
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
  const stale = await unfinishedDigests(ctx.db, now, ctx.config.digestLeaseMs, maxDigestAttempts);
  for (const d of stale) {
    jobs.push({
      payload: {
        type: 'send',
        subscriberId: d.subscriber_id,
        periodStart: d.period_start.toISOString(),
        periodEnd: d.period_end.toISOString(),
      },
      options: { jobId: `${digestJobId(d.subscriber_id, d.period_start)}-a${d.attempts}` },
    });
  }
  await ctx.queues.addBulk('digest', jobs);
  return { queued: jobs.length };
}

export type SendResult =
  { status: 'sent'; messageId: string; subject: string } | { status: 'empty' | 'skipped'; reason: string };

/**
 * Builds, renders and sends one subscriber's digest for one period, and records what it contained.
 * Throws DigestBusyError (retried) while another attempt holds the digest, the SMTP error (retried) when the
 * server fails or times out, and PermanentError when it refuses the address for good (the subscriber is then
 * marked bouncing).
 */
export async function sendDigest(payload: SendPayload, ctx: JobContext): Promise<SendResult> {
  const subscriber = await subscriberById(ctx.db, payload.subscriberId);
  if (!subscriber || subscriber.status !== 'active')
    return { status: 'skipped', reason: 'subscriber not active' };
  const start = new Date(payload.periodStart);
  const end = new Date(payload.periodEnd);
  const claimed = await claimDigest(ctx.db, subscriber.id, start, end);
  if (claimed.status === 'sent' || claimed.status === 'empty')
    return { status: 'skipped', reason: `already ${claimed.status}` };
  const stored = await caseById(ctx.db, subscriber.case_id);
  const lease = await leaseDigest(ctx.db, subscriber, claimed.id, {
    caseInfo: { name: stored.name, shortName: stored.definition.short_name },
    now: ctx.now(),
    leaseMs: ctx.config.digestLeaseMs,
    sendEmpty: ctx.config.digestSendEmpty,
    isEmpty: isEmptyDigest,
  });
  if (lease.status === 'sent') return { status: 'skipped', reason: 'already sent' };
  if (lease.status === 'empty') return { status: 'empty', reason: 'nothing new' };
  if (lease.status === 'busy')
    throw new DigestBusyError(`digest ${claimed.id} is being sent by another attempt; trying again later`);
  const { digest, content } = lease;
  const token = signToken(ctx.secret, 'unsubscribe', subscriber.id, subscriber.token_version);
  const unsubscribeUrl = `${ctx.config.publicUrl}/unsubscribe?token=${encodeURIComponent(token)}`;
  const rendered = renderDigest(content, {
    email: subscriber.email,
    frequency: subscriber.frequency,
    unsubscribeUrl,
  });
  const messageId = digest.message_id ?? `<digest-${digest.id}-${subscriber.id}@casewatch>`;
  // The window: from here until markDigestSent commits. A worker killed in it leaves the digest `sending`;
  // once the lease lapses it is sent again, with the same Message-ID and the same reserved items.
  try {
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
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    if (isPermanentSmtpError(error)) {
      await markSubscriberBouncing(ctx.db, subscriber.id, error.message);
      await markDigest(ctx.db, digest.id, 'failed', error.message);
      ctx.log.warn(
        { subscriberId: subscriber.id, digestId: digest.id, error: error.message },
        'address refused; subscriber marked bouncing',
      );
      throw new PermanentError(`digest ${digest.id}: ${error.message}`, { cause: error });
    }
    await releaseDigest(ctx.db, digest.id, error.message);
    throw error;
  }
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

/**
 * Called when a digest fails for the last time. The digest is marked failed (never if it was sent); the
 * scheduler's sweep queues it again later while the subscriber stays active, so the period is not lost.
 */
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
  // A busy digest belongs to the attempt that holds it.
  if (error instanceof DigestBusyError) return;
  if (digest.status === 'pending' || digest.status === 'failed')
    await markDigest(ctx.db, digest.id, 'failed', error.message);
}
