import { getDomain } from 'tldts';

/** A URL that cannot be fetched or stored: not http(s), unparseable, or absurdly long. */
export class InvalidUrlError extends Error {
  override name = 'InvalidUrlError';
}

const maxUrlLength = 2000;

// Parameters that only say who sent the reader or how; the page is the same without them. Deliberately not
// generic names such as `id`, `p`, `cid` or `page`, which some sites use to say which article to show.
const trackingParams =
  /^(utm_\w+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|mc_\w+|mkt_tok|_ga|_gl|_hsenc|_hsmi|hsctatracking|igshid|ocid|cmpid|cmp|s_cid|ito|ref|ref_src|ref_url|referrer|smid|smtyp|__twitter_impression|taid|at_\w+|guccounter|guce_\w+|spm|vero_id|oly_enc_id|oly_anon_id|rb_clickid|sr_share|share|feature|xtor|ns_\w+|icid|intcmp|wt\.\w+)$/i;

/** Parameters that select the AMP rendering of the same page. */
function isAmpParam(key: string, value: string): boolean {
  return /^amp$/i.test(key) || (/^(outputtype|output|format)$/i.test(key) && /^amp$/i.test(value));
}

/**
 * The canonical form of a URL: lower-case scheme and host, no default port, no fragment, no tracking
 * parameters, no AMP variant, remaining query sorted. Throws InvalidUrlError naming the input.
 */
export function canonicalUrl(raw: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    throw new InvalidUrlError(`not a URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidUrlError(`not an http(s) URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  if (url.href.length > maxUrlLength)
    throw new InvalidUrlError(`URL longer than ${maxUrlLength} characters: ${raw.slice(0, 80)}…`);
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.replace(/\.$/, '');
  if (url.hostname.startsWith('amp.')) url.hostname = url.hostname.slice(4);
  // AMP variants: /story/amp/ → /story/, /story/amp → /story, /story.amp.html → /story.html, /amp.html, ?amp
  url.pathname = url.pathname
    .replace(/(.)\/amp(\/?)$/i, '$1$2')
    .replace(/\.amp(\.html?)$/i, '$1')
    .replace(/\/amp\.html?$/i, '/')
    .replace(/\/{2,}/g, '/');
  const kept = [...url.searchParams].filter(
    ([key, value]) => !trackingParams.test(key) && !isAmpParam(key, value),
  );
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return url.toString();
}

/**
 * The site a URL belongs to: its registrable domain ("www.krqe.com" → "krqe.com"). An IP address or a bare
 * host name has none; there the origin's host and port stand for the site.
 */
export function siteOf(url: string): string {
  const { hostname, host } = new URL(url);
  return getDomain(hostname, { allowPrivateDomains: true }) ?? host;
}
