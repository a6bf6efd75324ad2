import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureSite } from '../../src/demo/index.ts';
import { serveFixtureSite } from '../../src/demo/index.ts';
import { ensureMigrated, openDatabase } from '../../src/db/index.ts';
import type { App } from '../../src/runtime/app.ts';
import type { CrashRunResult, WorkerProcess } from '../helpers/crash-run.ts';
import { crashRun } from '../helpers/crash-run.ts';
import type { PrivateServer } from '../helpers/private-servers.ts';
import { privatePostgres } from '../helpers/private-servers.ts';
import { freshQueuePrefix, redisUrl } from '../helpers/services.ts';

// PostgreSQL stopped during a run of real `casewatch worker` processes (bench:chaos's postgres-restart): once
// it is back the run finishes with every expected article stored once, and no worker has ended by itself.
// Twice: while the workers are still starting (they wait for the server instead of exiting), and mid-run with
// jobs in flight (a connection lost mid-statement does not end the process, and jobs wait for the server
// without using up their attempts).

let site: FixtureSite;

beforeAll(async () => {
  site = await serveFixtureSite();
});
afterAll(async () => {
  await site?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function restartRun(
  seed: number,
  restart: (pg: PrivateServer, control: App, workers: readonly WorkerProcess[]) => Promise<void>,
) {
  const pg = await privatePostgres();
  const prefix = freshQueuePrefix('pg-restart');
  try {
    const db = await openDatabase({ url: pg.url });
    await ensureMigrated(db);
    await db.destroy();
    return await crashRun({
      site,
      databaseUrl: pg.url,
      redisUrl,
      queuePrefix: prefix.prefix,
      kills: 0,
      seed,
      timeoutMs: 90_000,
      during: (control, workers) => restart(pg, control, workers),
    });
  } finally {
    await Promise.allSettled([pg.remove(), prefix.remove()]);
  }
}

function expectExact(result: CrashRunResult, label: string): void {
  console.log(`${label}: ${JSON.stringify({ ...result, lost: result.lost.length })}`);
  expect(result.lost).toEqual([]);
  expect(result.unexpected).toEqual([]);
  expect(result.duplicates).toEqual([]);
  expect(result.duplicated).toBe(0);
  expect(result.storedUrls).toBe(result.expectedUrls);
  expect(result.workerExits).toBe(0);
}

describe('PostgreSQL restarted during a run', () => {
  it('while the workers start: they wait for it, and the run completes exactly', async () => {
    const result = await restartRun(21, async (pg, _control, workers) => {
      // at once, while the workers load, and until each has met the closed port (or given up and exited)
      await pg.stop();
      const deadline = Date.now() + 60_000;
      const tried = (w: WorkerProcess) =>
        w.exitCode !== null || w.output().includes('waiting for PostgreSQL');
      while (!workers.every(tried) && Date.now() < deadline) await sleep(100);
      expect(workers.every(tried)).toBe(true);
      await sleep(1000);
      await pg.start();
    });
    expectExact(result, 'postgres restart while starting');
  }, 150_000);

  it('mid-run with jobs in flight: the run completes exactly once it is back', async () => {
    const result = await restartRun(22, async (pg, control) => {
      // some articles stored, most not: the workers are busy fetching and ingesting
      const deadline = Date.now() + 60_000;
      for (;;) {
        const stored = await control.db
          .selectFrom('pages')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('outcome', '=', 'stored')
          .executeTakeFirstOrThrow();
        if (Number(stored.n) >= 3 || Date.now() > deadline) break;
        await sleep(50);
      }
      await pg.stop();
      await sleep(3000);
      await pg.start();
    });
    expectExact(result, 'postgres restart mid-run');
  }, 150_000);
});
