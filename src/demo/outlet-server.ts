import type { IncomingMessage, ServerResponse } from 'node:http';
import { httpDate } from './dates.ts';
import { etagOf, isNotModified } from './http-cache.ts';
import type { Rendered } from './render-route.ts';
import { renderRoute } from './render-route.ts';
import { redirectorPath } from './search-feeds.ts';
import type { OutletSite } from './site-model.ts';

// A neutral grey picture for every /images/… and /logo.svg: pages reference images, and a crawler that
// fetches one should get an image, not a 404.
const placeholderSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675"><rect width="1200" height="675" fill="#9aa0a6"/></svg>\n';

function send(request: IncomingMessage, response: ServerResponse, status: number, rendered: Rendered): void {
  const etag = etagOf(rendered.body);
  const headers: Record<string, string> = {
    'content-type': rendered.contentType,
    etag,
    'cache-control': 'public, max-age=300',
    vary: 'Accept-Encoding',
  };
  if (rendered.lastModified) headers['last-modified'] = httpDate(rendered.lastModified);
  if (status === 200 && isNotModified(request, etag, rendered.lastModified)) {
    response.writeHead(304, headers).end();
    return;
  }
  headers['content-length'] = String(Buffer.byteLength(rendered.body));
  response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : rendered.body);
}

function notFound(outlet: OutletSite, path: string): Rendered {
  const name = outlet.content.config.name.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return {
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html>\n<html lang="${outlet.content.config.language}"><head><meta charset="utf-8"><title>Page not found | ${name}</title><meta name="robots" content="noindex"></head>\n<body><h1>Page not found</h1><p>Nothing lives at ${path.replace(/[<&"]/g, '')}.</p><p><a href="/">${name} home</a></p></body></html>\n`,
  };
}

/**
 * The request handler of one outlet's server. Returns a function for http.createServer; it answers from the
 * model `current()` returns, which exists once every outlet is listening (absolute URLs need every port).
 */
export function outletHandler(
  current: () => OutletSite | undefined,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const outlet = current();
    if (!outlet) {
      response
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1' })
        .end('starting\n');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response
        .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
        .end('method not allowed\n');
      return;
    }
    const url = new URL(request.url ?? '/', outlet.base);
    // Feeds whose address carries a query are keyed with it; every other page ignores its query (?utm_…).
    const route = outlet.routes.get(url.pathname + url.search) ?? outlet.routes.get(url.pathname);
    const target = url.pathname === redirectorPath ? url.searchParams.get('url') : null;
    if (route) {
      send(request, response, 200, renderRoute(outlet, route));
    } else if (target && /^https?:\/\//.test(target)) {
      response.writeHead(302, { location: target }).end();
    } else if (!url.pathname.endsWith('/') && outlet.routes.has(`${url.pathname}/`)) {
      response.writeHead(301, { location: `${outlet.base}${url.pathname}/${url.search}` }).end();
    } else if (/^\/(images\/[\w-]+|logo)\.svg$/.test(url.pathname)) {
      send(request, response, 200, { contentType: 'image/svg+xml', body: placeholderSvg });
    } else {
      send(request, response, 404, notFound(outlet, url.pathname));
    }
  };
}
