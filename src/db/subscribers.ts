import type { Db } from './connect.ts';
import type { Frequency, Subscriber, SubscriberStatus } from './types.ts';

export interface NewSubscriber {
  email: string;
  caseId: number;
  frequency: Frequency;
  hour: number;
  weekday: number;
  timezone: string;
  status: SubscriberStatus;
}

/**
 * Adds a subscriber, or updates the settings of one already there (a re-subscribe after unsubscribing starts
 * over as the given status). Returns the row.
 */
export async function upsertSubscriber(db: Db, s: NewSubscriber): Promise<Subscriber> {
  const confirmedAt = s.status === 'active' ? new Date() : null;
  return db
    .insertInto('subscribers')
    .values({
      email: s.email,
      case_id: s.caseId,
      frequency: s.frequency,
      hour: s.hour,
      weekday: s.weekday,
      timezone: s.timezone,
      status: s.status,
      confirmed_at: confirmedAt,
    })
    .onConflict((oc) =>
      oc.columns(['email', 'case_id']).doUpdateSet((eb) => ({
        frequency: s.frequency,
        hour: s.hour,
        weekday: s.weekday,
        timezone: s.timezone,
        // An active subscriber stays active; someone who left comes back as asked.
        status: eb
          .case()
          .when('subscribers.status', '=', 'active')
          .then(eb.val<SubscriberStatus>('active'))
          .else(eb.val<SubscriberStatus>(s.status))
          .end(),
        confirmed_at: eb.fn.coalesce('subscribers.confirmed_at', eb.val(confirmedAt)),
        unsubscribed_at: null,
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listSubscribers(db: Db, caseId?: number): Promise<(Subscriber & { case_slug: string })[]> {
  let query = db
    .selectFrom('subscribers')
    .innerJoin('cases', 'cases.id', 'subscribers.case_id')
    .selectAll('subscribers')
    .select('cases.slug as case_slug');
  if (caseId !== undefined) query = query.where('subscribers.case_id', '=', caseId);
  return query.orderBy('subscribers.id').execute();
}

export function subscriberById(db: Db, id: number): Promise<Subscriber | undefined> {
  return db.selectFrom('subscribers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks a subscriber unsubscribed (history is kept). Returns how many rows changed. */
export async function unsubscribe(
  db: Db,
  where: { id: number } | { email: string; caseId?: number },
): Promise<number> {
  let query = db
    .updateTable('subscribers')
    .set((eb) => ({
      status: 'unsubscribed',
      unsubscribed_at: new Date(),
      token_version: eb('token_version', '+', 1),
    }))
    .where('status', '!=', 'unsubscribed');
  query = 'id' in where ? query.where('id', '=', where.id) : query.where('email', '=', where.email);
  if ('caseId' in where && where.caseId !== undefined) query = query.where('case_id', '=', where.caseId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Active subscribers with the end of their last digest period, for working out who is due. */
export function activeSubscribersWithLastPeriod(db: Db) {
  return db
    .selectFrom('subscribers')
    .leftJoin('digests', 'digests.subscriber_id', 'subscribers.id')
    .selectAll('subscribers')
    .select((eb) => eb.fn.max('digests.period_end').as('last_period_end'))
    .where('subscribers.status', '=', 'active')
    .groupBy('subscribers.id')
    .execute();
}

/**
 * Activates a pending subscriber whose confirm token carries the current token version. Returns the row, or
 * undefined when the token is stale or the subscriber is not pending (an active one stays as it is).
 */
export async function confirmSubscriber(
  db: Db,
  id: number,
  tokenVersion: number,
): Promise<Subscriber | undefined> {
  return db
    .updateTable('subscribers')
    .set((eb) => ({
      status: 'active',
      confirmed_at: eb.fn.coalesce('confirmed_at', eb.val(new Date())),
    }))
    .where('id', '=', id)
    .where('token_version', '=', tokenVersion)
    .where('status', 'in', ['pending', 'active'])
    .returningAll()
    .executeTakeFirst();
}

/** Marks a subscriber whose address the mail server refused for good; no digest goes to it until re-added. */
export async function markSubscriberBouncing(db: Db, id: number, error: string): Promise<void> {
  await db
    .updateTable('subscribers')
    .set({ status: 'bouncing', last_error: error.slice(0, 1000) })
    .where('id', '=', id)
    .execute();
}
