import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCaseFile } from '../../src/cases/index.ts';
import { defaultCaseFile, loadConfig } from '../../src/config/index.ts';
import { canonicalUrl } from '../../src/dedup/index.ts';
import type { FixtureSite } from '../../src/demo/index.ts';
import { syncCase } from '../../src/pipeline/sync-cases.ts';
import type { App } from '../../src/runtime/app.ts';
import { createApp } from '../../src/runtime/app.ts';
import { createLogger } from '../../src/runtime/logger.ts';

// Real `casewatch worker` processes crawl the fixture site into PostgreSQL while the harness kills them
// (SIGKILL, at seeded random moments) and starts new ones; the result is counted against the fixture's
// expected set of article URLs and stories.

const bin = fileURLToPath(new URL('../../bin/casewatch.js', import.meta.url));

export interface CrashRunOptions {
  site: FixtureSite;
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  /** Workers running at once. */
  workers?: number;
  kills: number;
  /** Milliseconds between kills: drawn from [min, max). */
  killEveryMs?: [number, number];
  seed?: number;
  timeoutMs?: number;
  /** SIGTERM one worker this many times after the kills (each replaced), timing how long each takes to exit. */
  terminations?: number;
  /** Called after the kills, before waiting for the run to finish (e.g. to restart a server). */
  during?: (control: App) => Promise<void>;
}

export interface CrashRunResult {
  expectedUrls: number;
  storedUrls: number;
  lost: string[];
  /** URLs stored more than once, plus stories beyond the fixture's. */
  duplicated: number;
  unexpected: string[];
  kills: number;
  /** Longest time a worker took to exit after SIGTERM, and the worst exit code seen. */
  drainSeconds: number;
  drainExitCodes: (number | null)[];
  /** From the last kill (or the server's return, with `during`) to the run's end. */
  recoverySeconds: number;
  seconds: number;
}

export function workerEnv(options: { databaseUrl: string; redisUrl: string; queuePrefix: string }) {
  return {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    CASEWATCH_QUEUE_PREFIX: options.queuePrefix,
    CASEWATCH_ALLOW_HOSTS: '127.0.0.1',
    CASEWATCH_SOURCE_JITTER_MS: '0',
    CASEWATCH_HOST_INTERVAL_MS: '0',
    CASEWATCH_CONCURRENCY: '4',
    LOG_LEVEL: 'info',
  };
}

/** Starts `casewatch worker` as a child process; `ready` resolves once it logs that it has started. */
export function spawnWorker(env: NodeJS.ProcessEnv): ChildProcess & { ready: Promise<void> } {
  const child = spawn(process.execPath, [bin, 'worker'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ready = new Promise<void>((resolve) => {
    let seen = '';
    const watch = (data: Buffer) => {
      if (seen.length < 100_000) seen += data.toString();
      if (seen.includes('worker started')) resolve();
    };
    // The logger writes to stderr; both streams are read so neither fills up.
    child.stdout?.on('data', watch);
    child.stderr?.on('data', watch);
    child.once('exit', () => resolve());
  });
  return Object.assign(child, { ready });
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((r) => child.once('exit', (code) => r(code)));
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

async function until(what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** One pipeline run over the fixture site with `kills` SIGKILLs; resolves with what was stored against what should be. */
export async function crashRun(options: CrashRunOptions): Promise<CrashRunResult> {
  const started = Date.now();
  const random = seeded(options.seed ?? 1);
  const env = workerEnv(options);
  const config = loadConfig(
    {
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl,
      CASEWATCH_QUEUE_PREFIX: options.queuePrefix,
      CASEWATCH_SOURCE_JITTER_MS: '0',
      LOG_LEVEL: 'error',
    },
    { allowHosts: ['127.0.0.1'] },
  );
  const control = await createApp(config, { log: createLogger('error') });
  const workers: (ChildProcess & { ready: Promise<void> })[] = [];
  try {
    const synced = await syncCase(control.db, {
      ...loadCaseFile(defaultCaseFile),
      sources: options.site.sources,
    });
    for (let i = 0; i < (options.workers ?? 2); i++) workers.push(spawnWorker(env));
    await control.queues.add('discover', { type: 'run', trigger: 'manual' });
    const [min, max] = options.killEveryMs ?? [300, 1500];
    let kills = 0;
    let lastKill = Date.now();
    while (kills < options.kills) {
      await new Promise((r) => setTimeout(r, min + random() * (max - min)));
      const i = Math.floor(random() * workers.length);
      const victim = workers[i]!;
      victim.kill('SIGKILL');
      await exited(victim);
      kills++;
      lastKill = Date.now();
      workers[i] = spawnWorker(env);
    }
    let drainSeconds = 0;
    const drainExitCodes: (number | null)[] = [];
    for (let t = 0; t < (options.terminations ?? 0); t++) {
      // Long enough for the worker to be up and holding jobs: a process still loading dies of the signal itself.
      await new Promise((r) => setTimeout(r, 3000 + random() * (max - min)));
      const victim = workers[0]!;
      await victim.ready;
      const sent = Date.now();
      victim.kill('SIGTERM');
      drainExitCodes.push(await exited(victim));
      drainSeconds = Math.max(drainSeconds, (Date.now() - sent) / 1000);
      lastKill = Date.now();
      workers[0] = spawnWorker(env);
    }
    if (options.during) {
      await options.during(control);
      lastKill = Date.now(); // recovery counts from the moment the server is back
    }
    const timeoutMs = options.timeoutMs ?? 120_000;
    await until(
      'the run to finish',
      async () =>
        (await control.db
          .selectFrom('crawl_runs')
          .select('id')
          .where('status', '=', 'finished')
          .executeTakeFirst()) !== undefined,
      timeoutMs,
    );
    await control.queues.whenIdle(200);
    const recoverySeconds = (Date.now() - lastKill) / 1000;

    const rows = await control.db
      .selectFrom('article_urls')
      .innerJoin('articles', 'articles.id', 'article_urls.article_id')
      .select(['article_urls.url', 'articles.story_id'])
      .where('article_urls.case_id', '=', synced.id)
      .execute();
    const stored = new Set(rows.map((r) => r.url));
    const onTopic = options.site.articles.filter((a) => a.onTopic);
    const expected = new Set(onTopic.map((a) => canonicalUrl(a.url)));
    const storyKeys = new Set(onTopic.map((a) => a.story));
    const stories = Number(
      (
        await control.db
          .selectFrom('stories')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    return {
      expectedUrls: expected.size,
      storedUrls: stored.size,
      lost: [...expected].filter((u) => !stored.has(u)),
      duplicated: rows.length - stored.size + Math.max(0, stories - storyKeys.size),
      unexpected: [...stored].filter((u) => !expected.has(u)),
      kills,
      drainSeconds,
      drainExitCodes,
      recoverySeconds,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    for (const w of workers) w.kill('SIGKILL');
    await Promise.all(workers.map(exited));
    await control.close();
  }
}
