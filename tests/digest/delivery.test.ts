import { sql } from 'kysely';
import Mustache from 'mustache';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestJobId, enqueueDueDigests, sendDigest } from '../../jobs/digest.ts';
import { subscriberById } from '../../src/db/index.ts';
import { createJobHandler } from '../../src/runtime/job-handler.ts';
import { rawHeader } from '../helpers/smtp.ts';
import type { DigestHarness } from './harness.ts';
import { backdate, startDigestHarness } from './harness.ts';

// Digests go through real BullMQ workers on Redis, a real PostgreSQL database and a real SMTP server that
// can be told to fail; every test counts the messages the server received.

const hour = 3_600_000;
const day = 24 * hour;
const today = new Date(Math.floor(Date.now() / day) * day);
const at = (days: number, hours = 0) => new Date(today.getTime() + days * day + hours * hour);

let h: DigestHarness;

beforeAll(async () => {
  h = await startDigestHarness('digest_delivery', { CASEWATCH_DIGEST_LEASE_MS: '1000' });
  await h.app.queues.startWorkers({ queues: ['digest'], concurrency: 2, handler: createJobHandler(h.app) });
});

afterAll(async () => {
  await h?.close();
});

const digestsOf = (subscriberId: number) =>
  h.store.db
    .selectFrom('digests')
    .selectAll()
    .where('subscriber_id', '=', subscriberId)
    .orderBy('period_start')
    .execute();

async function due(now: Date): Promise<void> {
  await h.app.queues.add('digest', { type: 'due', now: now.toISOString() });
  await h.app.queues.whenIdle();
}

const mailsTo = (email: string) => h.smtp.messages.filter((m) => rawHeader(m, 'To') === email);

