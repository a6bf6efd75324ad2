import type { CaseDefinition } from '../cases/index.ts';
import { loadCaseFile } from '../cases/index.ts';
import type { Db, Source, SourceOrigin } from '../db/index.ts';
import { storeKnownFacts, syncSources, upsertCase } from '../db/index.ts';
import { knownFactClaims } from './article-claims.ts';

export interface SyncedCase {
  id: number;
  definition: CaseDefinition;
  sources: Source[];
}

/** Stores a case definition, its sources, and its known facts as the first claims of its claim store. */
export async function syncCase(
  db: Db,
  definition: CaseDefinition,
  origin: SourceOrigin = 'case-file',
): Promise<SyncedCase> {
  const id = await upsertCase(db, definition);
  const sources = await syncSources(db, id, definition.sources, origin);
  await storeKnownFacts(db, id, knownFactClaims(definition));
  return { id, definition, sources };
}

/** Loads every configured case file (throwing CaseFileError on the first bad one) and stores them. */
export async function syncCaseFiles(db: Db, files: readonly string[]): Promise<SyncedCase[]> {
  const definitions = files.map((file) => loadCaseFile(file));
  const synced: SyncedCase[] = [];
  for (const definition of definitions) synced.push(await syncCase(db, definition));
  return synced;
}
