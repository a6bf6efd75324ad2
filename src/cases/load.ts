import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { CaseDefinition } from './schema.ts';
import { caseDefinitionSchema } from './schema.ts';

/** A case file that cannot be read or does not validate. `problems` holds one line per error, with its path. */
export class CaseFileError extends Error {
  override name = 'CaseFileError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      `${file}: ${problems[0] ?? 'invalid'}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
    );
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length
    ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
    : '(top level)';
  return `${where.replace(/^\./, '')}: ${issue.message}`;
}

/** Validates parsed case data. Throws CaseFileError listing every problem. */
export function parseCaseDefinition(data: unknown, file = 'case definition'): CaseDefinition {
  const result = caseDefinitionSchema.safeParse(data);
  if (!result.success) throw new CaseFileError(file, result.error.issues.map(describeIssue));
  return result.data;
}

/** Reads a YAML or JSON case file. Throws CaseFileError naming the file and the first problem. */
export function loadCaseFile(file: string): CaseDefinition {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CaseFileError(file, [`cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`]);
  }
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(raw) : parseYaml(raw);
  } catch (error) {
    throw new CaseFileError(file, [
      `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`,
    ]);
  }
  return parseCaseDefinition(data, file);
}
