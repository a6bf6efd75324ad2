import { PermanentError } from '../queue/index.ts';
import type { FetchResponse } from './types.ts';

/** An HTTP answer worth asking again later (429, 5xx, 408). Carries the server's Retry-After, if it gave one. */
export class RetryableHttpError extends Error {
  override name = 'RetryableHttpError';
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** Retry-After as milliseconds from now: either delay-seconds or an HTTP date. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Throws unless the response is a 2xx (or 304 when `allowNotModified`). 4xx answers are permanent
 * (PermanentError) except 408, 425 and 429; 5xx are retryable.
 */
export function assertSuccess(response: FetchResponse, what: string, allowNotModified = false): void {
  const { status } = response;
  if ((status >= 200 && status < 300) || (allowNotModified && status === 304)) return;
  const message = `${what}: HTTP ${status} from ${response.finalUrl}`;
  if (status === 408 || status === 425 || status === 429 || status >= 500) {
    throw new RetryableHttpError(status, retryAfterMs(response.headers['retry-after']), message);
  }
  throw new PermanentError(message);
}
