import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyOf, seededRandom, syntheticCorpus } from '../tests/helpers/synthetic-news.ts';

// A synthetic news site for bench:pipeline: several outlets (one port each, so one host each to the crawler),
// each with RSS feeds, sitemaps and HTML listings linking its articles. Pages are rendered on request from a
// counter-seeded corpus, so 100,000 pages cost no memory up front and the same page is the same every time.

export interface BenchSource {
  name: string;
  kind: 'feed' | 'sitemap' | 'listing';
  url: string;
  link_pattern?: string;
}

export interface BenchSite {
  pages: number;
  sources: BenchSource[];
  /** Pages whose text is about the case (originals and their copies). */
  onTopic: number;
  close(): Promise<void>;
}

const outletNames = ['Santa Fe Ledger', 'Albuquerque Wire', 'Mountain Courier', 'Rio Grande Post'];
const perSource = 250;

const leads = [
  'New Mexico Attorney General Raúl Torrez told the jury in Santa Fe that Meta let predators reach children on Instagram and Facebook, in violation of the Unfair Practices Act.',
  'Jurors in the First Judicial District Court heard testimony about decoy accounts set up in the undercover investigation of Meta Platforms by the New Mexico Department of Justice.',
  'Meta asked Judge Biedscheid to set aside the verdict, arguing the State of New Mexico had not shown a public nuisance; Torrez said the state would seek an abatement fund.',
];

const offTopicLead =
  'The city council met on Tuesday to discuss the budget for road repairs and a new library branch downtown.';

interface PagePlan {
  outlet: number;
  /** The original whose text this page carries (itself when it is an original). */
  original: number;
  copy: 'exact' | 'furniture' | 'trimmed' | 'edited' | null;
  onTopic: boolean;
  words: number;
}

/** Page i's plan: a third are syndicated copies of an earlier page, one in ten originals is off-topic. */
function plan(i: number): PagePlan {
  const random = seededRandom(1000 + i);
  const outlet = i % outletNames.length;
  if (i >= 3 && i % 3 === 2) {
    const original = i - 1 - Math.floor(random() * Math.min(i - 1, 60));
    const base = plan(original % 3 === 2 ? original - 1 : original);
    const kinds = ['exact', 'furniture', 'trimmed', 'edited'] as const;
    return { ...base, outlet, copy: kinds[Math.floor(random() * kinds.length)]! };
  }
  const words = 150 + Math.floor(random() ** 2 * 1200);
  return { outlet, original: i, copy: null, onTopic: i % 10 !== 7, words };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}

function articlePath(i: number): string {
  return `/news/2026/story-${i}.html`;
}

/** Page i's main text (paragraphs joined by blank lines) and which original it carries. */
export function benchArticleText(i: number): { text: string; original: number; onTopic: boolean } {
  const p = plan(i);
  const corpus = syntheticCorpus(7, p.words);
  let text = corpus.article(p.original);
  const lead = p.onTopic ? leads[p.original % leads.length]! : offTopicLead;
  text = `${lead}\n\n${text}`;
  if (p.copy) text = copyOf(text, p.copy, seededRandom(i));
  return { text, original: p.original, onTopic: p.onTopic };
}

