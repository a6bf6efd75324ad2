import { pino } from 'pino';
import type { Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

const redact = {
  paths: ['*.password', '*.secret', '*.token', 'config.smtpUrl', 'config.databaseUrl', 'config.redisUrl'],
  censor: '[redacted]',
};

/**
 * Logs go to stderr, so stdout stays clean for `--json` reports: JSON lines for machines, one readable line
 * per event when a person is watching a terminal. Secrets are redacted.
 */
export function createLogger(level: string, name = 'casewatch'): Logger {
  const stream = process.stderr.isTTY
    ? pretty({
        destination: 2,
        sync: true,
        colorize: true,
        ignore: 'pid,hostname,name',
        translateTime: 'HH:MM:ss',
      })
    : pino.destination({ fd: 2, sync: true });
  return pino({ name, level, redact }, stream);
}
