import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureSite } from '../../src/demo/index.ts';
import { serveFixtureSite } from '../../src/demo/index.ts';
import { crashRun } from '../helpers/crash-run.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase, freshQueuePrefix, redisUrl } from '../helpers/services.ts';

// Worker processes killed with SIGKILL mid-run: BullMQ hands their stalled jobs to the others, and the stages'
// idempotence keeps the store exact — every expected article URL once, no story twice. bench:chaos kills 20 times.

let site: FixtureSite;
let store: FreshDatabase;
let prefix: ReturnType<typeof freshQueuePrefix>;

beforeAll(async () => {
  [site, store] = await Promise.all([serveFixtureSite(), freshDatabase('crash_safety')]);
  prefix = freshQueuePrefix('crash');
});
afterAll(async () => {
  await Promise.allSettled([site?.close(), store?.drop(), prefix?.remove()]);
});

describe('crash safety', () => {
  it('loses no article and stores none twice when workers are killed 5 times and drained twice', async () => {
    const result = await crashRun({
      site,
      databaseUrl: store.url,
      redisUrl,
      queuePrefix: prefix.prefix,
      kills: 5,
      terminations: 2,
      killEveryMs: [400, 1200],
      seed: 3,
    });
    console.log(`crash safety: ${JSON.stringify({ ...result, lost: result.lost.length })}`);
    expect(result.lost).toEqual([]);
    expect(result.unexpected).toEqual([]);
    expect(result.duplicated).toBe(0);
    expect(result.kills).toBe(5);
    expect(result.workerExits).toBe(0);
    // SIGTERM: the worker finishes or hands back its jobs and exits (143) within 10 s
    expect(result.drainSeconds).toBeLessThan(10);
    expect(result.drainExitCodes).toEqual([143, 143]);
  }, 120_000);
});
