export interface FetchRequest {
  url: string;
  /** Extra request headers, e.g. If-None-Match / If-Modified-Since for a conditional GET. */
  headers?: Record<string, string>;
}

export interface FetchResponse {
  /** The URL asked for. */
  url: string;
  /** The URL answered, after redirects. */
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  /** The body's bytes exactly as sent: decoding is the extractor's job, so charsets are handled in one place. */
  body: Buffer;
  fetchedAt: Date;
}

/** Fetches one URL. Resolves for every HTTP answer (any status); rejects for network errors and timeouts. */
export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResponse>;
  close(): Promise<void>;
}

/** A network-level failure (DNS, refused, reset, timeout): worth retrying later. */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
