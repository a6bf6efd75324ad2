export { charsetFromContentType, decodeBody } from './decode.ts';
export type { ExtractedArticle, ExtractInput } from './extract-article.ts';
export { extractArticle } from './extract-article.ts';
