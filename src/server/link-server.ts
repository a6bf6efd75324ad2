import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../db/index.ts';
import { confirmSubscriber, subscriberById, unsubscribe } from '../db/index.ts';
import type { TokenPurpose } from '../digest/index.ts';
import { verifyToken } from '../digest/index.ts';
import type { Page } from './pages.ts';
import { renderPage } from './pages.ts';

export interface LinkServerProps {
  db: Db;
  secret: string;
  host: string;
  port: number;
}

export interface LinkServer {
  /** The address it listens on, `http://host:port`. */
  url: string;
  /** Stops accepting connections and ends open ones; safe to call more than once. */
  close(): Promise<void>;
}

const maxBody = 16 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBody) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, page: Page): void {
  const body = renderPage(page);
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
  });
  res.end(body);
}

const badLink: Page = {
  title: 'This link does not work',
  message: 'The link is malformed, or it was replaced by a newer one. Use the link in your latest email.',
};

/** The token from the query string, or from a form body (the confirm page posts it back). */
function tokenOf(url: URL, body: string): string | undefined {
  return url.searchParams.get('token') ?? new URLSearchParams(body).get('token') ?? undefined;
}

async function handle(props: LinkServerProps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = url.pathname.replace(/\/+$/, '');
  const purpose: TokenPurpose | undefined =
    route === '/unsubscribe' ? 'unsubscribe' : route === '/confirm' ? 'confirm' : undefined;
  if (!purpose) return send(res, 404, { title: 'Not found', message: 'There is nothing here.' });
  if (req.method !== 'GET' && req.method !== 'POST' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD, POST');
    return send(res, 405, { title: 'Method not allowed', message: 'Use the link in your email.' });
  }
  const body = req.method === 'POST' ? await readBody(req) : '';
  const token = tokenOf(url, body);
  const verified = token ? verifyToken(props.secret, purpose, token) : undefined;
  const subscriber = verified ? await subscriberById(props.db, verified.subscriberId) : undefined;
  if (!verified || !subscriber) return send(res, 400, badLink);

  if (purpose === 'unsubscribe') {
    if (subscriber.status === 'unsubscribed') {
      return send(res, 200, { title: 'Unsubscribed', message: `${subscriber.email} gets no more digests.` });
    }
    if (subscriber.token_version !== verified.version) return send(res, 400, badLink);
    if (req.method !== 'POST') {
      return send(res, 200, {
        title: 'Unsubscribe?',
        message: `Stop sending digests to ${subscriber.email}?`,
        form: { action: '/unsubscribe', token: token!, button: 'Unsubscribe' },
      });
    }
    // RFC 8058: the one-click POST carries List-Unsubscribe=One-Click; the page's form posts the token. Both
    // were signed for this subscriber, so either unsubscribes.
    await unsubscribe(props.db, { id: subscriber.id });
    return send(res, 200, { title: 'Unsubscribed', message: `${subscriber.email} gets no more digests.` });
  }

  if (subscriber.token_version !== verified.version) return send(res, 400, badLink);
  if (subscriber.status === 'active') {
    return send(res, 200, { title: 'Confirmed', message: `${subscriber.email} is subscribed.` });
  }
  if (subscriber.status !== 'pending') return send(res, 400, badLink);
  if (req.method !== 'POST') {
    return send(res, 200, {
      title: 'Confirm your subscription',
      message: `Send digests to ${subscriber.email}?`,
      form: { action: '/confirm', token: token!, button: 'Confirm' },
    });
  }
  const confirmed = await confirmSubscriber(props.db, subscriber.id, verified.version);
  if (!confirmed) return send(res, 400, badLink);
  return send(res, 200, { title: 'Confirmed', message: `${confirmed.email} is subscribed.` });
}

/**
 * Starts the HTTP server that answers the links in mails: GET shows a page with a button, POST acts
 * (confirm, or unsubscribe including RFC 8058 one-click). Resolves once it listens.
 */
export async function startLinkServer(props: LinkServerProps): Promise<LinkServer> {
  const server = createServer((req, res) => {
    handle(props, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { title: 'Something went wrong', message: 'Try again later.' });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(props.port, props.host, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
