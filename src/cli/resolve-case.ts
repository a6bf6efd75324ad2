import type { StoredCase } from '../db/index.ts';
import { caseBySlug, listCases } from '../db/index.ts';
import { syncCaseFiles } from '../pipeline/sync-cases.ts';
import type { App } from '../runtime/app.ts';
import { UsageError } from './errors.ts';

/**
 * The case a command acts on: the one with `slug`, or the first configured case. The configured case files are
 * stored first, so a case and its sources exist before the first run. Throws UsageError for an unknown slug.
 */
export async function resolveCase(app: App, slug: string | undefined, command: string): Promise<StoredCase> {
  await syncCaseFiles(app.db, app.config.caseFiles);
  const stored = slug ? await caseBySlug(app.db, slug) : (await listCases(app.db))[0];
  if (!stored)
    throw new UsageError(
      `${command}: no case ${JSON.stringify(slug ?? '')} (cases come from CASEWATCH_CASES)`,
    );
  return stored;
}
