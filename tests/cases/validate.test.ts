import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseFileError, loadCaseFile } from '../../src/cases/index.ts';
import { defaultCaseFile, projectRoot } from '../../src/config/index.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'casewatch-cases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const bad = file(
  'bad.yaml',
  [
    'slug: Bad Slug',
    'name: Test',
    'entities:',
    '  - name: A',
    '    role: judge',
    'keywords: []',
    'sources:',
    '  - name: x',
    '    kind: rss',
    '    url: ftp://example.org/feed',
    '    color: red',
    '',
  ].join('\n'),
);

function problems(f: string): string[] {
  try {
    loadCaseFile(f);
  } catch (error) {
    if (error instanceof CaseFileError) return error.problems;
    throw error;
  }
  return [];
}

describe('case files', () => {
  it('list every problem with its path and line', () => {
    expect(problems(bad)).toEqual([
      'slug (line 1): lower-case words joined by hyphens',
      'short_name (line 1): Invalid input: expected string, received undefined',
      'entities[0].role (line 5): Invalid option: expected one of "plaintiff"|"defendant"|"court"|"person"|"other"',
      'keywords (line 6): Too small: expected array to have >=1 items',
      'sources[0].kind (line 9): Invalid option: expected one of "feed"|"sitemap"|"listing"|"gdelt"',
      'sources[0].url (line 10): Invalid URL',
      'sources[0].color (line 11): Unrecognized key: "color"',
    ]);
  });

  it('say where YAML is broken, and when a file cannot be read', () => {
    expect(problems(file('broken.yaml', 'slug: [unclosed\n'))[0]).toMatch(
      /^not valid YAML: .* at line 2, column 1$/,
    );
    expect(problems(path.join(dir, 'missing.yaml'))).toEqual(['cannot read: ENOENT']);
    expect(problems(file('broken.json', '{"slug": '))[0]).toMatch(/^not valid JSON: /);
  });

  it('are checked by `casewatch cases validate`, exit code 2 when one is invalid', async () => {
    const run = promisify(execFile);
    const bin = path.join(projectRoot, 'bin', 'casewatch.js');
    const env = { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent' };
    const good = await run(process.execPath, [bin, 'cases', 'validate', defaultCaseFile], { env });
    expect(good.stdout).toMatch(/: valid — new-mexico-v-meta: \d+ entities, .* \d+ sources\n$/);
    const failed = await run(process.execPath, [bin, 'cases', 'validate', defaultCaseFile, bad], {
      env,
    }).catch((e: { code: number; stdout: string }) => e);
    expect('code' in failed && failed.code).toBe(2);
    const lines = failed.stdout.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[7]).toBe(`${bad}: sources[0].color (line 11): Unrecognized key: "color"`);
  });
});
