import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
  during?: (control: App, workers: readonly WorkerProcess[]) => Promise<void>;
}

export interface CrashRunResult {
  expectedUrls: number;
  storedUrls: number;
  lost: string[];
  /** URLs stored more than once, plus stories beyond the fixture's. */
  duplicated: number;
  /** What was duplicated: each URL stored more than once, each fixture story stored as more than one story. */
  duplicates: string[];
  unexpected: string[];
  kills: number;
  /** Workers that ended without being killed or told to stop (a crash, or giving up at start). */
  workerExits: number;
  /** Longest time a worker took to exit after SIGTERM, and the worst exit code seen. */
  drainSeconds: number;
  drainExitCodes: (number | null)[];
  /** From the last kill (or the server's return, with `during`) to the run's end. */
  recoverySeconds: number;
  seconds: number;
}

// CASEWATCH_WORKER_LOGS=DIR keeps each worker's output (at debug level) in DIR/worker-<pid>.log, to see what
// a failed run did.
const logDir = process.env.CASEWATCH_WORKER_LOGS;

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
    LOG_LEVEL: logDir ? 'debug' : 'info',
  };
}

/** A `casewatch worker` child process: `ready` resolves once it logs that it has started (or it exits). */
export type WorkerProcess = ChildProcess & {
  ready: Promise<void>;
  /** What it has printed so far (its first megabyte). */
  output(): string;
};

