import type { Command } from 'commander';
import { createApp } from '../../runtime/app.ts';
import { onShutdown } from '../../runtime/shutdown.ts';
import { startLinkServer } from '../../server/index.ts';
import { commandConfig } from '../context.ts';
import { UsageError } from '../errors.ts';

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port > 65_535)
    throw new UsageError(`serve: --port must be 0–65535, not ${JSON.stringify(value)}`);
  return port;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('answer the confirm and unsubscribe links in mails until SIGTERM / SIGINT')
    .option('--host <host>', 'address to listen on (default: CASEWATCH_SERVE_HOST, 127.0.0.1)')
    .option('--port <port>', 'port to listen on (default: CASEWATCH_SERVE_PORT, 8080; 0 picks one)')
    .action(async (flags: { host?: string; port?: string }) => {
      const port = parsePort(flags.port);
      const config = commandConfig({
        ...(flags.host ? { serveHost: flags.host } : {}),
        ...(port === undefined ? {} : { servePort: port }),
      });
      const app = await createApp(config);
      let server;
      try {
        server = await startLinkServer({
          db: app.db,
          secret: app.secret,
          host: config.serveHost,
          port: config.servePort,
        });
      } catch (error) {
        await app.close();
        throw new UsageError(
          `serve: cannot listen on ${config.serveHost}:${config.servePort}: ${(error as Error).message}`,
        );
      }
      const listening = server;
      process.stdout.write(
        `casewatch serve: listening on ${listening.url} (links use ${config.publicUrl})\n`,
      );
      await new Promise<void>((resolve) => {
        onShutdown(async () => {
          // The server stops before the store it reads from closes; each step runs even if one fails.
          await Promise.allSettled([listening.close()]);
          await app.close();
          resolve();
        });
      });
    });
}
