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
