import type { Command } from 'commander';
import type { MigrationResultSet } from 'kysely';
import path from 'node:path';
import { migrateDown, migrateToLatest, migrationStatus, openDatabase } from '../../db/index.ts';
import { commandConfig } from '../context.ts';
import { UsageError } from '../errors.ts';
import { printJson, printTable } from '../output.ts';

function report(result: MigrationResultSet, json: boolean): void {
  const steps = (result.results ?? []).map((r) => ({
    migration: r.migrationName,
    direction: r.direction,
    status: r.status,
  }));
  if (json) printJson({ ok: !result.error, steps, error: result.error ? String(result.error) : null });
  else if (steps.length === 0 && !result.error)
    process.stdout.write('nothing to do: the schema is up to date\n');
  else
    for (const s of steps)
      process.stdout.write(
        `${s.status === 'Success' ? 'ok  ' : 'FAIL'} ${s.direction.toLowerCase()} ${s.migration}\n`,
      );
  if (result.error) {
    throw new Error(
      `migration failed: ${result.error instanceof Error ? result.error.message : String(result.error)}`,
    );
  }
}

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description(
      'bring the database schema up to date (up), undo the last migration (down), or list them (status)',
    )
    .argument('[direction]', 'up | down | status', 'up')
    .option('--json', 'print the result as JSON')
    .action(async (direction: string, flags: { json?: boolean }) => {
      if (!['up', 'down', 'status'].includes(direction))
        throw new UsageError(`migrate: unknown direction ${JSON.stringify(direction)} (up, down or status)`);
      const config = commandConfig();
      const db = await openDatabase(
        config.databaseUrl ? { url: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pglite') },
        { poolSize: 1 },
      );
      try {
        if (direction === 'status') {
          const rows = (await migrationStatus(db)).map((m) => ({
            migration: m.name,
            executed: m.executedAt?.toISOString() ?? 'pending',
          }));
          if (flags.json) printJson(rows);
          else printTable(rows);
          return;
        }
        report(direction === 'down' ? await migrateDown(db) : await migrateToLatest(db), !!flags.json);
      } finally {
        await db.destroy();
      }
    });
}
