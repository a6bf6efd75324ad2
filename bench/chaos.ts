// Chaos: the hostile-input suite (every generated case) and the crash scenarios (20 SIGKILLs of worker
// processes, SIGTERM drains, a Redis restart and two PostgreSQL restarts mid-run), with the figures that matter:
// cases tried, crashes, lost and duplicated articles, peak memory, recovery times.
//
//   npm run bench:chaos [-- --json] [--cases N] [--kills N] [--only NAME[,NAME…]] [--timeout S]
//
// --only runs just the named parts: hostile, sigkill, redis-restart, postgres-restart (3 s down, 1.5 s after
// the run is asked for), postgres-restart-mid-run (3 s down once articles are being stored).

import { ensureMigrated, openDatabase } from '../src/db/index.ts';
import { serveFixtureSite } from '../src/demo/index.ts';
import type { CrashRunResult } from '../tests/helpers/crash-run.ts';
import { crashRun } from '../tests/helpers/crash-run.ts';
import { runHostileCases } from '../tests/helpers/hostile-run.ts';
import { privatePostgres, privateRedis } from '../tests/helpers/private-servers.ts';
import { freshDatabase, freshQueuePrefix, redisUrl } from '../tests/helpers/services.ts';

function flag(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : undefined;
  return raw === undefined ? undefined : Number(raw);
}
const json = process.argv.includes('--json');
const parts = ['hostile', 'sigkill', 'redis-restart', 'postgres-restart', 'postgres-restart-mid-run'];
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : parts;
for (const name of only) {
  if (!parts.includes(name)) {
    process.stderr.write(`bench:chaos: unknown part ${JSON.stringify(name)} (parts: ${parts.join(', ')})\n`);
    process.exit(2);
  }
}
const runs = (name: string) => only.includes(name);
const say = (line: string) => {
  if (!json) process.stdout.write(`${line}\n`);
};

interface Scenario {
  name: string;
  ok: boolean;
  lost: number;
  duplicated: number;
  unexpected: number;
  kills: number;
  /** Workers that ended by themselves (a crash, or giving up at start). */
  workerExits: number;
  recoverySeconds: number;
  seconds: number;
  drainSeconds?: number;
  duplicates?: string[];
  error?: string;
}

function scenarioOf(name: string, r: CrashRunResult): Scenario {
  return {
    name,
    ok: r.lost.length === 0 && r.duplicated === 0 && r.unexpected.length === 0 && r.workerExits === 0,
    lost: r.lost.length,
    duplicated: r.duplicated,
    unexpected: r.unexpected.length,
    kills: r.kills,
    workerExits: r.workerExits,
    recoverySeconds: r.recoverySeconds,
    seconds: r.seconds,
    ...(r.drainExitCodes.length ? { drainSeconds: r.drainSeconds } : {}),
    ...(r.duplicates.length ? { duplicates: r.duplicates.slice(0, 5) } : {}),
  };
}

async function scenario(name: string, run: () => Promise<CrashRunResult>): Promise<Scenario> {
  say(`${name}…`);
  try {
    const s = scenarioOf(name, await run());
    say(`  ${JSON.stringify(s)}`);
    return s;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    say(`  failed: ${message}`);
    return {
      name,
      ok: false,
      lost: -1,
      duplicated: -1,
      unexpected: -1,
      kills: 0,
      workerExits: -1,
      recoverySeconds: -1,
      seconds: -1,
      error: message,
    };
  }
}

const started = Date.now();
const hostile = runs('hostile')
  ? await (async () => {
      say('hostile inputs…');
      const h = await runHostileCases({ seed: 1, count: flag('cases'), concurrency: 16, timeoutMs: 1500 });
      say(
        `  ${h.tried} cases, ${h.passed} as expected, ${h.failures.length} unexpected, ${h.crashes} crashes, peak RSS ${h.peakRssMb} MB, ${h.seconds}s`,
      );
      for (const f of h.failures.slice(0, 10)) say(`  unexpected: ${JSON.stringify(f)}`);
      return h;
    })()
  : { tried: 0, passed: 0, failures: [], crashes: 0, peakRssMb: 0, seconds: 0 };

const site = await serveFixtureSite();
const scenarios: Scenario[] = [];

if (runs('sigkill'))
  scenarios.push(
    await scenario('sigkill', async () => {
      const store = await freshDatabase('chaos_kill');
      const prefix = freshQueuePrefix('chaos-kill');
      try {
        return await crashRun({
          site,
          databaseUrl: store.url,
          redisUrl,
          queuePrefix: prefix.prefix,
          kills: flag('kills') ?? 20,
          killEveryMs: [300, 1000],
          terminations: 2,
          seed: 11,
          timeoutMs: (flag('timeout') ?? 180) * 1000,
        });
      } finally {
        await Promise.allSettled([store.drop(), prefix.remove()]);
      }
    }),
  );

