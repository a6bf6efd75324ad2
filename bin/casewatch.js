#!/usr/bin/env node
// The command line runs the compiled build (dist/, from `npm run build`) when it is there and up to date, and the
// TypeScript sources through tsx otherwise, so a checkout needs no build step. The build starts faster and holds
// less memory (no loader thread, no transformed sources kept). CASEWATCH_RUNTIME=js runs the build whatever the
// sources (and fails if there is none); CASEWATCH_RUNTIME=tsx runs the sources whatever is built.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const builtMain = path.join(dist, 'src', 'cli', 'main.js');
const compiledDirs = ['src', 'jobs', 'migrations'];

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};

/**
 * Why the build cannot be used, or undefined when it can: every source file has its compiled file, none newer
 * than it, and the build has no module whose source is gone (a deleted migration must not run).
 */
function buildProblem() {
  if (mtime(builtMain) === undefined) return 'there is no build (npm run build)';
  for (const dir of compiledDirs) {
    const sources = readdirSync(path.join(root, dir), { recursive: true }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.d.ts'),
    );
    for (const file of sources) {
      const built = mtime(path.join(dist, dir, file.replace(/\.ts$/, '.js')));
      if (built === undefined || built < mtime(path.join(root, dir, file)))
        return `the build is older than ${dir}/${file} (npm run build)`;
    }
    const known = new Set(sources.map((f) => f.replace(/\.ts$/, '.js')));
    let builtFiles = [];
    try {
      builtFiles = readdirSync(path.join(dist, dir), { recursive: true }).filter((f) => f.endsWith('.js'));
    } catch {
      // an empty directory of sources builds to none
    }
    const orphan = builtFiles.find((f) => !known.has(f));
    if (orphan) return `the build has dist/${dir}/${orphan}, whose source is gone (npm run build)`;
  }
  return undefined;
}

const wanted = process.env.CASEWATCH_RUNTIME ?? 'auto';
if (!['auto', 'js', 'tsx'].includes(wanted)) {
  console.error(`casewatch: CASEWATCH_RUNTIME must be js, tsx or auto, not ${JSON.stringify(wanted)}`);
  process.exit(2);
}
if (wanted === 'js' && mtime(builtMain) === undefined) {
  console.error('casewatch: CASEWATCH_RUNTIME=js, but there is no build (npm run build)');
  process.exit(2);
}
const problem = wanted === 'auto' ? buildProblem() : undefined;
const useBuild = wanted === 'js' || (wanted === 'auto' && problem === undefined);
if (/^(debug|trace)$/.test(process.env.LOG_LEVEL ?? ''))
  console.error(
    `casewatch: running ${useBuild ? 'the build (dist/)' : `the sources through tsx: ${problem ?? 'CASEWATCH_RUNTIME=tsx'}`}`,
  );

let main;
if (useBuild) {
  ({ main } = await import('../dist/src/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