function renderArticle(i: number, base: string): string {
  const p = plan(i);
  const { text } = benchArticleText(i);
  const title = p.onTopic
    ? `New Mexico v. Meta: day ${p.original % 40} of the trial, story ${p.original}`
    : `Council weighs road budget, story ${p.original}`;
  const outlet = outletNames[p.outlet]!;
  const paragraphs = text
    .split('\n\n')
    .map((t) => `<p>${escapeHtml(t)}</p>`)
    .join('\n');
  const published = new Date(Date.UTC(2026, 0, 1) + p.original * 3_600_000).toISOString();
  const nav = Array.from({ length: 12 }, (_, k) => `<li><a href="/section/${k}">Section ${k}</a></li>`).join(
    '',
  );
  const related = Array.from(
    { length: 6 },
    (_, k) => `<li><a href="${articlePath((i + k + 1) * 7)}">More news ${k}</a></li>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | ${outlet}</title>
<link rel="canonical" href="${base}${articlePath(i)}">
<meta property="og:title" content="${escapeHtml(title)}"><meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${published}"><meta name="author" content="Staff reporter">
<script>window.analytics={queue:[]};</script><style>body{font-family:serif}.nav li{display:inline}</style></head>
<body><header><div class="logo">${outlet}</div><nav class="nav"><ul>${nav}</ul></nav>
<div class="newsletter">Sign up for our newsletter</div></header>
<main><article><h1>${escapeHtml(title)}</h1><div class="byline">By Staff reporter · <time datetime="${published}">${published.slice(0, 10)}</time></div>
<div class="article-body">${paragraphs}</div></article>
<aside class="related"><h2>Related</h2><ul>${related}</ul></aside></main>
<footer><p>© 2026 ${outlet}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>`;
}

/** Serves `pages` pages over outlets on 127.0.0.1; sources are split into chunks of 250 links. */
export async function serveBenchSite(pages: number): Promise<BenchSite> {
  const servers: http.Server[] = [];
  const bases: string[] = [];
  // Page i belongs to outlet i % outlets; within an outlet, its pages are split among feed, sitemap and listing
  // chunks in turn.
  const pagesOf = (outlet: number): number[] => {
    const list: number[] = [];
    for (let i = outlet; i < pages; i += outletNames.length) list.push(i);
    return list;
  };
  const chunks = outletNames.map((_, outlet) => {
    const list = pagesOf(outlet);
    const out: number[][] = [];
    for (let k = 0; k < list.length; k += perSource) out.push(list.slice(k, k + perSource));
    return out;
  });
  const kindOfChunk = (k: number): BenchSource['kind'] => (['feed', 'sitemap', 'listing'] as const)[k % 3]!;

  for (let outlet = 0; outlet < outletNames.length; outlet++) {
    const server = http.createServer((req, res) => {
      const base = bases[outlet]!;
      const url = req.url ?? '/';
      const send = (type: string, body: string, status = 200) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
        res.end(body);
      };
      const story = /^\/news\/2026\/story-(\d+)\.html$/.exec(url);
      if (story) {
        const i = Number(story[1]);
        if (i >= pages || i % outletNames.length !== outlet) return send('text/plain', 'not found', 404);
        return send('text/html; charset=utf-8', renderArticle(i, base));
      }
      if (url === '/robots.txt') return send('text/plain', 'User-agent: *\nAllow: /\n');
      const chunk = /^\/(feed|sitemap|list)\/(\d+)\.(xml|html)$/.exec(url);
      const items = chunk ? chunks[outlet]![Number(chunk[2])] : undefined;
      if (!chunk || !items) return send('text/plain', 'not found', 404);
      const date = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000);
      if (chunk[1] === 'feed') {
        const entries = items
          .map(
            (i) =>
              `<item><title>Story ${i}</title><link>${base}${articlePath(i)}</link><guid>${base}${articlePath(i)}</guid><pubDate>${date(i).toUTCString()}</pubDate></item>`,
          )
          .join('\n');
        return send(
          'application/rss+xml',
          `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${outletNames[outlet]}</title><link>${base}/</link><description>News</description>\n${entries}</channel></rss>`,
        );
      }
      if (chunk[1] === 'sitemap') {
        const entries = items
          .map(
            (i) =>
              `<url><loc>${base}${articlePath(i)}</loc><lastmod>${date(i).toISOString()}</lastmod></url>`,
          )
          .join('\n');
        return send(
          'application/xml',
          `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>`,
        );
      }
      const links = items.map((i) => `<li><a href="${articlePath(i)}">Story ${i}</a></li>`).join('\n');
      return send(
        'text/html; charset=utf-8',
        `<!doctype html><html><head><title>Latest news</title></head><body><nav><a href="/">Home</a></nav><ul>${links}</ul></body></html>`,
      );
    });
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    bases.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }

  const sources: BenchSource[] = [];
  chunks.forEach((list, outlet) =>
    list.forEach((_, k) => {
      const kind = kindOfChunk(k);
      const file =
        kind === 'feed' ? `feed/${k}.xml` : kind === 'sitemap' ? `sitemap/${k}.xml` : `list/${k}.html`;
      sources.push({
        name: `${outletNames[outlet]} ${kind} ${k}`,
        kind,
        url: `${bases[outlet]}/${file}`,
        ...(kind === 'listing' ? { link_pattern: '/news/2026/story-\\d+\\.html$' } : {}),
      });
    }),
  );
  let onTopic = 0;
  for (let i = 0; i < pages; i++) if (plan(i).onTopic) onTopic++;
  return {
    pages,
    sources,
    onTopic,
    close: () =>
      Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
}
