import type { Command } from 'commander';
import { CaseFileError, loadCaseFile } from '../../cases/index.ts';
import type { CaseDefinition } from '../../cases/index.ts';
import { exitCodes } from '../errors.ts';
import { printJson } from '../output.ts';

type Verdict =
  { file: string; valid: true; case: CaseDefinition } | { file: string; valid: false; problems: string[] };

function check(file: string): Verdict {
  try {
    return { file, valid: true, case: loadCaseFile(file) };
  } catch (error) {
    if (error instanceof CaseFileError) return { file, valid: false, problems: error.problems };
    throw error;
  }
}

function summary(c: CaseDefinition): string {
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
  return [
    n(c.entities.length, 'entity').replace('entitys', 'entities'),
    n(c.keywords.length, 'keyword'),
    n(c.exclusions.length, 'look-alike exclusion'),
    n(c.known_facts.length, 'known fact'),
    n(c.sources.length, 'source'),
  ].join(', ');
}

export function registerCases(program: Command): void {
  const cases = program.command('cases').description('case definition files');
  cases
    .command('validate')
    .description('check case files; every problem is listed with its path (and line) in the file')
    .argument('<files...>', 'YAML or JSON case files')
    .option('--json', 'one JSON object per file')
    .action((files: string[], flags: { json?: boolean }) => {
      let invalid = 0;
      for (const file of files) {
        const verdict = check(file);
        if (!verdict.valid) invalid += 1;
        if (flags.json) {
          printJson(
            verdict.valid
              ? { file, valid: true, slug: verdict.case.slug, sources: verdict.case.sources.length }
              : verdict,
          );
        } else if (verdict.valid) {
          process.stdout.write(`${file}: valid — ${verdict.case.slug}: ${summary(verdict.case)}\n`);
        } else {
          for (const problem of verdict.problems) process.stdout.write(`${file}: ${problem}\n`);
        }
      }
      if (invalid > 0) process.exitCode = exitCodes.badInput;
    });
}
