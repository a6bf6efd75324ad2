import { Command, CommanderError } from 'commander';
import { CaseFileError } from '../cases/index.ts';
import { ConfigError } from '../config/index.ts';
import { SchemaOutOfDateError } from '../runtime/app.ts';
import { registerCases } from './commands/cases.ts';
import { registerClaims } from './commands/claims.ts';
import { registerDedup } from './commands/dedup.ts';
import { registerDigest } from './commands/digest.ts';
import { registerExtract } from './commands/extract.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerRecrawl } from './commands/recrawl.ts';
import { registerRun } from './commands/run.ts';
import { registerScheduler } from './commands/scheduler.ts';
import { registerServe } from './commands/serve.ts';
import { registerSources } from './commands/sources.ts';
import { registerStatus } from './commands/status.ts';
import { registerStories } from './commands/stories.ts';
import { registerSubscribers } from './commands/subscribers.ts';
import { registerWorker } from './commands/worker.ts';
import { exitCodes, UsageError } from './errors.ts';

export function buildProgram(): Command {
  const program = new Command('casewatch')
    .description(
      'Watches the news coverage of a legal case: finds it, extracts it, dedups it, diffs its claims, mails digests.',
    )
    .version('0.1.0')
    .showHelpAfterError('(casewatch --help lists the commands)')
    .exitOverride();
  for (const register of [
    registerRun,
    registerWorker,
    registerScheduler,
    registerRecrawl,
    registerExtract,
    registerClaims,
    registerSubscribers,
    registerSources,
    registerStories,
    registerDedup,
    registerCases,
    registerDigest,
    registerServe,
    registerStatus,
    registerMigrate,
  ]) {
    register(program);
  }
  program.commands.forEach((c) => c.exitOverride());
  return program;
}

/** One line, no stack: what went wrong and with which input. */
function describe(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(describe).join('; ');
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED') return `cannot connect: ${error.message}`;
    return error.message.split('\n')[0] ?? String(error);
  }
  return String(error);
}

/** Runs the command line; returns the exit code (0 ok, 1 failed, 2 bad input). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : exitCodes.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version end here too, with code 0; commander has already printed its message
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.badInput;
    }
    const badInput =
      error instanceof UsageError || error instanceof ConfigError || error instanceof CaseFileError;
    process.stderr.write(`casewatch: ${describe(error)}\n`);
    if (error instanceof CaseFileError && error.problems.length > 1) {
      for (const p of error.problems.slice(1, 20)) process.stderr.write(`  ${p}\n`);
    }
    if (error instanceof SchemaOutOfDateError) return exitCodes.failed;
    return badInput ? exitCodes.badInput : exitCodes.failed;
  }
}
