// News-search feeds link through the search engine's redirector, not to the publisher. Following the redirect
// costs a request to the engine per result (and some answer only to browsers), and the redirector URL would be
// stored as the article's address. Where the format carries the target, it is read from the link instead.

/** Query parameters that redirectors use for their target (Bing News `url`, Google `url` / `q`, others `u`). */
const targetParams = ['url', 'u', 'q', 'target', 'dest', 'destination', 'redirect', 'to'];

function httpUrl(value: string | null | undefined): URL | undefined {
  if (!value || !/^https?:\/\//i.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * Google News article tokens (`/rss/articles/CBMi…`) of the older kind are base64url protobuf that holds the
 * target URL as a plain string; newer tokens are opaque and stay unresolved.
 */
function fromGoogleNewsToken(url: URL): URL | undefined {
  const token = /\/articles\/([\w-]+)/.exec(url.pathname)?.[1];
  if (!token) return undefined;
  const bytes = Buffer.from(token, 'base64url').toString('latin1');
  const found = /https?:\/\/[\x21-\x7e]+/.exec(bytes)?.[0];
  // The string field ends where a non-URL byte (the next field's tag) begins; a trailing tag byte such as 'Ò'
  // is outside the printable range matched above.
  return httpUrl(found);
}

/**
 * The publisher's URL of a link that points through a search engine's redirector, or the link itself when it
 * is not a redirector or its target cannot be read. Applied to the links of feeds and search results only,
 * where an absolute URL in one of the target parameters means a redirect, not a share button.
 */
export function publisherUrl(link: string): string {
  const url = httpUrl(link);
  if (!url) return link;
  for (const name of targetParams) {
    const target = httpUrl(url.searchParams.get(name));
    if (target) return target.toString();
  }
  if (url.hostname === 'news.google.com') return fromGoogleNewsToken(url)?.toString() ?? link;
  return link;
}
