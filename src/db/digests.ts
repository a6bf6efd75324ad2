import { sql } from 'kysely';
import type { DigestConflict, DigestContent, DigestOutlet, DigestStory } from '../digest/content.ts';
import type { Db } from './connect.ts';
import type { Digest, Subscriber } from './types.ts';

/**
 * How many items of each kind one digest covers at most. The digest shows the first of them and counts the
 * rest ("and 150 more claims"); all of them are recorded as sent, so the next digest does not repeat them.
 * What is past these caps (a backfill of thousands) waits for the next digest.
 */
const limits = { stories: 500, claims: 2000, conflicts: 500, edits: 500 } as const;

/** Creates the digest row of a (subscriber, period), or returns the one already there. */
export async function claimDigest(db: Db, subscriberId: number, start: Date, end: Date): Promise<Digest> {
  await db
    .insertInto('digests')
    .values({ subscriber_id: subscriberId, period_start: start, period_end: end })
    .onConflict((oc) => oc.columns(['subscriber_id', 'period_start']).doNothing())
    .execute();
  return db
    .selectFrom('digests')
    .selectAll()
    .where('subscriber_id', '=', subscriberId)
    .where('period_start', '=', start)
    .executeTakeFirstOrThrow();
}

// An item is taken once it is in digest_items for this subscriber: reserved by a digest being sent, or sent.
// The digest being built (`digestId`) sees its own reservations again, so a retry sends the same content.
const notSent = (
  kind: 'story' | 'claim' | 'mention' | 'version',
  subscriberId: number,
  column: string,
  digestId: number,
) =>
  sql<boolean>`not exists (select 1 from digest_items di where di.subscriber_id = ${subscriberId} and di.kind = ${kind} and di.item_id = ${sql.ref(column)} and di.digest_id <> ${digestId})`;

/**
 * Everything first seen (by casewatch) after the subscription began and up to `end` that this subscriber has
 * not been sent (or reserved by another digest) yet. Keyed on what was sent, not on time windows, so an item
 * committed late is never lost. `digestId` is the digest being built (0 for a preview).
 */
