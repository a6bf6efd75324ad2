import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QueueEvents } from 'bullmq';
import { sql } from 'kysely';
import { loadCaseFile } from '../src/cases/index.ts';
import { defaultCaseFile, projectRoot } from '../src/config/index.ts';
import type { Db } from '../src/db/index.ts';
import { openDatabase } from '../src/db/index.ts';
import { syncCase } from '../src/pipeline/sync-cases.ts';
import { createBullQueues, queueNames } from '../src/queue/index.ts';
import type { QueueName } from '../src/queue/index.ts';
import { freshDatabase, freshQueuePrefix, redisUrl } from '../tests/helpers/services.ts';
import { serveBenchSite } from './pipeline-site.ts';
import { ingestCostByStoreSize } from './pipeline-store-size.ts';
import type { BenchSite } from './pipeline-site.ts';

// npm run bench:pipeline [-- --json] [--pages N] [--workers K] [--concurrency C] [--profile DIR] [--no-embedded]
//                        [--store-sizes 10000,100000,1000000 | none] [--ingest-batch 200] [--runtime js | tsx]
//
// The whole pipeline on a synthetic site served on 127.0.0.1: K `casewatch worker` processes on real Redis and
// PostgreSQL, then the same pass in embedded mode (`casewatch run --once`: PGlite and the in-process queue).
// Per-queue latency is job added → job completed, read from the BullMQ event stream (its entry ids are Redis
// time), since finished jobs are removed on completion. Peak RSS is each process's VmHWM from /proc.
// The processes run the compiled build (`npm run build` first, as production workers should), or with
// `--runtime tsx` the TypeScript sources through tsx.

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number ≥ 1`);
  return value;
}
function stringOption(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

const json = process.argv.includes('--json');
const pages = option('pages', 10_000);
const workerCount = option('workers', 2);
const concurrency = option('concurrency', 8);
const profileDir = stringOption('profile');
const embedded = !process.argv.includes('--no-embedded');
const workerNodeOptions = process.env.NODE_OPTIONS ?? '--max-old-space-size=160';
const storeSizesFlag = stringOption('store-sizes') ?? '10000,100000,1000000';
const storeSizes = storeSizesFlag === 'none' ? [] : storeSizesFlag.split(',').map((s) => Number(s.trim()));
if (storeSizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error('--store-sizes needs whole numbers joined by commas, or none');
const ingestBatch = option('ingest-batch', 200);
const runtimeFlag = stringOption('runtime') ?? 'js';
if (runtimeFlag !== 'js' && runtimeFlag !== 'tsx') throw new Error('--runtime needs js or tsx');
const runtime: 'js' | 'tsx' = runtimeFlag;
const say = (line: string) => {
  if (!json) console.log(line);
};
/** A pass's figures as soon as it ends: on stdout without --json, on stderr with it, so a later pass that fails
 * (the embedded pass, the store-size loads: many minutes more) does not take them with it. */
const report = (name: string, figures: unknown) => {
  if (json) process.stderr.write(`bench:pipeline: ${name}: ${JSON.stringify(figures)}\n`);
  else say(JSON.stringify(figures, null, 2));
};

interface Latency {
  jobs: number;
  p50Ms: number;
  p95Ms: number;
}

interface PassFigures {
  mode: 'services' | 'embedded';
  /** What the processes ran: the compiled build, or the TypeScript sources through tsx. */
  runtime: 'js' | 'tsx';
  workers: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  /** Pages that reached ingest (relevance, dedup, claims), whatever its verdict. */
  ingested: number;
  articlesPerSecond: number;
  articlesStored: number;
  claims: number;
  outcomes: Record<string, number>;
  peakRssMb: number;
  /** The V8 flags the worker processes ran with. */
  nodeOptions?: string;
  latency?: Partial<Record<QueueName, Latency>>;
  /**
   * CPU time the workers and their PostgreSQL backends used, per page (ms): less sensitive than wall time to
   * what else the machine runs, since a process waiting for the CPU is not charged.
   */
  /**
   * CPU a page: the workers', their PostgreSQL backends', Redis's, this bench process's (it serves the site and
   * reads the queues' event stream: work a real deployment does not pay) and the whole machine's (all cores).
   */
  cpuMsPerPage?: { workers: number; postgres: number; redis: number; bench: number; machine: number };
  /**
   * The largest worker's resident memory now (not its peak) each time another tenth of the pages has been
   * fetched: flat when nothing grows with the pages handled (per-crawl state, kept jobs, caches, listeners).
   */
  rssMbByProgress?: { pagesFetched: number; rssMb: number }[];
  /**
   * What the workers' PostgreSQL connections were doing, sampled every 250 ms: shares of all samples (`active`
   * and running, waiting for a lock, idle inside a transaction, idle).
   */
  connections?: Record<string, number>;
}

/** The most memory a process has held (VmHWM), in MB; 0 once it has exited. */
/** A process's peak resident memory so far (`VmHWM`), or what it holds now (`VmRSS`), in MB. */
function rssMb(pid: number | undefined, field: 'VmHWM' | 'VmRSS' = 'VmHWM'): number {
  if (!pid) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}
const peakRssMb = (pid: number | undefined) => rssMb(pid);

/** CPU time (user + system) a process has used, in ms; undefined once it has exited. */
function cpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    // The fields after the command name (which may hold spaces) start at its closing parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** The pid of the Redis server on this machine, if one runs here (its CPU is part of a page's cost). */
function redisPid(): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'redis-server') return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

/** CPU time all cores of the machine have been busy (not idle, not waiting on I/O), in ms. */
function machineBusyMs(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  const all = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  return ((all - idle) * 1000) / 100;
}

function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

function cli(args: string[], env: NodeJS.ProcessEnv, nodeFlags: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, path.join(projectRoot, 'bin', 'casewatch.js'), ...args], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function writeCaseFile(dir: string, site: BenchSite): string {
  const file = path.join(dir, 'case.json');
  writeFileSync(file, JSON.stringify({ ...loadCaseFile(defaultCaseFile), sources: site.sources }, null, 1));
  return file;
}

async function pageFigures(
  db: Db,
): Promise<Pick<PassFigures, 'ingested' | 'articlesStored' | 'claims' | 'outcomes'>> {
  const rows = await db
    .selectFrom('pages')
    .select(['outcome', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('outcome')
    .execute();
  const outcomes = Object.fromEntries(rows.map((r) => [r.outcome ?? 'pending', Number(r.n)]));
  const notIngested = ['not_article', 'failed', 'gone', 'pending'];
  const ingested = rows
    .filter((r) => !notIngested.includes(r.outcome ?? 'pending'))
    .reduce((s, r) => s + Number(r.n), 0);
  const n = async (table: 'articles' | 'claims') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { ingested, articlesStored: await n('articles'), claims: await n('claims'), outcomes };
}

async function servicesPass(site: BenchSite, caseFile: string, tmp: string): Promise<PassFigures> {
  const store = await freshDatabase('bench_pipeline');
  const prefix = freshQueuePrefix('bench-pipeline');
  const queues = createBullQueues({ redisUrl, prefix: prefix.prefix });
  const events = new Map<QueueName, QueueEvents>();
  const added = new Map<string, number>();
  const waits = new Map<QueueName, number[]>(queueNames.map((q) => [q, []]));
  const workers: ChildProcess[] = [];
  const peaks = new Map<number, number>();
  // CPU ms per process, the latest reading (a pid keeps its last one once it has gone).
  const workerCpu = new Map<number, number>();
  const backendCpu = new Map<number, number>();
  const states = new Map<string, number>();
  const rssByProgress: { pagesFetched: number; rssMb: number }[] = [];
  let sampler: NodeJS.Timeout | undefined;
  let sampling = false;
  try {
    await syncCase(store.db, loadCaseFile(caseFile));
    for (const name of queueNames) {
      const qe = new QueueEvents(name, { connection: { url: redisUrl }, prefix: prefix.prefix });
      const at = (id: string) => Number(id.split('-')[0]);
      qe.on('added', ({ jobId }, id) => added.set(`${name}:${jobId}`, at(id)));
      qe.on('completed', ({ jobId }, id) => {
        const start = added.get(`${name}:${jobId}`);
        if (start !== undefined) waits.get(name)!.push(at(id) - start);
        added.delete(`${name}:${jobId}`);
      });
      await qe.waitUntilReady();
      events.set(name, qe);
    }
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // Workers run with the heap limit the README gives for production (V8 otherwise lets the heap grow far
      // past what a worker holds before collecting); NODE_OPTIONS set for the bench replaces it.
      NODE_OPTIONS: workerNodeOptions,
      DATABASE_URL: store.url,
      REDIS_URL: redisUrl,
      CASEWATCH_RUNTIME: runtime,
      CASEWATCH_QUEUE_PREFIX: prefix.prefix,
      CASEWATCH_CASES: caseFile,
      CASEWATCH_ALLOW_HOSTS: '127.0.0.1',
      CASEWATCH_SOURCE_JITTER_MS: '0',
      CASEWATCH_CONCURRENCY: String(concurrency),
      CASEWATCH_DATA_DIR: path.join(tmp, 'data-services'),
      CASEWATCH_OUT_DIR: path.join(tmp, 'out'),
      LOG_LEVEL: 'warn',
    };
    for (let k = 0; k < workerCount; k++) {
      const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
      workers.push(cli(['worker'], env, flags));
    }
    const database = new URL(store.url).pathname.slice(1);
    const sampleConnections = async () => {
      const { rows } = await sql<{ pid: number; state: string | null; wait: string | null }>`
        select pid, state, wait_event_type || ':' || wait_event as wait
        from pg_stat_activity where datname = ${database} and pid <> pg_backend_pid()`.execute(store.db);
      for (const r of rows) {
        const ms = cpuMs(r.pid);
        if (ms !== undefined) backendCpu.set(r.pid, ms);
        const state =
          r.state === 'active' ? (r.wait?.startsWith('Lock:') ? r.wait : 'active') : (r.state ?? 'unknown');
        states.set(state, (states.get(state) ?? 0) + 1);
      }
    };
    sampler = setInterval(() => {
      for (const w of workers) {
        if (!w.pid) continue;
        peaks.set(w.pid, Math.max(peaks.get(w.pid) ?? 0, peakRssMb(w.pid)));
        const ms = cpuMs(w.pid);
        if (ms !== undefined) workerCpu.set(w.pid, ms);
      }
      const fetched = waits.get('fetch')!.length;
      const tenth = Math.ceil(pages / 10);
      if (fetched >= (rssByProgress.length + 1) * tenth)
        rssByProgress.push({
          pagesFetched: fetched,
          rssMb: Math.max(0, ...workers.map((w) => rssMb(w.pid, 'VmRSS'))),
        });
      if (sampling) return;
      sampling = true;
      sampleConnections()
        .catch(() => undefined)
        .finally(() => (sampling = false));
    }, 250);
    // Workers are up once their queues have a worker registered in Redis.
    const control = createBullQueues({ redisUrl, prefix: prefix.prefix });
    await new Promise((r) => setTimeout(r, 1500));
    const started = Date.now();
    const redis = redisPid();
    const before = { redis: cpuMs(redis) ?? 0, bench: ownCpuMs(), machine: machineBusyMs() };
    await control.add('discover', { type: 'run', trigger: 'manual' });
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      const run = await store.db
        .selectFrom('crawl_runs')
        .select('status')
        .where('status', '=', 'finished')
        .executeTakeFirst();
      if (!run) continue;
      await control.whenIdle(100);
      break;
    }
    const seconds = (Date.now() - started) / 1000;
    const spent = {
      redis: (cpuMs(redis) ?? 0) - before.redis,
      bench: ownCpuMs() - before.bench,
      machine: machineBusyMs() - before.machine,
    };
    await control.close();
    clearInterval(sampler);
    for (const w of workers) {
      if (!w.pid) continue;
      peaks.set(w.pid, Math.max(peaks.get(w.pid) ?? 0, peakRssMb(w.pid)));
      const ms = cpuMs(w.pid);
      if (ms !== undefined) workerCpu.set(w.pid, ms);
    }
    await sampleConnections().catch(() => undefined);
    const figures = await pageFigures(store.db);
    const latency: Partial<Record<QueueName, Latency>> = {};
    for (const [name, list] of waits) {
      if (list.length === 0) continue;
      const sorted = list.sort((a, b) => a - b);
      latency[name] = {
        jobs: sorted.length,
        p50Ms: percentile(sorted, 0.5),
        p95Ms: percentile(sorted, 0.95),
      };
    }
    return {
      mode: 'services',
      runtime,
      workers: workerCount,
      pages,
      seconds: round(seconds),
      pagesPerSecond: round(pages / seconds),
      articlesPerSecond: round(figures.ingested / seconds),
      ...figures,
      peakRssMb: Math.max(0, ...peaks.values()),
      nodeOptions: workerNodeOptions,
      latency,
      cpuMsPerPage: {
        workers: round([...workerCpu.values()].reduce((a, b) => a + b, 0) / pages),
        postgres: round([...backendCpu.values()].reduce((a, b) => a + b, 0) / pages),
        redis: round(spent.redis / pages),
        bench: round(spent.bench / pages),
        machine: round(spent.machine / pages),
      },
      connections: shares(states),
      rssMbByProgress: rssByProgress,
    };
  } finally {
    if (sampler) clearInterval(sampler);
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.exitCode !== null) return resolve();
            w.once('exit', () => resolve());
            w.kill('SIGTERM');
          }),
      ),
    );
    await Promise.allSettled([...events.values()].map((e) => e.close()));
    await queues.close().catch(() => undefined);
    await Promise.allSettled([store.drop(), prefix.remove()]);
  }
}

async function embeddedPass(caseFile: string, tmp: string): Promise<PassFigures> {
  const dataDir = path.join(tmp, 'data-embedded');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CASEWATCH_RUNTIME: runtime,
    CASEWATCH_CASES: caseFile,
    CASEWATCH_ALLOW_HOSTS: '127.0.0.1',
    CASEWATCH_SOURCE_JITTER_MS: '0',
    CASEWATCH_CONCURRENCY: String(concurrency),
    CASEWATCH_DATA_DIR: dataDir,
    CASEWATCH_OUT_DIR: path.join(tmp, 'out'),
    LOG_LEVEL: 'warn',
  };
  const started = Date.now();
  const child = cli(['run', '--once', '--json'], env);
  child.stdout?.resume();
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, peakRssMb(child.pid))), 250);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  if (code !== 0) throw new Error(`casewatch run --once exited with ${code}`);
  const db = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
  try {
    const figures = await pageFigures(db);
    return {
      mode: 'embedded',
      runtime,
      workers: 1,
      pages,
      seconds: round(seconds),
      pagesPerSecond: round(pages / seconds),
      articlesPerSecond: round(figures.ingested / seconds),
      ...figures,
      peakRssMb: peak,
    };
  } finally {
    await db.destroy();
  }
}

function shares(counts: Map<string, number>): Record<string, number> {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(sorted.map(([k, n]) => [k, Math.round((n / Math.max(1, total)) * 100) / 100]));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Compiles the sources to dist/ (the bench times what production runs, not tsx's loader). */
function build(): void {
  const started = Date.now();
  // NODE_OPTIONS given for the workers (a heap limit) is not the compiler's.
  const { NODE_OPTIONS: _workers, ...env } = process.env;
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) throw new Error('npm run build failed (--runtime tsx runs the sources instead)');
  say(`built dist/ in ${round((Date.now() - started) / 1000)} s`);
}

async function main(): Promise<void> {
  if (runtime === 'js') build();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cw-bench-pipeline-'));
  const site = await serveBenchSite(pages);
  try {
    const caseFile = writeCaseFile(tmp, site);
    say(
      `${pages} pages (${site.onTopic} about the case) from ${site.sources.length} sources; ${workerCount} worker(s) running ${runtime === 'js' ? 'the build' : 'the sources through tsx'}`,
    );
    const services = await servicesPass(site, caseFile, tmp);
    report('services pass', services);
    const inProcess = embedded ? await embeddedPass(caseFile, tmp) : undefined;
    if (inProcess) report('embedded pass', inProcess);
    const byStoreSize = storeSizes.length
      ? await ingestCostByStoreSize(storeSizes, ingestBatch, say)
      : undefined;
    const load = os.loadavg()[0]!;
    if (json) {
      console.log(
        JSON.stringify({
          ...services,
          cores: os.cpus().length,
          loadAverage: round(load),
          embedded: inProcess,
          ingestByStoreSize: byStoreSize,
        }),
      );
    } else {
      say(
        `load average at the end ${load.toFixed(1)} on ${os.cpus().length} cores: figures are noisy when others share the machine`,
      );
    }
  } finally {
    await site.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
