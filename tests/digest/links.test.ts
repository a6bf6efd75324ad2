import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDigest } from '../../jobs/digest.ts';
import { subscriberById, upsertSubscriber } from '../../src/db/index.ts';
import { sendConfirmation, signToken } from '../../src/digest/index.ts';
import type { LinkServer } from '../../src/server/index.ts';
import { startLinkServer } from '../../src/server/index.ts';
import { rawHeader } from '../helpers/smtp.ts';
import type { DigestHarness } from './harness.ts';
import { backdate, startDigestHarness } from './harness.ts';

// The confirm and unsubscribe links, answered by `casewatch serve`'s server on port 0.

let h: DigestHarness;
let server: LinkServer;

beforeAll(async () => {
  h = await startDigestHarness('digest_links');
  server = await startLinkServer({ db: h.store.db, secret: h.app.secret, host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await server?.close();
  await server?.close();
  await h?.close();
});

const linkIn = (text: string) => /https?:\/\/\S+\?token=[\w.%-]+/.exec(text)?.[0];
const onServer = (link: string) => `${server.url}${new URL(link).pathname}${new URL(link).search}`;

describe('subscriber links', () => {
  it('mails a confirmation whose link shows a page on GET and activates on POST', async () => {
    const base = await h.subscribe('placeholder@example.org');
    const pending = await upsertSubscriber(h.store.db, {
      email: 'new@example.org',
      caseId: base.case_id,
      frequency: 'weekly',
      hour: 7,
      weekday: 5,
      timezone: 'America/Denver',
      status: 'pending',
    });
    await sendConfirmation(
      h.app.mailer,
      { publicUrl: h.app.config.publicUrl, secret: h.app.secret, caseName: 'Test <case>' },
      pending,
    );
    const [mail] = await h.smtp.waitFor(1);
    expect(rawHeader(mail!, 'To')).toBe('new@example.org');
    const link = linkIn(mail!.text!)!;
    expect(link).toMatch(/\/confirm\?token=/);
    expect(mail!.html).toContain('Test &lt;case&gt;');
    const page = await fetch(onServer(link));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    expect((await subscriberById(h.store.db, pending.id))?.status).toBe('pending');
    const confirmed = await fetch(onServer(link), { method: 'POST' });
    expect(confirmed.status).toBe(200);
    const row = await subscriberById(h.store.db, pending.id);
    expect(row?.status).toBe('active');
    expect(row?.confirmed_at).not.toBeNull();
  });

  it('unsubscribes on the RFC 8058 one-click POST (not on GET), and a later digest is not sent', async () => {
    const s = await h.subscribe('leaving@example.org');
    await backdate(h.store.db, s.id, new Date(Date.now() - 3 * 86_400_000));
    await h.story(s, 'Before leaving', new Date(Date.now() - 2 * 86_400_000));
    const ctx = { ...h.app, job: { id: 'x', queue: 'digest' as const, attempt: 1, maxAttempts: 5 } };
    const first = {
      type: 'send' as const,
      subscriberId: s.id,
      periodStart: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      periodEnd: new Date(Date.now() - 86_400_000).toISOString(),
    };
    expect((await sendDigest(first, ctx)).status).toBe('sent');
    const mail = h.smtp.messages.find((m) => rawHeader(m, 'To') === s.email)!;
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const link = /<([^>]+)>/.exec(rawHeader(mail, 'List-Unsubscribe')!)![1]!;
    const get = await fetch(onServer(link));
    expect(get.status).toBe(200);
    expect((await subscriberById(h.store.db, s.id))?.status).toBe('active');
    const post = await fetch(onServer(link), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(post.status).toBe(200);
    expect((await subscriberById(h.store.db, s.id))?.status).toBe('unsubscribed');
    // The same link again is harmless.
    expect((await fetch(onServer(link), { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status).toBe(
      200,
    );
    await h.story(s, 'After leaving', new Date(Date.now() - 3_600_000));
    const second = { ...first, periodStart: first.periodEnd, periodEnd: new Date().toISOString() };
    expect((await sendDigest(second, ctx)).status).toBe('skipped');
    expect(h.smtp.messages.filter((m) => rawHeader(m, 'To') === s.email)).toHaveLength(1);
  });

  it('answers a forged, wrong-purpose or revoked token with a 400 page', async () => {
    const s = await h.subscribe('tokens@example.org');
    const forged = `${s.id}.${s.token_version}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
    const wrongPurpose = signToken(h.app.secret, 'confirm', s.id, s.token_version);
    const stale = signToken(h.app.secret, 'unsubscribe', s.id, s.token_version + 7);
    for (const token of [forged, wrongPurpose, stale, '<script>']) {
      const res = await fetch(`${server.url}/unsubscribe?token=${encodeURIComponent(token)}`, {
        method: 'POST',
      });
      expect(res.status).toBe(400);
      expect(await res.text()).not.toContain('<script>');
    }
    expect((await subscriberById(h.store.db, s.id))?.status).toBe('active');
    expect((await fetch(`${server.url}/nowhere`)).status).toBe(404);
  });
});