export async function selectDigestContent(
  db: Db,
  subscriber: Subscriber,
  caseInfo: { name: string; shortName: string },
  start: Date,
  end: Date,
  digestId = 0,
): Promise<DigestContent> {
  const since = subscriber.confirmed_at ?? subscriber.created_at;
  const stories = await db
    .selectFrom('stories')
    .select(['id', 'title', 'first_seen_at'])
    .where('case_id', '=', subscriber.case_id)
    .where('first_seen_at', '>', since)
    .where('first_seen_at', '<=', end)
    .where(notSent('story', subscriber.id, 'stories.id', digestId))
    .orderBy('first_seen_at')
    .limit(limits.stories)
    .execute();
  const outlets = stories.length
    ? await db
        .selectFrom('article_urls')
        .innerJoin('articles', 'articles.id', 'article_urls.article_id')
        .select([
          'articles.story_id',
          'article_urls.site',
          'article_urls.site_name',
          'article_urls.url',
          'article_urls.relation',
          'articles.published_at',
          'article_urls.first_seen_at',
        ])
        .where(
          'articles.story_id',
          'in',
          stories.map((s) => s.id),
        )
        .orderBy('article_urls.first_seen_at')
        .execute()
    : [];
  const digestStories: DigestStory[] = stories.map((story) => {
    const bySite = new Map<string, DigestOutlet & { seen: Date }>();
    for (const o of outlets.filter((x) => x.story_id === story.id)) {
      const known = bySite.get(o.site);
      // One line per outlet: its canonical URL when it has one.
      if (!known || o.relation === 'canonical') {
        bySite.set(o.site, {
          site: o.site_name ?? known?.site ?? o.site,
          url: o.url,
          publishedAt: o.published_at?.toISOString() ?? null,
          seen: o.first_seen_at,
        });
      }
    }
    const carried = [...bySite.values()].sort((a, b) =>
      (a.publishedAt ?? a.seen.toISOString()).localeCompare(b.publishedAt ?? b.seen.toISOString()),
    );
    const [first, ...rest] = carried.map(({ seen: _seen, ...outlet }) => outlet);
    return {
      id: story.id,
      title: story.title,
      firstSeenAt: story.first_seen_at.toISOString(),
      firstPublisher: first ?? { site: '', url: '', publishedAt: null },
      alsoCarriedBy: rest,
    };
  });
  const claims = await db
    .selectFrom('claims')
    .innerJoin('articles', 'articles.id', 'claims.first_article_id')
    .select([
      'claims.id',
      'claims.kind',
      'claims.text',
      'articles.title',
      'articles.canonical_url',
      'articles.site_name',
    ])
    .where('claims.case_id', '=', subscriber.case_id)
    .where('claims.origin', '=', 'coverage')
    .where('claims.first_seen_at', '>', since)
    .where('claims.first_seen_at', '<=', end)
    .where(notSent('claim', subscriber.id, 'claims.id', digestId))
    .orderBy('claims.first_seen_at')
    .limit(limits.claims)
    .execute();
  // Conflicting and updated mentions, each beside the stored claim it contradicts or updates and where that
  // came from (the outlet that first said it, or the case's known facts).
  const mentions = await db
    .selectFrom('claim_mentions as m')
    .innerJoin('claims as c', 'c.id', 'm.claim_id')
    .innerJoin('articles as a', 'a.id', 'm.article_id')
    .innerJoin('claims as r', 'r.id', 'm.related_claim_id')
    .leftJoin('articles as ra', 'ra.id', 'r.first_article_id')
    .select([
      'm.id',
      'm.relation',
      'm.sentence',
      'm.detail',
      'a.canonical_url',
      'a.site_name',
      'r.text as related_text',
      'r.origin as related_origin',
      'ra.canonical_url as related_url',
      'ra.site_name as related_site',
    ])
    .where('c.case_id', '=', subscriber.case_id)
    .where('m.relation', 'in', ['conflicting', 'updated'])
    .where('m.created_at', '>', since)
    .where('m.created_at', '<=', end)
    .where(notSent('mention', subscriber.id, 'm.id', digestId))
    .orderBy('m.created_at')
    .orderBy('m.id')
    .limit(limits.conflicts)
    .execute();
  const asConflict = (m: (typeof mentions)[number]): DigestConflict => ({
    mentionId: Number(m.id),
    sentence: m.sentence,
    articleUrl: m.canonical_url,
    site: m.site_name ?? new URL(m.canonical_url).host,
    knownText: m.related_text,
    knownLabel: m.related_origin === 'known_fact' ? 'Known fact' : 'Said earlier',
    knownSource:
      m.related_origin === 'known_fact'
        ? 'known fact of the case'
        : m.related_url
          ? (m.related_site ?? new URL(m.related_url).host)
          : 'earlier coverage',
    detail: m.detail ?? '',
  });
  const edits = await db
    .selectFrom('article_versions')
    .innerJoin('articles', 'articles.id', 'article_versions.article_id')
    .select([
      'article_versions.id',
      'article_versions.version',
      'article_versions.seen_at',
      'articles.title',
      'articles.canonical_url',
    ])
    .where('articles.case_id', '=', subscriber.case_id)
    .where('article_versions.version', '>', 1)
    .where('article_versions.seen_at', '>', since)
    .where('article_versions.seen_at', '<=', end)
    .where(notSent('version', subscriber.id, 'article_versions.id', digestId))
    .orderBy('article_versions.seen_at')
    .limit(limits.edits)
    .execute();
  return {
    caseName: caseInfo.name,
    shortName: caseInfo.shortName,
    periodStart: start.toISOString(),
    periodEnd: end.toISOString(),
    stories: digestStories,
    claims: claims.map((c) => ({
      id: c.id,
      kind: c.kind,
      text: c.text,
      articleTitle: c.title,
      articleUrl: c.canonical_url,
      site: c.site_name ?? new URL(c.canonical_url).host,
    })),
    conflicts: mentions.filter((m) => m.relation === 'conflicting').map(asConflict),
    updates: mentions.filter((m) => m.relation === 'updated').map(asConflict),
    edits: edits.map((e) => ({
      versionId: e.id,
      title: e.title,
      url: e.canonical_url,
      version: e.version,
      seenAt: e.seen_at.toISOString(),
    })),
  };
}

export type DigestLease =
  | { status: 'taken'; digest: Digest; content: DigestContent }
  | { status: 'empty'; digest: Digest }
  | { status: 'sent'; digest: Digest }
  /** Another attempt holds a live lease on it: try again later. */
  | { status: 'busy'; digest: Digest };

export interface LeaseOptions {
  caseInfo: { name: string; shortName: string };
  now: Date;
  /** How long a `sending` attempt may go silent before another may take the digest over. */
  leaseMs: number;
  /** Send a digest with nothing in it instead of marking it `empty`. */
  sendEmpty: boolean;
  /** Whether `content` has nothing to report. */
  isEmpty: (content: DigestContent) => boolean;
}

function digestItems(content: DigestContent) {
  return [
    ...content.stories.map((s) => ({ kind: 'story' as const, item_id: s.id })),
    ...content.claims.map((c) => ({ kind: 'claim' as const, item_id: c.id })),
    ...[...content.conflicts, ...content.updates].map((c) => ({
      kind: 'mention' as const,
      item_id: c.mentionId,
    })),
    ...content.edits.map((e) => ({ kind: 'version' as const, item_id: e.versionId })),
  ];
}

/**
 * Takes a digest for sending, in one transaction that holds the subscriber's row lock: selects its content,
 * reserves every item in `digest_items` (so no other digest of this subscriber can carry them) and moves it
 * `pending`/`failed` → `sending` with a fresh lease, counting the attempt. A `sending` digest whose lease has
 * lapsed (its worker died mid-send) is taken over; its reserved items come back, so the resend is the same
 * digest with the same Message-ID. Returns what happened; throws only on database errors.
 */