if (runs('redis-restart'))
  scenarios.push(
    await scenario('redis-restart', async () => {
      const redis = await privateRedis();
      const store = await freshDatabase('chaos_redis');
      try {
        return await crashRun({
          site,
          databaseUrl: store.url,
          redisUrl: redis.url,
          queuePrefix: 'chaos',
          kills: 0,
          seed: 12,
          timeoutMs: (flag('timeout') ?? 180) * 1000,
          during: async () => {
            await new Promise((r) => setTimeout(r, 1500));
            // Killed outright; its append-only file brings the queues back on restart.
            await redis.stop();
            await new Promise((r) => setTimeout(r, 3000));
            await redis.start();
          },
        });
      } finally {
        await Promise.allSettled([redis.remove(), store.drop()]);
      }
    }),
  );

/**
 * A run on a PostgreSQL of its own, stopped for 3 s once `when` resolves: 1.5 s after the run is asked for (the
 * workers may still be loading, or busy, or not yet at work) or mid-run (once articles are being stored).
 */
async function postgresRestart(name: string, seed: number, when: 'timed' | 'mid-run'): Promise<Scenario> {
  return scenario(name, async () => {
    const pg = await privatePostgres();
    const db = await openDatabase({ url: pg.url });
    const prefix = freshQueuePrefix('chaos-pg');
    try {
      await ensureMigrated(db);
      await db.destroy();
      return await crashRun({
        site,
        databaseUrl: pg.url,
        redisUrl,
        queuePrefix: prefix.prefix,
        kills: 0,
        seed,
        timeoutMs: (flag('timeout') ?? 180) * 1000,
        during: async (control) => {
          if (when === 'timed') await new Promise((r) => setTimeout(r, 1500));
          else {
            const deadline = Date.now() + 60_000;
            while (Date.now() < deadline) {
              const stored = await control.db
                .selectFrom('pages')
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .where('outcome', '=', 'stored')
                .executeTakeFirstOrThrow();
              if (Number(stored.n) >= 3) break;
              await new Promise((r) => setTimeout(r, 50));
            }
          }
          await pg.stop();
          await new Promise((r) => setTimeout(r, 3000));
          await pg.start();
        },
      });
    } finally {
      await Promise.allSettled([pg.remove(), prefix.remove()]);
    }
  });
}

if (runs('postgres-restart')) scenarios.push(await postgresRestart('postgres-restart', 13, 'timed'));
if (runs('postgres-restart-mid-run'))
  scenarios.push(await postgresRestart('postgres-restart-mid-run', 14, 'mid-run'));
await site.close();

const figures = {
  casesTried: hostile.tried,
  casesAsExpected: hostile.passed,
  casesUnexpected: hostile.failures.length,
  // Which, so a failed run says what failed in --json too (the first ten).
  unexpectedCases: hostile.failures.slice(0, 10),
  crashes: hostile.crashes,
  peakRssMb: hostile.peakRssMb,
  hostileSeconds: hostile.seconds,
  killCount: scenarios.reduce((n, s) => n + s.kills, 0),
  workerExits: scenarios.reduce((n, s) => n + Math.max(0, s.workerExits), 0),
  lost: scenarios.reduce((n, s) => n + Math.max(0, s.lost), 0),
  duplicated: scenarios.reduce((n, s) => n + Math.max(0, s.duplicated), 0),
  recoverySeconds: Object.fromEntries(scenarios.map((s) => [s.name, s.recoverySeconds])),
  drainSeconds: scenarios.find((s) => s.drainSeconds !== undefined)?.drainSeconds ?? null,
  scenarios,
  totalSeconds: (Date.now() - started) / 1000,
};
if (json) process.stdout.write(`${JSON.stringify(figures)}\n`);
else {
  say('');
  say(
    `cases tried ${figures.casesTried}, crashes ${figures.crashes}, unexpected ${figures.casesUnexpected}, peak RSS ${figures.peakRssMb} MB`,
  );
  say(
    `kills ${figures.killCount}, workers exited by themselves ${figures.workerExits}, lost ${figures.lost}, duplicated ${figures.duplicated}`,
  );
  say(
    `recovery (s): ${JSON.stringify(figures.recoverySeconds)}, SIGTERM drain ${figures.drainSeconds}s, total ${figures.totalSeconds}s`,
  );
}
process.exit(figures.crashes === 0 && figures.casesUnexpected === 0 && scenarios.every((s) => s.ok) ? 0 : 1);