describe('digest delivery', () => {
  it('sends each story exactly once over several periods, late arrivals included, and nothing when nothing is new', async () => {
    const s = await h.subscribe('periods@example.org');
    await backdate(h.store.db, s.id, at(-10));
    const sent: string[] = [];
    const expected: string[] = [];
    for (let d = -9; d <= -5; d++) {
      // Two stories during the day before the send hour, none on day -7.
      if (d !== -7) {
        for (const n of [1, 2]) {
          const title = `Story ${d}.${n}`;
          await h.story(s, title, at(d - 1, 10 + n));
          expected.push(title);
        }
      }
      // A story committed late: first seen before the last send, stored only now.
      if (d === -6) {
        await h.story(s, 'Late story', at(-8, 9));
        expected.push('Late story');
      }
      const before = mailsTo(s.email).length;
      await due(at(d, 9));
      const mails = mailsTo(s.email).slice(before);
      expect(mails.length).toBe(d === -7 ? 0 : 1);
      for (const mail of mails)
        sent.push(...[...mail.text!.matchAll(/^.*(Story -?\d\.\d|Late story).*$/gm)].map((m) => m[1]!));
    }
    expect([...sent].sort()).toEqual([...expected].sort());
    expect(new Set(sent).size).toBe(sent.length);
    const rows = await digestsOf(s.id);
    // One row per period, periods tiling time: each starts where the last ended.
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'empty', 'sent', 'sent']);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.period_start).toEqual(rows[i - 1]!.period_end);
    expect(mailsTo(s.email)[0]!.subject).toBe('2 new stories — periods');
  });

  it('retries a 451 and a dropped connection and delivers exactly once', async () => {
    const s = await h.subscribe('transient@example.org');
    await backdate(h.store.db, s.id, at(-3));
    await h.story(s, 'Transient story', at(-2, 12));
    h.smtp.fail('defer');
    h.smtp.fail('drop');
    await due(at(-1, 9));
    expect(h.smtp.pendingFaults()).toBe(0);
    const mails = mailsTo(s.email);
    expect(mails).toHaveLength(1);
    const [row] = await digestsOf(s.id);
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
    expect(mails[0]!.messageId).toBe(row!.message_id);
  });

  it('stops at a permanent 550, marks the subscriber bouncing and sends it nothing later', async () => {
    const s = await h.subscribe('gone@example.org');
    await backdate(h.store.db, s.id, at(-3));
    await h.story(s, 'Bounced story', at(-2, 12));
    h.smtp.fail('reject');
    await due(at(-1, 9));
    expect(mailsTo(s.email)).toHaveLength(0);
    expect((await subscriberById(h.store.db, s.id))?.status).toBe('bouncing');
    const [row] = await digestsOf(s.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row!.error).toMatch(/550|No such user/);
    await h.story(s, 'Another story', at(-1, 12));
    await due(at(0, 9));
    expect(mailsTo(s.email)).toHaveLength(0);
    expect(await digestsOf(s.id)).toHaveLength(1);
  });

  it('recovers a worker killed in the SMTP transaction: sent once, by the sweep, with nothing skipped', async () => {
    const s = await h.subscribe('killed@example.org');
    await backdate(h.store.db, s.id, at(-3));
    await h.story(s, 'Crash story', at(-2, 12));
    // A second worker with a patient SMTP client is "killed" while the server holds its message unanswered:
    // its database connections close under it, so it can record nothing more, as after SIGKILL.
    const doomed = await h.another({ CASEWATCH_SMTP_TIMEOUT_MS: '60000' });
    h.smtp.fail('hang');
    const start = at(-3);
    const end = at(-1, 8);
    const running = sendDigest(
      { type: 'send', subscriberId: s.id, periodStart: start.toISOString(), periodEnd: end.toISOString() },
      { ...doomed, job: { id: digestJobId(s.id, start), queue: 'digest', attempt: 1, maxAttempts: 5 } },
    ).catch(() => undefined);
    await expect.poll(async () => (await digestsOf(s.id))[0]?.status, { timeout: 5000 }).toBe('sending');
    await doomed.db.destroy();
    // The lease (1 s here) lapses; the scheduler's next run queues the unfinished digest again.
    await new Promise((r) => setTimeout(r, 1200));
    await due(new Date());
    const rows = await digestsOf(s.id);
    expect(rows[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(rows.slice(1).every((r) => r.status === 'empty')).toBe(true);
    expect(mailsTo(s.email)).toHaveLength(1);
    expect(mailsTo(s.email)[0]!.text).toContain('Crash story');
    void running;
  });

  it('does not send a digest twice when its job runs again after it was sent', async () => {
    const s = await h.subscribe('rerun@example.org');
    await backdate(h.store.db, s.id, at(-3));
    await h.story(s, 'Rerun story', at(-2, 12));
    const payload = {
      type: 'send' as const,
      subscriberId: s.id,
      periodStart: at(-3).toISOString(),
      periodEnd: at(-1, 8).toISOString(),
    };
    const ctx = { ...h.app, job: { id: 'rerun', queue: 'digest' as const, attempt: 1, maxAttempts: 5 } };
    expect((await sendDigest(payload, ctx)).status).toBe('sent');
    expect((await sendDigest(payload, ctx)).status).toBe('skipped');
    await enqueueDueDigests({ type: 'due', now: at(-1, 9).toISOString() }, ctx);
    await h.app.queues.whenIdle();
    expect(mailsTo(s.email)).toHaveLength(1);
  });

  it('escapes a hostile title in the HTML and keeps the subject one line', async () => {
    const s = await h.subscribe('hostile@example.org');
    await backdate(h.store.db, s.id, at(-3));
    const title = `<script>alert("x")</script> & 'quotes' "double" <img src=x onerror=alert(1)>`;
    await h.story(s, title, at(-2, 12));
    await h.store.db
      .updateTable('cases')
      .set({
        definition: sql`jsonb_set(definition, '{short_name}', ${JSON.stringify('Evil <b>&</b>\r\nBcc: victim@example.org')}::jsonb)`,
      })
      .where('id', '=', s.case_id)
      .execute();
    await due(at(-1, 9));
    const [mail] = mailsTo(s.email);
    expect(mail).toBeDefined();
    expect(mail!.html).not.toContain('<script>');
    expect(mail!.html).not.toContain('<img src=x');
    expect(mail!.html).toContain(Mustache.escape(title));
    expect(mail!.text).toContain(title);
    expect(mail!.subject).toBe('1 new story — Evil <b>&</b> Bcc: victim@example.org');
    expect(rawHeader(mail!, 'Bcc')).toBeUndefined();
    expect(mail!.bcc).toBeUndefined();
  });
});
