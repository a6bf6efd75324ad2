import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimDiffEntry } from '../../src/claims/index.ts';
import { projectRoot } from '../../src/config/index.ts';

// `casewatch claims diff` on the two seed pieces with the default case: the later, machine-translated piece
// restates Torrez's quotes, adds the 228-page complaint and the ruling, and gets the ages and the case's nature
// wrong.

const run = promisify(execFile);
const bin = path.join(projectRoot, 'bin', 'casewatch.js');
const seeds = path.join(projectRoot, 'tests', 'claims', 'seeds');
const first = path.join(seeds, '000_4600f6a50dd3caac.txt');
const later = path.join(seeds, '004_cb076463b823959c.txt');
const dir = mkdtempSync(path.join(tmpdir(), 'casewatch-claims-'));

async function casewatch(...args: string[]) {
  const env = { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent' };
  return run(process.execPath, [bin, ...args], { env }).then(
    ({ stdout, stderr }) => ({ stdout, stderr, code: 0 }),
    (e: { stdout: string; stderr: string; code: number }) => e,
  );
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('casewatch claims', () => {
  it('diff classifies the seed pieces as the claim diff should', async () => {
    const { stdout, code } = await casewatch('claims', 'diff', '--known', first, later, '--json');
    expect(code).toBe(0);
    const { claims } = JSON.parse(stdout) as { claims: ClaimDiffEntry[] };
    const find = (kind: string, words: string) =>
      claims.find((c) => c.kind === kind && c.text.includes(words));
    expect(find('quote', 'privileged places')).toMatchObject({
      relation: 'restated',
      matched: { file: first },
    });
    expect(find('quote', 'As a career prosecutor')).toMatchObject({
      relation: 'restated',
      matched: { file: first },
    });
    expect(find('quantity', '228 pages')?.relation).toBe('new');
    expect(['new', 'updated']).toContain(find('legal_event', 'Biedscheid recently denied')?.relation);
    expect(find('quantity', '14 and under')).toMatchObject({
      relation: 'conflicting',
      detail: '14 and under ≠ under 14: interval differs at 14',
    });
    expect(find('legal_status', 'criminal complaint')).toMatchObject({
      relation: 'conflicting',
      matched: { file: 'known fact' },
      detail: 'criminal ≠ civil',
    });
  }, 30_000);

  it('extract lists the claims of a file', async () => {
    const { stdout, code } = await casewatch('claims', 'extract', first, '--json');
    expect(code).toBe(0);
    const { claims } = JSON.parse(stdout) as {
      claims: { kind: string; slots: { speaker: string | null } }[];
    };
    expect(claims.filter((c) => c.kind === 'quote').every((c) => c.slots.speaker === 'Raúl Torrez')).toBe(
      true,
    );
  }, 30_000);

  it('names a bad input in one line and exits 2', async () => {
    const binary = path.join(dir, 'x.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2]));
    for (const args of [
      ['extract', path.join(dir, 'missing.txt')],
      ['diff', '--known', first, binary],
    ]) {
      const { stderr, code } = await casewatch('claims', ...args);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(args.at(-1));
    }
  }, 30_000);
});
