import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { CaseSource } from '../cases/index.ts';
import { projectRoot } from '../config/paths.ts';
import { loadSiteContent } from './load-content.ts';
import { manifestArticles, manifestSources } from './manifest.ts';
import { outletHandler } from './outlet-server.ts';
import type { OutletSite, SiteModel } from './site-model.ts';
import { buildSiteModel } from './site-model.ts';

/** One article page of the fixture site, as the tests and the demo know it. */
export interface FixtureArticle {
  /** The outlet id (its directory under outlets/). */
  outlet: string;
  /** Absolute URL of the article page as served. */
  url: string;
  /** Other URLs that serve the same page (AMP, ?utm_… tracking variants) and appear in some feed or listing. */
  variantUrls: string[];
  /** A key shared by all pages that are the same piece (wire copy, partner copies, reposts). */
  story: string;
  /** Whether it covers State of New Mexico v. Meta, rather than a look-alike case or unrelated news. */
  onTopic: boolean;
  language: string;
  /** '000' or '004' for the two pages built from the seed coverage, else null. */
  seed: string | null;
  title: string;
  /** ISO 8601 with offset. */
  publishedAt: string;
}

export interface FixtureSite {
  /** Outlet id → base URL, e.g. http://127.0.0.1:41234 */
  outlets: Record<string, string>;
  /** One entry per feed, sitemap and listing the site offers, ready to put in a case definition. */
  sources: CaseSource[];
  /** Every article page the sources lead to. */
  articles: FixtureArticle[];
  /** Closes every server; idempotent. */
  close(): Promise<void>;
}

const defaultRoot = path.join(projectRoot, 'tests', 'fixtures', 'site');

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve();
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive sockets of a finished test would otherwise hold close() open until they time out.
    server.closeAllConnections();
  });
}

async function closeAll(servers: Server[]): Promise<void> {
  // Every server is closed even if one fails; the failures are reported together afterwards.
  const results = await Promise.allSettled(servers.map(closeServer));
  const failures = results
    .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    .map((r) => r.reason as unknown);
  if (failures.length)
    throw new AggregateError(failures, `fixture site: ${failures.length} server(s) failed to close`);
}

/**
 * Starts the fixture news site: one HTTP server per outlet on 127.0.0.1, each on its own free port, rendering
 * pages, feeds and sitemaps on request from the content under `root` (tests/fixtures/site by default).
 * With `basePort`, outlet n listens on basePort + n when those ports are free.
 * Returns the outlets' base URLs, the sources to read, the article manifest and close(). Throws
 * FixtureContentError when a content file is invalid, and the listen error when a server cannot start.
 */
export async function serveFixtureSite(
  options: { root?: string; basePort?: number } = {},
): Promise<FixtureSite> {
  const root = options.root ?? defaultRoot;
  if (options.basePort !== undefined) {
    // Fixed ports keep the site's URLs the same from one demo run to the next, so a second run over the same
    // store finds everything known. If one is taken, the site falls back to free ports.
    try {
      return await serveOn(root, options.basePort);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  return serveOn(root, undefined);
}

async function serveOn(root: string, basePort: number | undefined): Promise<FixtureSite> {
  const content = loadSiteContent(root);
  const sites = new Map<string, OutletSite>();
  const servers: Server[] = [];
  const bases = new Map<string, string>();
  let model: SiteModel;
  try {
    for (const id of content.outlets.keys()) {
      const server = createServer(outletHandler(() => sites.get(id)));
      servers.push(server);
      const port = basePort === undefined ? 0 : basePort + servers.length - 1;
      bases.set(id, `http://127.0.0.1:${await listen(server, port)}`);
    }
    model = buildSiteModel(content, bases);
  } catch (error) {
    await closeAll(servers).catch(() => undefined);
    throw error;
  }
  for (const [id, site] of model.outlets) sites.set(id, site);

  let closing: Promise<void> | undefined;
  return {
    outlets: Object.fromEntries(bases),
    sources: manifestSources(model),
    articles: manifestArticles(model),
    close: () => (closing ??= closeAll(servers)),
  };
}
