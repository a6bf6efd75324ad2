import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
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

/** Where an issue's path points in the source text, when it is known: ` (line N)`. */
type LineOf = (path: readonly PropertyKey[]) => number | undefined;

function describeIssue(issue: z.core.$ZodIssue, lineOf?: LineOf): string {
  // An unknown key is best shown by its own path and line, not its mapping's.
  const path =
    issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
  const where = path.length
    ? path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
    : '(top level)';
  const line = lineOf?.(path);
  return `${where.replace(/^\./, '')}${line ? ` (line ${line})` : ''}: ${issue.message}`;
}

/** Validates parsed case data. Throws CaseFileError listing every problem. */
export function parseCaseDefinition(
  data: unknown,
  file = 'case definition',
  lineOf?: LineOf,
): CaseDefinition {
  const result = caseDefinitionSchema.safeParse(data);
  if (!result.success)
    throw new CaseFileError(
      file,
      result.error.issues.map((i) => describeIssue(i, lineOf)),
    );
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
  if (file.endsWith('.json')) {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (error) {
      throw new CaseFileError(file, [`not valid JSON: ${(error as Error).message.split('\n')[0]}`]);
    }
    return parseCaseDefinition(data, file);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter });
  if (doc.errors.length) {
    throw new CaseFileError(
      file,
      doc.errors.map((e) => `not valid YAML: ${e.message.split('\n')[0]?.replace(/:$/, '')}`),
    );
  }
  // The line of the deepest node the path reaches: a missing key points at its parent mapping.
  const lineOf: LineOf = (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return parseCaseDefinition(doc.toJS(), file, lineOf);
}
