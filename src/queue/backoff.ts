/** The longest a job waits before its next attempt, whatever a server's Retry-After says. */
export const maxRetryDelayMs = 3_600_000;

/**
 * How long to wait before the next attempt of a job that has failed `attemptsMade` times: exponential from
 * `baseMs`, with jitter (×0.5 to ×1.5) so jobs that failed together do not all come back together — or the
 * server's Retry-After when the error carries a longer one (RetryableHttpError's `retryAfterMs`).
 */
export function retryDelay(
  attemptsMade: number,
  baseMs: number,
  error?: unknown,
  random = Math.random,
): number {
  const exponential = baseMs * 2 ** Math.max(0, attemptsMade - 1) * (0.5 + random());
  const asked = (error as { retryAfterMs?: unknown } | undefined)?.retryAfterMs;
  const retryAfter = typeof asked === 'number' && Number.isFinite(asked) ? asked : 0;
  return Math.round(Math.min(maxRetryDelayMs, Math.max(exponential, retryAfter)));
}
