import { describe, expect, it } from 'vitest';
import { faultCases } from '../helpers/fault-server.ts';
import { runHostileCases } from '../helpers/hostile-run.ts';

// A spread of the generated hostile cases (every kind: broken HTML, binary bodies, lying charsets, 50 MB and
// gzip-bomb bodies, slow drips, redirect loops, error statuses, entity bombs and 10,000-item feeds) read through
// the configured fetcher and the extractor or feed reader. Each must end as its expected page, feed or error;
// bench:chaos runs all of them.

describe('hostile inputs', () => {
  it('generates more than a thousand cases, the same ones for one seed', () => {
    const a = faultCases({ seed: 7, maxBodyBytes: 1024, timeoutMs: 1000 });
    const b = faultCases({ seed: 7, maxBodyBytes: 1024, timeoutMs: 1000 });
    expect(a.length).toBeGreaterThanOrEqual(1000);
    expect(b).toEqual(a);
  });

  it('ends every case as its expected result or a clear error, in bounded memory', async () => {
    const run = await runHostileCases({ seed: 1, count: 160, concurrency: 16, timeoutMs: 1500 });
    console.log(
      `hostile inputs: ${run.tried} cases, ${run.passed} as expected, ${run.crashes} crashes, peak RSS ${run.peakRssMb} MB, ${run.seconds}s`,
    );
    expect(run.failures).toEqual([]);
    expect(run.crashes).toBe(0);
    expect(run.peakRssMb).toBeLessThan(1024);
  }, 90_000);
});
