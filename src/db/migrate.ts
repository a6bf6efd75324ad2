import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Migration, MigrationProvider, MigrationResultSet } from 'kysely';
import { Migrator } from 'kysely';
import { codeRoot, compiled } from '../config/paths.ts';
import type { Db } from './connect.ts';

/** The migrations this code runs: migrations/*.ts from the sources, dist/migrations/*.js in the build. */
export const migrationsDir = path.join(codeRoot, 'migrations');
const extension = compiled ? '.js' : '.ts';

/**
 * Loads the migrations with this module's own dynamic import, so from the sources the files go through the same
 * TypeScript loader as the rest of the code (kysely's FileMigrationProvider imports from inside node_modules,
 * where no loader applies). A migration's name is its file's without the extension, the same from the build.
 */
const provider: MigrationProvider = {
  async getMigrations() {
    const files = (await readdir(migrationsDir))
      .filter((f) => f.endsWith(extension) && /^\d{4}_\d{2}_\d{2}_\d{6}_[\w-]+\.[jt]s$/.test(f))
      .sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const module = (await import(pathToFileURL(path.join(migrationsDir, file)).href)) as Migration;
      migrations[file.slice(0, -extension.length)] = { up: module.up, down: module.down };
    }
    return migrations;
  },
};

function migrator(db: Db): Migrator {
  return new Migrator({ db, provider });
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
