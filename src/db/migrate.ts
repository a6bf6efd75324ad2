import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { MigrationResultSet } from 'kysely';
import { FileMigrationProvider, Migrator } from 'kysely';
import { projectRoot } from '../config/index.ts';
import type { Db } from './connect.ts';

export const migrationsDir = path.join(projectRoot, 'migrations');

function migrator(db: Db): Migrator {
  return new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder: migrationsDir }),
  });
}

/** Brings the schema to the newest migration. Returns kysely's result set; never throws for a failed step. */
export function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  return migrator(db).migrateToLatest();
}

/** Undoes the newest applied migration. */
export function migrateDown(db: Db): Promise<MigrationResultSet> {
  return migrator(db).migrateDown();
}

/** Each known migration and whether it has run. */
export async function migrationStatus(db: Db): Promise<{ name: string; executedAt: Date | null }[]> {
  const all = await migrator(db).getMigrations();
  return all.map((m) => ({ name: m.name, executedAt: m.executedAt ?? null }));
}

/** Migrates to latest and throws (with the failing step named) if any step failed. */
export async function ensureMigrated(db: Db): Promise<void> {
  const { error, results } = await migrateToLatest(db);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown step';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
