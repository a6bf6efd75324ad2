/**
 * A failure that retrying cannot fix: a 404, a page that is not an article, bad input. Queues stop retrying
 * at once (BullMQ's UnrecoverableError is raised in its place). Anything else thrown is retried with backoff.
 */
export class PermanentError extends Error {
  override name = 'PermanentError';
}

export function isPermanent(error: unknown): boolean {
  return error instanceof PermanentError || (error instanceof Error && error.name === 'UnrecoverableError');
}

/**
 * A job could not run because a service it needs (the store) is unreachable. The queues try it again, with
 * backoff, until the service is back: these tries do not count against its attempts, so an outage longer than
 * the retry schedule does not fail work that has nothing wrong with it.
 */
export class ServiceUnavailableError extends Error {
  override name = 'ServiceUnavailableError';
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

export function isUnavailable(error: unknown): boolean {
  return (
    error instanceof ServiceUnavailableError ||
    (error instanceof Error && error.name === 'ServiceUnavailableError')
  );
}

/**
 * How long a job waits for an unreachable service before its `waits`-th try (1 for the first): exponential
 * from `baseMs` with jitter (×0.5 to ×1.5), at most 15 s, so jobs come back soon after the service does.
 */
export function unavailableDelay(waits: number, baseMs = 500, random = Math.random): number {
  const exponential = baseMs * 2 ** (Math.min(Math.max(waits, 1), 10) - 1) * (0.5 + random());
  return Math.round(Math.min(15_000, exponential));
}
