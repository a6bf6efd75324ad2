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

describe('casewatch dedup cluster', () => {
  it('groups the fixture site’s pages into its stories: pairwise precision and recall of 1', async () => {
    const { stdout, code } = await casewatch('dedup', 'cluster', path.join(dir, 'pages'), '--json');
    expect(code).toBe(0);
    const { clusters } = JSON.parse(stdout) as { clusters: string[][] };
    const predicted = new Map(clusters.flatMap((files, i) => files.map((f) => [f, i] as const)));
    expect([...predicted.keys()].sort()).toEqual([...storyOf.keys()].sort());
    const files = [...storyOf.keys()];
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < files.length; i++) {
      for (let j = i + 1; j < files.length; j++) {
        const same = storyOf.get(files[i]!) === storyOf.get(files[j]!);
        const together = predicted.get(files[i]!) === predicted.get(files[j]!);
        if (same && together) tp += 1;
        else if (together) fp += 1;
        else if (same) fn += 1;
      }
    }
    expect(tp).toBeGreaterThanOrEqual(8); // the site's copies
    expect({ fp, fn }).toEqual({ fp: 0, fn: 0 });
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
});
