import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadCaseFile } from '../../cases/index.ts';
import type { Fetcher } from '../../crawl/index.ts';
import { extractArticle } from '../../extract/index.ts';
import type { ExtractedArticle } from '../../extract/index.ts';
import { relevanceModel } from '../../relevance/index.ts';
import { configuredFetcher } from '../../runtime/fetcher.ts';
import { commandConfig } from '../context.ts';
import { expandInputs } from '../inputs.ts';
import { printJson } from '../output.ts';

async function extractOne(
  input: string,
  fetcher: () => Fetcher,
): Promise<ExtractedArticle & { url: string | null }> {
  if (/^https?:\/\//i.test(input)) {
    const response = await fetcher().fetch({ url: input });
    if (response.status < 200 || response.status >= 300) throw new Error(`HTTP ${response.status}`);
    return {
      url: response.finalUrl,
      ...extractArticle({
        body: response.body,
        contentType: response.headers['content-type'],
        url: response.finalUrl,
      }),
    };
  }
  return { url: null, ...extractArticle({ body: readFileSync(input) }) };
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract article text and metadata from HTML files, directories of them, or URLs')
    .argument('<inputs...>', 'files, directories or http(s) URLs')
    .option('--json', 'one JSON object per input, one per line')
    .action(async (inputs: string[], flags: { json?: boolean }) => {
      const files = expandInputs('extract', inputs, { extensions: /\.html?$/i, urls: true });
      const config = commandConfig();
      // Judged against the active case: the first configured case file.
      const activeCase = config.caseFiles[0];
      const relevance = flags.json && activeCase ? relevanceModel(loadCaseFile(activeCase)) : undefined;
      let fetcher: Fetcher | undefined;
      const getFetcher = () => (fetcher ??= configuredFetcher(config, 4));
      let failed = 0;
      try {
        for (const input of files) {
          try {
            const a = await extractOne(input, getFetcher);
            if (flags.json)
              printJson({
                input,
                ...a,
                relevance: relevance?.judge({ title: a.title, text: a.text }) ?? null,
              });
            else
              process.stdout.write(
                `# ${a.title}\n${[a.byline, a.publishedAt, a.canonicalUrl ?? a.url].filter(Boolean).join(' · ')}\n\n${a.text}\n\n`,
              );
          } catch (error) {
            failed += 1;
            const message = error instanceof Error ? error.message : String(error);
            if (flags.json) printJson({ input, error: message });
            else process.stderr.write(`casewatch: extract: ${input}: ${message}\n`);
          }
        }
      } finally {
        await fetcher?.close();
      }
      if (failed > 0) process.exitCode = 1;
    });
}
