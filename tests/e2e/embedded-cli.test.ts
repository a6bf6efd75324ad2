import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/index.ts';

// The embedded default as a new user meets it: the command line, PGlite in ./data, the in-process queue and
// digests written to ./out/mail, in a directory of its own with no database or Redis configured.

const run = promisify(execFile);
const bin = path.join(projectRoot, 'bin', 'casewatch.js');
const dir = mkdtempSync(path.join(tmpdir(), 'casewatch-embedded-'));
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, LOG_LEVEL: 'warn' };

async function casewatch(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      cwd: dir,
      env,
      timeout: 170_000,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A demo pass takes ~20 s on an idle machine; the bound is for a loaded one.
describe('the embedded mode through the command line', { timeout: 180_000 }, () => {
  it('runs a demo pass and prints one JSON report', async () => {
    const { stdout, code, stderr } = await casewatch('run', '--once', '--demo', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!);
    expect(report).toMatchObject({
      mode: 'embedded',
      trigger: 'demo',
      errors: 0,
      digestsWritten: 1,
      sourcesFailed: 0,
    });
    expect(report.sources).toBeGreaterThanOrEqual(10);
    expect(report.articlesStored).toBeGreaterThanOrEqual(30);
    expect(report.duplicatesSkipped).toBeGreaterThan(0);
    expect(report.offTopicSkipped).toBeGreaterThanOrEqual(8);
    expect(report.claimsStored).toBeGreaterThan(50);
    expect(report.pagesFetched).toBe(report.pagesQueued);
  });

  it('writes the digest to ./out/mail as .eml and .html', async () => {
    const files = readdirSync(path.join(dir, 'out', 'mail')).sort();
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('.html'))).toHaveLength(1);
    const mail = await simpleParser(
      readFileSync(
        path.join(
          dir,
          'out',
          'mail',
          files.find((f) => f.endsWith('.eml'))!,
        ),
      ),
    );
    expect(mail.subject).toMatch(/new stories/);
    // seed 000's headline, with the outlet that carried it named
    expect(mail.html).toContain('New Mexico AG Sues Meta Platforms and Mark Zuckerberg');
    expect(mail.text).toMatch(/First: The Heartland Feed/);
    expect(mail.text).toContain('Unsubscribe: http://127.0.0.1:8080/unsubscribe?token=');
    expect(readdirSync(path.join(dir, 'data'))).toContain('pglite');
  });

  it('finds the site’s planted errors as conflicts, and few conflicts besides', async () => {
    // Pages of the fixture site that plant factual errors ("$357 million", "criminal complaint") list them in
    // their front matter. A conflict is explained when one of its two sentences is on such a page.
    const articles = path.join(projectRoot, 'tests', 'fixtures', 'site', 'articles');
    const flat = (t: string): string => t.replace(/\s+/g, ' ');
    const planted = readdirSync(articles, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(path.join(articles, f), 'utf8'))
      .filter((t) => /^errors:\s*\n\s+-/m.test(t))
      .map(flat);
    const onPlantedPage = (sentence: string): boolean => planted.some((t) => t.includes(flat(sentence)));
    const { stdout, code } = await casewatch('claims', '--conflicts', '--limit', '1000', '--json');
    expect(code).toBe(0);
    const conflicts = (
      JSON.parse(stdout) as { claims: { relation: string; text: string; related: { text: string } }[] }
    ).claims.filter((c) => c.relation === 'conflicting');
    const explained = conflicts.filter((c) => onPlantedPage(c.text) || onPlantedPage(c.related.text));
    expect(explained.length).toBeGreaterThanOrEqual(12);
    // Known false conflicts remain, depending on the order the pass stores pages in. "sued Meta on Wednesday" (the
    // day after the filing) was one in every pass until the day after a filing was read as its announcement. Mid-round a loose negation rule made 13, and a loose synonym match for
    // figures 7. The decree's under-18 accounts against Instagram's under-16 defaults, and against the decoys posing
    // as children under 14, were false conflicts until ages were compared only within one group (2026-12-07). In
    // about one pass in six, the jury's finding of deceptive practices stood against the judge's of a nuisance as
    // one finding given to two deciders (four false conflicts), until findings were compared only of one claim.
    const unexplained = conflicts
      .filter((c) => !explained.includes(c))
      .map((c) => `${c.text} | ${c.related.text}`);
    expect(unexplained.length, unexplained.join('\n')).toBeLessThanOrEqual(3);
  });

  it('stores nothing and mails nothing on a second pass over the same data', async () => {
    const { stdout, code } = await casewatch('run', '--once', '--demo', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ articlesStored: 0, claimsStored: 0, digestsWritten: 0, errors: 0 });
    expect(readdirSync(path.join(dir, 'out', 'mail')).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
  });

  it('answers bad input with one line naming it and exit code 2', async () => {
    const bad = await casewatch('subscribers', 'add', 'not-an-address');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([
      'casewatch: subscribers add: not an email address: "not-an-address"',
    ]);
    const zone = await casewatch('subscribers', 'add', 'a@example.org', '--tz', 'Mars/Olympus');
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain('unknown time zone "Mars/Olympus"');
    const caseFile = await casewatch('run', '--once', '--case', 'missing.yaml');
    expect(caseFile.code).toBe(2);
    expect(caseFile.stderr.trim()).toBe('casewatch: missing.yaml: cannot read: ENOENT');
  });
});
