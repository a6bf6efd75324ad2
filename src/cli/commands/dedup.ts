import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { clusterStories } from '../../dedup/index.ts';
import { extractArticle } from '../../extract/index.ts';
import { expandInputs } from '../inputs.ts';
import { printJson } from '../output.ts';

interface Piece {
  file: string;
  text: string;
  publishedAt: string | null;
  order: number;
}

/** A file's main text: extracted from HTML (.html, .htm), read as it is otherwise. */
function read(file: string, order: number): Piece {
  const bytes = readFileSync(file);
  if (/\.html?$/i.test(file)) {
    const article = extractArticle({ body: bytes });
    return { file, text: article.text, publishedAt: article.publishedAt, order };
  }
  return { file, text: bytes.toString('utf8'), publishedAt: null, order };
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
      const pieces = files.map(read);
      const skipped = pieces.filter((p) => !p.text.trim()).map((p) => ({ file: p.file, reason: 'no text' }));
      // The pipeline meets copies in the order they were published, mostly: so do we, when the pages say.
      const ordered = pieces
        .filter((p) => p.text.trim())
        .sort(
          (a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') || a.order - b.order,
        );
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