/** Starts `casewatch worker` as a child process. */
export function spawnWorker(env: NodeJS.ProcessEnv): WorkerProcess {
  const child = spawn(process.execPath, [bin, 'worker'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (logDir) {
    mkdirSync(logDir, { recursive: true });
    const file = createWriteStream(join(logDir, `worker-${child.pid}.log`));
    child.stdout?.pipe(file, { end: false });
    child.stderr?.pipe(file, { end: false });
    child.once('close', () => file.end());
  }
  let seen = '';
  const ready = new Promise<void>((resolve) => {
    const watch = (data: Buffer) => {
      if (seen.length < 1_000_000) seen += data.toString();
      if (seen.includes('worker started')) resolve();
    };
    // The logger writes to stderr; both streams are read so neither fills up.
    child.stdout?.on('data', watch);
    child.stderr?.on('data', watch);
    child.once('exit', () => resolve());
  });
  return Object.assign(child, { ready, output: () => seen });
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

/** What a run that did not finish was left waiting on: its runs, pages and sources by state, and the queues. */
async function stuckState(control: App): Promise<string> {
  try {
    const runs = await control.db.selectFrom('crawl_runs').select(['id', 'status', 'trigger']).execute();
    const pages = await control.db
      .selectFrom('pages')
      .select((eb) => ['state', 'outcome', eb.fn.countAll<number>().as('n')])
      .groupBy(['state', 'outcome'])
      .execute();
    const sources = await control.db
      .selectFrom('run_sources')
      .select((eb) => ['run_id', 'state', 'outcome', eb.fn.countAll<number>().as('n')])
      .groupBy(['run_id', 'state', 'outcome'])
      .execute();
    const queued = await control.db
      .selectFrom('pages')
      .select(['url', 'attempts', 'reason'])
      .where('state', '=', 'queued')
      .limit(5)
      .execute();
    const queues = await control.queues.counts();
    return JSON.stringify({ runs, pages, sources, queued, queues });
  } catch (error) {
    return `state unreadable: ${(error as Error).message}`;
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
  const workers: WorkerProcess[] = [];
  const signalled = new WeakSet<ChildProcess>();
  let workerExits = 0;
  const spawnWatched = () => {
    const child = spawnWorker(env);
    child.once('exit', () => {
      if (!signalled.has(child)) workerExits++;
    });
    return child;
  };
  const signal = (child: ChildProcess, name: NodeJS.Signals) => {
    signalled.add(child);
    child.kill(name);
  };
  try {
    const synced = await syncCase(control.db, {
      ...loadCaseFile(defaultCaseFile),
      sources: options.site.sources,
    });
    for (let i = 0; i < (options.workers ?? 2); i++) workers.push(spawnWatched());
    await control.queues.add('discover', { type: 'run', trigger: 'manual' });
    const [min, max] = options.killEveryMs ?? [300, 1500];
    let kills = 0;
    let lastKill = Date.now();
    while (kills < options.kills) {
      await new Promise((r) => setTimeout(r, min + random() * (max - min)));
      const i = Math.floor(random() * workers.length);
      const victim = workers[i]!;
      signal(victim, 'SIGKILL');
      await exited(victim);
      kills++;
      lastKill = Date.now();
      workers[i] = spawnWatched();
    }
    let drainSeconds = 0;
    const drainExitCodes: (number | null)[] = [];
    for (let t = 0; t < (options.terminations ?? 0); t++) {
      // Long enough for the worker to be up and holding jobs: a process still loading dies of the signal itself.
      await new Promise((r) => setTimeout(r, 3000 + random() * (max - min)));
      const victim = workers[0]!;
      await victim.ready;
      const sent = Date.now();
      signal(victim, 'SIGTERM');
      drainExitCodes.push(await exited(victim));
      drainSeconds = Math.max(drainSeconds, (Date.now() - sent) / 1000);
      lastKill = Date.now();
      workers[0] = spawnWatched();
    }
    if (options.during) {
      await options.during(control, workers);
      lastKill = Date.now(); // recovery counts from the moment the server is back
    }
    const timeoutMs = options.timeoutMs ?? 120_000;
    try {
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
    } catch (error) {
      throw new Error(`${(error as Error).message}; ${await stuckState(control)}`, { cause: error });
    }
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
    const duplicates: string[] = [];
    const seenUrls = new Set<string>();
    for (const r of rows) {
      if (seenUrls.has(r.url)) duplicates.push(`url stored twice: ${r.url}`);
      seenUrls.add(r.url);
    }
    const storyOf = new Map<string, string>();
    for (const a of onTopic) {
      for (const u of [a.url, ...a.variantUrls]) {
        try {
          storyOf.set(canonicalUrl(u), a.story);
        } catch {
          // not a URL the store could hold
        }
      }
    }
    const split = new Map<string, Map<number, string[]>>();
    for (const r of rows) {
      const key = storyOf.get(r.url);
      if (key === undefined) continue;
      const byStory = split.get(key) ?? new Map<number, string[]>();
      byStory.set(r.story_id, [...(byStory.get(r.story_id) ?? []), r.url]);
      split.set(key, byStory);
    }
    for (const [key, byStory] of split) {
      if (byStory.size > 1)
        duplicates.push(`story ${key} stored as ${byStory.size}: ${JSON.stringify([...byStory])}`);
    }
    // A story no stored URL leads to counts as a duplicate too: name it by its articles' own URLs.
    const reached = new Set(rows.map((r) => r.story_id));
    const storyArticles = await control.db
      .selectFrom('stories')
      .leftJoin('articles', 'articles.story_id', 'stories.id')
      .select(['stories.id', 'stories.title', 'articles.canonical_url'])
      .execute();
    const unreachedUrls = new Map<number, { title: string; urls: string[] }>();
    for (const s of storyArticles) {
      if (reached.has(s.id)) continue;
      const entry = unreachedUrls.get(s.id) ?? { title: s.title, urls: [] };
      if (s.canonical_url) entry.urls.push(s.canonical_url);
      unreachedUrls.set(s.id, entry);
    }
    for (const [id, { title, urls }] of unreachedUrls)
      duplicates.push(`story ${id} (${title}) reached by no stored URL: ${JSON.stringify(urls)}`);
    return {
      expectedUrls: expected.size,
      storedUrls: stored.size,
      lost: [...expected].filter((u) => !stored.has(u)),
      duplicated: rows.length - stored.size + Math.max(0, stories - storyKeys.size),
      duplicates,
      unexpected: [...stored].filter((u) => !expected.has(u)),
      kills,
      workerExits,
      drainSeconds,
      drainExitCodes,
      recoverySeconds,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    for (const w of workers) signal(w, 'SIGKILL');
    await Promise.all(workers.map(exited));
    await control.close();
  }
}
