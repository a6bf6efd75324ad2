import { lookup as dnsLookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { PermanentError } from '../queue/errors.ts';

/**
 * A URL casewatch will not fetch: not http(s), or its host is (or resolves to) a loopback, private, link-local,
 * cloud-metadata or otherwise non-public address, and is not on the allow-list. Permanent: retrying cannot help.
 */
export class UnsafeUrlError extends PermanentError {
  override name = 'UnsafeUrlError';
}

/** Resolves a host name to all its addresses (the system resolver by default; tests may pass their own). */
export type HostResolver = (hostname: string) => Promise<string[]>;

const systemResolver: HostResolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/** ipaddr.js's range names, in words. */
const rangeWords: Record<string, string> = {
  linkLocal: 'link-local (cloud metadata lives here)',
  uniqueLocal: 'unique-local (private IPv6)',
  carrierGradeNat: 'carrier-grade NAT',
  unspecified: 'unspecified',
};

/** Why an address may not be fetched, or undefined for a public unicast address. */
function refusedRange(address: string): string | undefined {
  let parsed = ipaddr.parse(address);
  // ::ffff:127.0.0.1 is 127.0.0.1: judge the IPv4 address inside.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  return range === 'unicast' ? undefined : (rangeWords[range] ?? range);
}

export interface UrlPolicy {
  /** Host names (or host:port) that may be fetched although they are not public, e.g. a local test site. */
  allowHosts: readonly string[];
  resolve?: HostResolver;
}

/**
 * Checks that a URL may be fetched: http or https, and every address its host resolves to is public — unless
 * the host is allowed by name. Call it for the first URL and for every redirect hop. Throws UnsafeUrlError
 * naming the URL and the reason; a host that does not resolve is left to the fetch to report.
 */
export async function assertSafeUrl(raw: string, policy: UrlPolicy): Promise<void> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError(`not a URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UnsafeUrlError(`refused ${raw}: only http and https are fetched`);
  }
  const hostname = url.hostname.replace(/^\[|\]$|\.$/g, '').toLowerCase();
  if (policy.allowHosts.includes(hostname) || policy.allowHosts.includes(url.host.toLowerCase())) return;
  let addresses: string[];
  if (ipaddr.isValid(hostname)) addresses = [hostname];
  else {
    try {
      addresses = await (policy.resolve ?? systemResolver)(hostname);
    } catch {
      return; // the fetch itself reports the unknown host, as a failure of that page or source
    }
  }
  for (const address of addresses) {
    const range = refusedRange(address);
    if (range) {
      throw new UnsafeUrlError(
        `refused ${raw}: ${hostname} is a ${range} address (${address}); add the host to CASEWATCH_ALLOW_HOSTS to fetch it`,
      );
    }
  }
}
