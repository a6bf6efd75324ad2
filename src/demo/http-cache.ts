import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A strong validator for a body: the same bytes always give the same tag. */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
}

/**
 * Whether a conditional GET may be answered 304. If-None-Match wins over If-Modified-Since when both are
 * sent (RFC 9110 §13.2.2); a date is compared at whole seconds, the precision HTTP dates have.
 */
export function isNotModified(
  request: IncomingMessage,
  etag: string,
  lastModified: Date | undefined,
): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === '*' || tag === etag);
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince && lastModified) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}
