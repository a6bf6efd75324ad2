export { canonicalUrl, InvalidUrlError, siteOf } from './canonical-url.ts';
export { normaliseText, shortHash, textHash } from './text-hash.ts';
