// Runs our extractor and Mozilla Readability (over linkedom) on the article-extraction benchmark in one
// process and prints each one's F1 / precision / recall and speed. `--json` prints one JSON object instead;
// `--per-page` lists the development split's pages, worst first (held-out pages are never listed).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/extract/index.ts';
import { aggregate, comparePage, pagePrecision, pageRecall } from './extraction-metric.ts';
import type { OverlapScores, PageCounts } from './extraction-metric.ts';
import { benchDirectory, heldOutEvery, loadBenchPages } from './extraction-pages.ts';
import type { BenchPage } from './extraction-pages.ts';
import { readabilityText } from './extraction-readability.ts';
import { summariseTimes } from './extraction-timing.ts';
import type { TimingSummary } from './extraction-timing.ts';

type Extractor = (page: BenchPage, html: string) => string;

interface Run {
  texts: string[];
  times: number[];
}

interface ExtractorReport extends OverlapScores, TimingSummary {
  dev: OverlapScores;
  heldOut: OverlapScores;
}

const extractors: Record<'ours' | 'readability', Extractor> = {
  ours: (page) => extractArticle({ body: page.html, url: page.url }).text,
  readability: (page, html) => readabilityText(html, page.url),
};

function run(extract: Extractor, pages: readonly BenchPage[], htmls: readonly string[]): Run {
  const texts: string[] = [];
  const times: number[] = [];
  pages.forEach((page, i) => {
    const html = htmls[i] ?? '';
    const start = performance.now();
    const text = extract(page, html);
    times.push(performance.now() - start);
    texts.push(text);
  });
  return { texts, times };
}

function report(pages: readonly BenchPage[], result: Run, counts: PageCounts[]): ExtractorReport {
  return {
    ...aggregate(counts),
    ...summariseTimes(result.times),
    dev: aggregate(counts.filter((_, i) => !pages[i]?.heldOut)),
    heldOut: aggregate(counts.filter((_, i) => pages[i]?.heldOut)),
  };
}

function fmt(n: number, digits = 3): string {
  return n.toFixed(digits);
}

function printTable(out: { ours: ExtractorReport; readability: ExtractorReport }, extra: string[]): void {
  const rows: [string, (r: ExtractorReport) => string][] = [
    ['F1', (r) => fmt(r.f1)],
    ['precision', (r) => fmt(r.precision)],
    ['recall', (r) => fmt(r.recall)],
    ['accuracy', (r) => fmt(r.accuracy)],
    ['F1 dev split', (r) => fmt(r.dev.f1)],
    ['F1 held-out split', (r) => fmt(r.heldOut.f1)],
    ['median ms/page', (r) => fmt(r.medianMs, 2)],
    ['p95 ms/page', (r) => fmt(r.p95Ms, 2)],
    ['pages/s', (r) => fmt(r.pagesPerSecond, 0)],
  ];
  process.stdout.write(`${''.padEnd(20)}${'ours'.padStart(12)}${'readability'.padStart(14)}\n`);
  for (const [label, get] of rows)
    process.stdout.write(
      `${label.padEnd(20)}${get(out.ours).padStart(12)}${get(out.readability).padStart(14)}\n`,
    );
  for (const line of extra) process.stdout.write(`${line}\n`);
}

function printPerPage(pages: readonly BenchPage[], ours: PageCounts[], theirs: PageCounts[]): void {
  const f1 = (c: PageCounts) => {
    const p = pagePrecision(c);
    const r = pageRecall(c);
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
  };
  const rows = pages
    .map((page, i) => ({ page, ours: ours[i], theirs: theirs[i] }))
    .filter((row) => !row.page.heldOut && row.ours && row.theirs);
  rows.sort((a, b) => f1(a.ours as PageCounts) - f1(b.ours as PageCounts));
  for (const { page, ours: o, theirs: t } of rows) {
    if (!o || !t) continue;
    process.stdout.write(
      `${page.id.slice(0, 12)}  F1 ${fmt(f1(o))} P ${fmt(pagePrecision(o))} R ${fmt(pageRecall(o))}` +
        `  | readability ${fmt(f1(t))}  ${page.url}\n`,
    );
  }
}

function main(argv: readonly string[]): void {
  const json = argv.includes('--json');
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const pages = loadBenchPages(benchDirectory(projectRoot));
  const decoder = new TextDecoder('utf-8');
  const htmls = pages.map((p) => decoder.decode(p.html));

  // Warm-up: one untimed pass each, so both are measured with their code compiled.
  run(extractors.ours, pages, htmls);
  run(extractors.readability, pages, htmls);
  const ours = run(extractors.ours, pages, htmls);
  const theirs = run(extractors.readability, pages, htmls);

  const oursCounts = pages.map((p, i) => comparePage(p.gold, ours.texts[i] ?? ''));
  const theirCounts = pages.map((p, i) => comparePage(p.gold, theirs.texts[i] ?? ''));
  const out = {
    ours: report(pages, ours, oursCounts),
    readability: report(pages, theirs, theirCounts),
  };
  const speedRatio = out.readability.medianMs / out.ours.medianMs;
  const throughputRatio = out.ours.pagesPerSecond / out.readability.pagesPerSecond;
  // maxRSS is in kilobytes.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const heldOutPages = pages.filter((p) => p.heldOut).length;

  if (json) {
    process.stdout.write(
      `${JSON.stringify({
        pages: pages.length,
        split: { heldOutEvery, devPages: pages.length - heldOutPages, heldOutPages },
        ours: out.ours,
        readability: out.readability,
        speedRatio,
        throughputRatio,
        peakRssMb,
      })}\n`,
    );
    return;
  }
  if (argv.includes('--per-page')) printPerPage(pages, oursCounts, theirCounts);
  printTable(out, [
    `pages: ${pages.length} (held out: every ${heldOutEvery}th by id, ${heldOutPages} pages)`,
    `speed ratio (readability median / ours): ${fmt(speedRatio, 1)}×; throughput ratio ${fmt(throughputRatio, 1)}×`,
    `peak RSS: ${fmt(peakRssMb, 0)} MB`,
  ]);
}

main(process.argv.slice(2));
