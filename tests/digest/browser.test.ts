import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigestContent } from '../../src/digest/index.ts';
import { renderDigest } from '../../src/digest/index.ts';

// The HTML digest as a reader sees it: rendered by renderDigest, opened in Debian's Chromium through
// playwright-core, checked from the DOM, and photographed. Screenshots go to CASEWATCH_TEST_SCREENSHOTS if set
// (e.g. out/screenshots), else to casewatch-digest-screenshots/ in the OS temp dir, overwritten on each run.

const chromiumPath = '/usr/bin/chromium';
const screenshotDir = resolve(
  process.env.CASEWATCH_TEST_SCREENSHOTS ?? join(tmpdir(), 'casewatch-digest-screenshots'),
);

const hostile = `<script>window.__pwned = 1; alert(1)</script><img src=x onerror="window.__pwned = 2; alert(2)">`;

const courier = 'https://sandiacourier.example/news/2026/03/24/meta-verdict?ref=rss&section=courts';
const dispatch = 'https://nationaldispatch.example/tech/meta-new-mexico-verdict';
const heartland = 'https://heartlandfeed.example/p/8841';
const kznm = 'https://kznm.example/news/meta-new-trial-denied';
// A page that gave no title: the digest links its URL, one long word.
const untitled =
  'https://kznm.example/news/2026/03/24/attorney-general-raul-torrez-statement-on-jury-verdict-against-meta-platforms-under-the-unfair-practices-act';

const content: DigestContent = {
  caseName: 'State of New Mexico v. Meta Platforms, Inc.',
  shortName: 'New Mexico v. Meta',
  periodStart: '2026-03-24T08:00:00.000Z',
  periodEnd: '2026-03-25T08:00:00.000Z',
  conflicts: [
    {
      mentionId: 31,
      sentence: 'Prosecutors said the criminal case against Meta ended in a $375 million verdict.',
      articleUrl: dispatch,
      site: 'The National Dispatch',
      knownText:
        'The case is a civil action under the New Mexico Unfair Practices Act and public nuisance law.',
      knownSource: 'case file (known facts)',
      knownLabel: 'Known fact',
      detail: 'criminal ≠ civil',
    },
    {
      mentionId: 32,
      sentence: 'The jury imposed $357 million in civil penalties, the state said.',
      articleUrl: heartland,
      site: 'The Heartland Feed',
      knownText:
        'The jury found that Meta violated the Unfair Practices Act and imposed $375 million in civil penalties on March 24, 2026.',
      knownSource: 'The Sandia Courier',
      knownLabel: 'Said earlier',
      detail: '$357 million ≠ $375 million',
    },
  ],
  updates: [
    {
      mentionId: 40,
      sentence: 'Judge Bryan Biedscheid denied Meta’s motion for a new trial on Tuesday.',
      articleUrl: kznm,
      site: 'KZNM News 8',
      knownText: 'Meta’s motion for a new trial is pending before Judge Bryan Biedscheid.',
      knownSource: 'Continental Wire',
      knownLabel: 'Said earlier',
      detail: 'pending → denied',
    },
  ],
  stories: [
    {
      id: 1,
      title: 'Jury finds Meta violated New Mexico’s Unfair Practices Act, orders $375 million in penalties',
      firstSeenAt: '2026-03-24T19:10:00.000Z',
      firstPublisher: { site: 'The Sandia Courier', url: courier, publishedAt: '2026-03-24T19:02:00.000Z' },
      alsoCarriedBy: [
        {
          site: 'Continental Wire',
          url: 'https://continentalwire.example/2026/03/24/meta-new-mexico-jury',
          publishedAt: '2026-03-24T19:20:00.000Z',
        },
        {
          site: 'KZNM News 8',
          url: 'https://kznm.example/news/jury-meta-verdict',
          publishedAt: '2026-03-24T20:05:00.000Z',
        },
        {
          site: 'El Faro del Río Grande',
          url: 'https://elfaro.example/es/meta-veredicto',
          publishedAt: null,
        },
      ],
    },
    {
      id: 2,
      title: hostile,
      firstSeenAt: '2026-03-24T21:00:00.000Z',
      firstPublisher: { site: 'The Heartland Feed', url: heartland, publishedAt: null },
      alsoCarriedBy: [],
    },
    {
      id: 3,
      title: 'Meta says it will appeal the New Mexico verdict',
      firstSeenAt: '2026-03-24T22:40:00.000Z',
      firstPublisher: {
        site: 'The National Dispatch',
        url: dispatch,
        publishedAt: '2026-03-24T22:31:00.000Z',
      },
      alsoCarriedBy: [
        { site: 'High Desert Public Radio', url: 'https://hdpr.example/meta-appeal', publishedAt: null },
      ],
    },
    {
      id: 4,
      title: '',
      firstSeenAt: '2026-03-24T23:00:00.000Z',
      firstPublisher: { site: 'KZNM News 8', url: untitled, publishedAt: '2026-03-24T22:58:00.000Z' },
      alsoCarriedBy: [],
    },
  ],
  claims: [
    {
      id: 51,
      kind: 'quote',
      text: '“We respectfully disagree with the verdict and will appeal,” a Meta spokesperson said.',
      articleTitle: 'Meta says it will appeal the New Mexico verdict',
      articleUrl: dispatch,
      site: 'The National Dispatch',
    },
    {
      id: 52,
      kind: 'number',
      text: 'Jurors counted 75,000 violations at $5,000 each.',
      articleTitle: 'Jury finds Meta violated New Mexico’s Unfair Practices Act',
      articleUrl: courier,
      site: 'The Sandia Courier',
    },
    {
      id: 53,
      kind: 'allegation',
      text: hostile,
      articleTitle: hostile,
      articleUrl: heartland,
      site: 'The Heartland Feed',
    },
  ],
  edits: [
    {
      versionId: 70,
      title: 'Jury finds Meta violated New Mexico’s Unfair Practices Act',
      url: courier,
      version: 2,
      seenAt: '2026-03-25T01:00:00.000Z',
    },
    { versionId: 71, title: hostile, url: heartland, version: 3, seenAt: '2026-03-25T02:00:00.000Z' },
  ],
};

