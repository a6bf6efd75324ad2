import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { clusterStories } from '../../dedup/index.ts';
import { extractArticle } from '../../extract/index.ts';
import { UsageError } from '../errors.ts';
import { expandInputs } from '../inputs.ts';
import { printJson } from '../output.ts';

interface Piece {
  file: string;
  text: string;
  publishedAt: string | null;
  order: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's main text: extracted from HTML (.html, .htm), read as UTF-8 text otherwise. Throws UsageError
 * naming a file that cannot be read or is not text.
 */
function read(file: string, order: number): Piece {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : 'unreadable');
    throw new UsageError(`dedup cluster: cannot read ${file} (${reason})`);
  }
  if (/\.html?$/i.test(file)) {
    const article = extractArticle({ body: bytes });
    return { file, text: article.text, publishedAt: article.publishedAt, order };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = '\0';
  }
  if (text.includes('\0')) throw new UsageError(`dedup cluster: not a text file (nor .html/.htm): ${file}`);
  return { file, text, publishedAt: null, order };
}

/** Milliseconds since the epoch of a published date, or Infinity (undated pieces come after dated ones). */
function publishedTime(piece: Piece): number {
  const t = piece.publishedAt === null ? Number.NaN : Date.parse(piece.publishedAt);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

export function registerDedup(program: Command): void {
  const dedup = program.command('dedup').description('recognise copies of one piece, without a database');
  dedup
    .command('cluster')
    .description('group HTML or text files into stories, with the same code the pipeline uses')
    .argument('<files...>', '.html, .htm or .txt files, or directories of them')
    .option('--json', 'print { "clusters": [[file, …], …] } (and files skipped, with why)')
    .action((inputs: string[], flags: { json?: boolean }) => {
      const files = expandInputs('dedup cluster', inputs, { extensions: /\.(html?|txt)$/i });
      if (files.length === 0)
        throw new UsageError(`dedup cluster: no .html, .htm or .txt files in ${inputs.join(', ')}`);
      const pieces = files.map(read);
      const skipped = pieces.filter((p) => !p.text.trim()).map((p) => ({ file: p.file, reason: 'no text' }));
      // The pipeline meets copies in the order they were published, mostly: so do we, when the pages say.
      const ordered = pieces
        .filter((p) => p.text.trim())
        .sort((a, b) => publishedTime(a) - publishedTime(b) || a.order - b.order);
      const clusters = clusterStories(ordered.map((p) => ({ item: p.file, text: p.text })));
      if (flags.json) {
        printJson(skipped.length ? { clusters, skipped } : { clusters });
        return;
      }
      clusters.forEach((files, i) => {
        process.stdout.write(`story ${i + 1} (${files.length} file${files.length === 1 ? '' : 's'})\n`);
        for (const file of files) process.stdout.write(`  ${file}\n`);
      });
      for (const s of skipped) process.stderr.write(`casewatch: dedup cluster: ${s.file}: ${s.reason}\n`);
    });
}