export async function leaseDigest(
  db: Db,
  subscriber: Subscriber,
  digestId: number,
  options: LeaseOptions,
): Promise<DigestLease> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('subscribers').select('id').where('id', '=', subscriber.id).forUpdate().execute();
    const digest = await trx
      .selectFrom('digests')
      .selectAll()
      .where('id', '=', digestId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (digest.status === 'sent') return { status: 'sent', digest };
    if (digest.status === 'empty') return { status: 'empty', digest };
    const leaseFrom = new Date(options.now.getTime() - options.leaseMs);
    if (digest.status === 'sending' && digest.sending_at && digest.sending_at > leaseFrom)
      return { status: 'busy', digest };
    const content = await selectDigestContent(
      trx,
      subscriber,
      options.caseInfo,
      digest.period_start,
      digest.period_end,
      digest.id,
    );
    if (options.isEmpty(content) && !options.sendEmpty) {
      const empty = await trx
        .updateTable('digests')
        .set({ status: 'empty', error: null, sending_at: null })
        .where('id', '=', digest.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return { status: 'empty', digest: empty };
    }
    const items = digestItems(content);
    if (items.length) {
      await trx
        .insertInto('digest_items')
        .values(items.map((i) => ({ ...i, subscriber_id: subscriber.id, digest_id: digest.id })))
        .onConflict((oc) => oc.columns(['subscriber_id', 'kind', 'item_id']).doNothing())
        .execute();
    }
    const taken = await trx
      .updateTable('digests')
      .set((eb) => ({
        status: 'sending',
        sending_at: options.now,
        attempts: eb('attempts', '+', 1),
        // Fixed on the first attempt: every resend of this digest carries the same Message-ID.
        message_id: eb.fn.coalesce('message_id', eb.val(`<digest-${digest.id}-${subscriber.id}@casewatch>`)),
      }))
      .where('id', '=', digest.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { status: 'taken', digest: taken, content };
  });
}

/**
 * Gives a digest's lease back after a send that failed before the message was accepted, so the next attempt
 * need not wait for the lease to lapse. Its reserved items stay reserved for it.
 */
export async function releaseDigest(db: Db, digestId: number, error: string): Promise<void> {
  await db
    .updateTable('digests')
    .set({ status: 'pending', sending_at: null, error: error.slice(0, 1000) })
    .where('id', '=', digestId)
    .where('status', '=', 'sending')
    .execute();
}

/**
 * Digests of active subscribers left unfinished — pending or failed, or sending with a lapsed lease — for at
 * least `leaseMs`: what a lost job, a killed worker or exhausted retries left behind. The scheduler queues
 * them again, so no period is skipped.
 */
export function unfinishedDigests(db: Db, now: Date, leaseMs: number, maxAttempts: number) {
  const before = new Date(now.getTime() - leaseMs);
  return db
    .selectFrom('digests')
    .innerJoin('subscribers', 'subscribers.id', 'digests.subscriber_id')
    .select([
      'digests.id',
      'digests.subscriber_id',
      'digests.period_start',
      'digests.period_end',
      'digests.attempts',
    ])
    .where('subscribers.status', '=', 'active')
    .where('digests.status', 'in', ['pending', 'sending', 'failed'])
    .where('digests.attempts', '<', maxAttempts)
    .where((eb) => eb(eb.fn.coalesce('digests.sending_at', 'digests.created_at'), '<', before))
    .orderBy('digests.period_start')
    .execute();
}

/** Records a sent digest and everything it contained, in one transaction. */
export async function markDigestSent(
  db: Db,
  digest: { id: number; subscriberId: number },
  content: DigestContent,
  sent: { messageId: string; subject: string },
): Promise<void> {
  const items = digestItems(content);
  await db.transaction().execute(async (trx) => {
    if (items.length) {
      await trx
        .insertInto('digest_items')
        .values(items.map((i) => ({ ...i, subscriber_id: digest.subscriberId, digest_id: digest.id })))
        .onConflict((oc) => oc.columns(['subscriber_id', 'kind', 'item_id']).doNothing())
        .execute();
    }
    await trx
      .updateTable('digests')
      .set({
        status: 'sent',
        sent_at: new Date(),
        message_id: sent.messageId,
        subject: sent.subject,
        error: null,
        sending_at: null,
        counts: JSON.stringify({
          stories: content.stories.length,
          claims: content.claims.length,
          conflicts: content.conflicts.length,
          updates: content.updates.length,
          edits: content.edits.length,
        }),
      })
      .where('id', '=', digest.id)
      .execute();
  });
}

/** Ends a digest as `empty` or `failed`; a digest already sent or empty stays as it is. */
export async function markDigest(
  db: Db,
  digestId: number,
  status: 'empty' | 'failed',
  error?: string,
): Promise<void> {
  await db
    .updateTable('digests')
    .set({ status, error: error?.slice(0, 1000) ?? null, sending_at: null })
    .where('id', '=', digestId)
    .where('status', 'not in', ['sent', 'empty'])
    .execute();
}