const recipient = {
  email: 'reader@example.org',
  frequency: 'daily',
  unsubscribeUrl: 'http://127.0.0.1:8080/unsubscribe?token=12.1.abcDEF_-x',
};

const sections = ['Conflicting claims', 'Updates', 'New stories', 'New claims', 'Edited since you were told'];

/** The few browser globals the page functions below use (the project compiles without the DOM library). */
interface BrowserGlobals {
  document: {
    scrollingElement: { scrollWidth: number } | null;
    querySelectorAll(selector: string): ArrayLike<BrowserElement>;
  };
  getComputedStyle(element: BrowserElement): { color: string; backgroundColor: string; visibility: string };
  __pwned?: number;
}
interface BrowserElement {
  parentElement: BrowserElement | null;
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
  getClientRects(): ArrayLike<unknown>;
}

let browser: Browser;
let htmlFile: string;

beforeAll(async () => {
  if (!existsSync(chromiumPath))
    throw new Error(
      `${chromiumPath} is missing: this test opens the digest in Debian's Chromium. Install it as root with ` +
        '`apt-get update && apt-get install -y chromium` (.ci/run does this when it is missing).',
    );
  mkdirSync(screenshotDir, { recursive: true });
  htmlFile = join(screenshotDir, 'digest.html');
  writeFileSync(htmlFile, renderDigest(content, recipient).html);
  // Root may not use Chromium's sandbox; the page is our own rendering of a fixed digest.
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
});

interface OpenDigest {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Every alert, confirm or prompt the page opened. */
  dialogs: string[];
  close(): Promise<void>;
}

async function openDigest(options: BrowserContextOptions = {}): Promise<OpenDigest> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(htmlFile).href);
  return { page, requests, dialogs, close: () => context.close() };
}

/** The part of the page the document can scroll to, across: wider than the viewport means scrolling sideways. */
const scrollWidth = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.scrollingElement?.scrollWidth ?? 0);

