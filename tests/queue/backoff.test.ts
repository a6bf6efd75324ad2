import { describe, expect, it } from 'vitest';
import { maxRetryDelayMs, retryDelay } from '../../src/queue/backoff.ts';

describe('retryDelay', () => {
  it('doubles with each attempt, with jitter between half and one and a half times', () => {
    expect(retryDelay(1, 1000, undefined, () => 0)).toBe(500);
    expect(retryDelay(1, 1000, undefined, () => 0.999999)).toBe(1500);
    expect(retryDelay(3, 1000, undefined, () => 0.5)).toBe(4000);
  });

  it('waits for a longer Retry-After, and never more than an hour', () => {
    expect(retryDelay(1, 1000, { retryAfterMs: 120_000 }, () => 0.5)).toBe(120_000);
    expect(retryDelay(4, 1000, { retryAfterMs: 10 }, () => 0.5)).toBe(8000);
    expect(retryDelay(1, 1000, { retryAfterMs: 10 * maxRetryDelayMs }, () => 0.5)).toBe(maxRetryDelayMs);
    expect(retryDelay(30, 1000, new Error('x'), () => 0.5)).toBe(maxRetryDelayMs);
  });
});
