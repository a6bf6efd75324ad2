export { createCrawleeFetcher } from './crawlee-fetcher.ts';
export type { CrawleeFetcherOptions } from './crawlee-fetcher.ts';
export type { Fetcher, FetchRequest, FetchResponse } from './types.ts';
export { FetchError } from './types.ts';
export { assertSuccess, RetryableHttpError, retryAfterMs } from './http-status.ts';
export type { HostResolver, UrlPolicy } from './url-safety.ts';
export { assertSafeUrl, UnsafeUrlError } from './url-safety.ts';