type Rgba = [number, number, number, number];

function parseColor(css: string): Rgba {
  const parts = /^rgba?\(([^)]+)\)$/
    .exec(css)?.[1]
    ?.split(/[\s,/]+/)
    .map(Number);
  if (!parts || parts.length < 3 || parts.some(Number.isNaN)) throw new Error(`unexpected color ${css}`);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** WCAG 2 relative luminance of an sRGB color. */
function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

interface TextSample {
  text: string;
  color: string;
  background: string;
}

/** Each visible element that holds text of its own, with its text color and the background painted behind it. */
function textSamples(page: Page): Promise<TextSample[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as BrowserGlobals;
    const samples: TextSample[] = [];
    for (const el of Array.from(w.document.querySelectorAll('body, body *'))) {
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!own || el.getClientRects().length === 0 || w.getComputedStyle(el).visibility !== 'visible')
        continue;
      let background = 'rgba(0, 0, 0, 0)';
      for (let at: BrowserElement | null = el; at; at = at.parentElement) {
        const bg = w.getComputedStyle(at).backgroundColor;
        if (!/^rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') {
          background = bg;
          break;
        }
      }
      samples.push({ text: own.slice(0, 60), color: w.getComputedStyle(el).color, background });
    }
    return samples;
  });
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Saves a full-page screenshot and returns its size in bytes and its dimensions, read from the PNG's IHDR. */
async function screenshot(
  page: Page,
  name: string,
): Promise<{ file: string; bytes: number; width: number; height: number }> {
  const file = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const png = readFileSync(file);
  expect(png.subarray(0, 8).equals(pngSignature), `${file} is not a PNG`).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { file, bytes: statSync(file).size, width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the HTML digest in a browser', () => {
  it('shows every section, in order, each item with its outlets and the conflict beside the known fact', async () => {
    const { page, requests, close } = await openDigest();
    try {
      expect(await page.title()).toBe(
        '4 new stories, 2 conflicting claims, 1 update, 3 new claims, 2 edited articles — New Mexico v. Meta',
      );
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(content.caseName);
      expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(sections);
      for (const name of sections)
        expect(await page.getByRole('heading', { level: 2, name, exact: true }).isVisible()).toBe(true);

      for (const c of content.conflicts) {
        const block = page.getByText(c.sentence).locator('xpath=ancestor::table[1]');
        const text = await block.innerText();
        expect(text).toContain(`“${c.sentence}”`);
        expect(text).toContain(`${c.knownLabel}: “${c.knownText}”`);
        expect(text).toContain(c.knownSource);
        expect(text).toContain(c.detail);
        // The claim first, the fact it contradicts right under it, both on screen.
        const said = await page.getByText(c.sentence).boundingBox();
        const known = await block.getByText(c.knownText).boundingBox();
        expect(said && known && known.y > said.y && known.y - said.y < 120).toBe(true);
      }

      const update = content.updates[0]!;
      const updateText = await page.getByText(update.sentence).innerText();
      expect(updateText).toContain(`before: “${update.knownText}” (${update.detail})`);

      const verdict = content.stories[0]!;
      const line = await page
        .getByRole('link', { name: verdict.title })
        .locator('xpath=ancestor::table[1]')
        .innerText();
      expect(line).toContain('First: The Sandia Courier (2026-03-24 19:02 UTC)');
      expect(line).toContain('also carried by Continental Wire, KZNM News 8, El Faro del Río Grande');

      for (const claim of content.claims)
        expect(await page.getByText(claim.text).first().isVisible()).toBe(true);
      const edited = await page
        .getByRole('heading', { name: 'Edited since you were told' })
        .locator('xpath=..')
        .innerText();
      expect(edited).toContain(`${content.edits[0]!.title} version 2`);
      expect(edited).toContain(`${hostile} version 3`);

      // A mail client shows remote content only when asked: the digest loads nothing but itself.
      expect(requests).toEqual([pathToFileURL(htmlFile).href]);
    } finally {
      await close();
    }
  });

  it('links every item to its article and nothing anywhere else', async () => {
    const { page, close } = await openDigest();
    try {
      const links = await page
        .getByRole('link')
        .evaluateAll((as) =>
          as.map((a) => ({ text: (a.textContent ?? '').trim(), href: a.getAttribute('href') ?? '' })),
        );
      const story = (i: number) => content.stories[i]!;
      const expected = [
        { text: content.conflicts[0]!.site, href: dispatch },
        { text: content.conflicts[1]!.site, href: heartland },
        { text: content.updates[0]!.site, href: kznm },
        { text: story(0).title, href: courier },
        ...story(0).alsoCarriedBy.map((o) => ({ text: o.site, href: o.url })),
        { text: hostile, href: heartland },
        { text: story(2).title, href: dispatch },
        { text: 'High Desert Public Radio', href: 'https://hdpr.example/meta-appeal' },
        { text: untitled, href: untitled },
        ...content.claims.map((c) => ({ text: c.site, href: c.articleUrl })),
        ...content.edits.map((e) => ({ text: e.title, href: e.url })),
        { text: 'Unsubscribe', href: recipient.unsubscribeUrl },
      ];
      expect(links).toEqual(expected);
      // `&` in a URL survives the HTML escaping.
      expect(
        await page
          .getByRole('link', { name: story(0).title })
          .evaluate((a) => (a as unknown as { href: string }).href),
      ).toBe(courier);
    } finally {
      await close();
    }
  });

  it('shows a hostile title as text and runs nothing from it', async () => {
    const { page, dialogs, close } = await openDigest();
    try {
      await page.waitForLoadState('load');
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).__pwned ?? null)).toBeNull();
      expect(dialogs).toEqual([]);
      // Story title, claim and edit each show the markup as the characters it is made of.
      expect((await page.locator('body').innerText()).split(hostile)).toHaveLength(4);
      expect(await page.getByRole('link', { name: hostile }).first().innerText()).toBe(hostile);
    } finally {
      await close();
    }
  });

  it('fits a 375 px phone and a 1024 px window without scrolling sideways', async () => {
    const phone = await openDigest({
      viewport: { width: 375, height: 667 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    try {
      expect(await scrollWidth(phone.page)).toBeLessThanOrEqual(375);
      for (const name of sections)
        expect(await phone.page.getByRole('heading', { level: 2, name, exact: true }).isVisible()).toBe(true);
      const shot = await screenshot(phone.page, 'phone');
      expect(shot.width).toBe(750);
      expect(shot.height).toBeGreaterThan(667 * 2);
      expect(shot.bytes).toBeGreaterThan(50_000);
    } finally {
      await phone.close();
    }
    const desktop = await openDigest();
    try {
      expect(await scrollWidth(desktop.page)).toBeLessThanOrEqual(1024);
    } finally {
      await desktop.close();
    }
  });

  it('keeps every text readable in the light and the dark color scheme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openDigest({ colorScheme });
      try {
        const samples = await textSamples(page);
        expect(samples.length).toBeGreaterThan(20);
        const poor = samples
          .map((s) => ({ ...s, ratio: contrast(parseColor(s.color), parseColor(s.background)) }))
          .filter((s) => s.ratio < 4.5);
        expect(poor, `${colorScheme}: text below WCAG AA contrast`).toEqual([]);
        const page_ = await page.evaluate(() => {
          const w = globalThis as unknown as BrowserGlobals;
          const body = w.document.querySelectorAll('body')[0]!;
          return {
            color: w.getComputedStyle(body).color,
            background: w.getComputedStyle(body).backgroundColor,
          };
        });
        const background = luminance(parseColor(page_.background));
        if (colorScheme === 'dark') expect(background).toBeLessThan(0.05);
        else expect(background).toBeGreaterThan(0.8);
        const shot = await screenshot(page, colorScheme);
        expect(shot.width).toBe(1024);
        expect(shot.height).toBeGreaterThanOrEqual(768);
        expect(shot.bytes).toBeGreaterThan(50_000);
      } finally {
        await close();
      }
    }
  });
});
