import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** One benchmark page: its bytes and the gold article text. */
export interface BenchPage {
  id: string;
  url: string;
  html: Uint8Array;
  gold: string;
  /** True for the held-out split: pages never looked at while tuning the extractor. */
  heldOut: boolean;
}

/** Every fifth page by sorted id is held out; the rest is the development split. */
export const heldOutEvery = 5;

/** Where the benchmark lives: beside the repository, unless CASEWATCH_BENCH_EXTRACTION_DIR says otherwise. */
export function benchDirectory(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.CASEWATCH_BENCH_EXTRACTION_DIR ?? path.resolve(projectRoot, '..', 'shared', 'bench', 'extraction')
  );
}

/** Loads the benchmark's pages sorted by id, each marked with its split. Throws if the directory is missing. */
export function loadBenchPages(dir: string): BenchPage[] {
  const ids = readdirSync(path.join(dir, 'html'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
  return ids.map((id, index) => {
    const truth = JSON.parse(readFileSync(path.join(dir, 'truth', `${id}.json`), 'utf8')) as {
      articleBody?: string;
      url?: string;
    };
    return {
      id,
      url: truth.url ?? '',
      html: new Uint8Array(readFileSync(path.join(dir, 'html', `${id}.html`))),
      gold: truth.articleBody ?? '',
      heldOut: index % heldOutEvery === heldOutEvery - 1,
    };
  });
}
