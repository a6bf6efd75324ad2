import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/index.ts';
import { serveFixtureSite } from '../../src/demo/index.ts';
import { copyOf, seededRandom, syntheticCorpus } from '../helpers/synthetic-news.ts';

// `casewatch dedup cluster` groups files into stories with no database: the fixture site's pages (wire copies
// on partner sites, an aggregator's trimmed repost, an edited copy, and many distinct pieces on the same events)
// must come out as the site's own stories.

const run = promisify(execFile);
const bin = path.join(projectRoot, 'bin', 'casewatch.js');
const dir = mkdtempSync(path.join(tmpdir(), 'casewatch-cluster-'));
const storyOf = new Map<string, string>();

async function casewatch(...args: string[]) {
  const env = { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent' };
  return run(process.execPath, [bin, ...args], { env }).then(
    ({ stdout, stderr }) => ({ stdout, stderr, code: 0 }),
    (e: { stdout: string; stderr: string; code: number }) => e,
  );
}

beforeAll(async () => {
  const site = await serveFixtureSite();
  mkdirSync(path.join(dir, 'pages'));
  try {
    for (const [i, page] of site.articles.entries()) {
      const file = path.join(dir, 'pages', `${String(i).padStart(2, '0')}-${page.outlet}.html`);
      writeFileSync(file, Buffer.from(await (await fetch(page.url)).arrayBuffer()));
      storyOf.set(file, page.story);
    }
  } finally {
    await site.close();
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pairwise counts of predicted clusters against true story keys: together and same story, and the errors. */
function pairwise(clusters: string[][], storyKey: Map<string, string>) {
  const predicted = new Map(clusters.flatMap((files, i) => files.map((f) => [f, i] as const)));
  const files = [...storyKey.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const same = storyKey.get(files[i]!) === storyKey.get(files[j]!);
      const together = predicted.get(files[i]!) === predicted.get(files[j]!);
      if (same && together) tp += 1;
      else if (together) fp += 1;
      else if (same) fn += 1;
    }
  }
  return { tp, fp, fn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

describe('casewatch dedup cluster', () => {
  it('groups the fixture site’s pages into its stories: pairwise precision and recall of 1', async () => {
    const { stdout, code } = await casewatch('dedup', 'cluster', path.join(dir, 'pages'), '--json');
    expect(code).toBe(0);
    const { clusters } = JSON.parse(stdout) as { clusters: string[][] };
    expect(clusters.flat().sort()).toEqual([...storyOf.keys()].sort());
    const { tp, fp, fn } = pairwise(clusters, storyOf);
    expect(tp).toBeGreaterThanOrEqual(8); // the site's copies
    expect({ fp, fn }).toEqual({ fp: 0, fn: 0 });
  });

  it('groups many copies of synthetic pieces, given in shuffled order: pairwise precision and recall ≥ 0.95', async () => {
    const corpus = syntheticCorpus(21, 250);
    const random = seededRandom(4);
    const many = path.join(dir, 'synthetic');
    mkdirSync(many);
    const storyKey = new Map<string, string>();
    const kinds = ['furniture', 'trimmed', 'edited'] as const;
    const names: { name: string; text: string; story: string }[] = [];
    for (let s = 0; s < 40; s++) {
      names.push({ name: `original-${s}`, text: corpus.article(s), story: `s${s}` });
      for (let c = 0; c < s % 4; c++)
        names.push({
          name: `copy-${s}-${c}`,
          text: copyOf(corpus.article(s), kinds[c]!, random),
          story: `s${s}`,
        });
    }
    // File names in a shuffled order, so copies are not always read after their original.
    const shuffled = names.map((n) => ({ n, key: random() })).sort((a, b) => a.key - b.key);
    shuffled.forEach(({ n }, i) => {
      const file = path.join(many, `${String(i).padStart(3, '0')}-${n.name}.txt`);
      writeFileSync(file, n.text);
      storyKey.set(file, n.story);
    });
    const { stdout, code } = await casewatch('dedup', 'cluster', many, '--json');
    expect(code).toBe(0);
    const { clusters } = JSON.parse(stdout) as { clusters: string[][] };
    const { tp, precision, recall } = pairwise(clusters, storyKey);
    expect(tp).toBeGreaterThanOrEqual(50);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('prints a readable grouping without --json', async () => {
    const { stdout, code } = await casewatch('dedup', 'cluster', path.join(dir, 'pages'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^story 1 \(\d+ files?\)\n {2}\S+\.html\n/);
    expect(stdout.match(/^story \d+ /gm)?.length).toBe(new Set(storyOf.values()).size);
  });

  it('reads text files too, and names a file with no text', async () => {
    const corpus = syntheticCorpus(3, 300);
    const random = seededRandom(9);
    writeFileSync(path.join(dir, 'a-original.txt'), corpus.article(1));
    writeFileSync(path.join(dir, 'b-trimmed.txt'), copyOf(corpus.article(1), 'trimmed', random));
    writeFileSync(path.join(dir, 'c-other.txt'), corpus.article(2));
    writeFileSync(path.join(dir, 'd-empty.txt'), '  \n');
    const { stdout, code } = await casewatch('dedup', 'cluster', dir, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      clusters: [
        [path.join(dir, 'a-original.txt'), path.join(dir, 'b-trimmed.txt')],
        [path.join(dir, 'c-other.txt')],
      ],
      skipped: [{ file: path.join(dir, 'd-empty.txt'), reason: 'no text' }],
    });
  });

  it('refuses a missing input with one line naming it', async () => {
    const missing = path.join(dir, 'nope.html');
    const { code, stderr } = await casewatch('dedup', 'cluster', missing);
    expect(code).toBe(2);
    expect(stderr).toBe(`casewatch: dedup cluster: no such file: ${missing}\n`);
  });

  it('refuses a file that is not text, and a directory with nothing to read', async () => {
    const binary = path.join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]));
    const notText = await casewatch('dedup', 'cluster', binary);
    expect(notText.code).toBe(2);
    expect(notText.stderr).toBe(`casewatch: dedup cluster: not a text file (nor .html/.htm): ${binary}\n`);
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    const nothing = await casewatch('dedup', 'cluster', empty);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toBe(`casewatch: dedup cluster: no .html, .htm or .txt files in ${empty}\n`);
  });
});
