import { decodeBody } from './decode.ts';
import { readMainText } from './main-text.ts';
import { readMetadata } from './metadata.ts';
import { parsePage } from './parse.ts';

export interface ExtractedArticle {
  title: string;
  text: string;
  authors: string[];
  byline: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  language: string | null;
  description: string | null;
  image: string | null;
  /** False for home pages, listings, tag pages and other pages that are not one article. */
  isArticle: boolean;
  /** Why isArticle is false, for the page's record. */
  notArticleReason: string | null;
}

export interface ExtractInput {
  /** The page as bytes (decoded here) or as text already decoded. */
  body: Uint8Array | string;
  /** The Content-Type header, for its charset. */
  contentType?: string | null;
  /** The page's URL: relative canonical links are resolved against it. */
  url?: string;
}

function absolute(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}

/** Extracts one page's article text and metadata. Pure: no I/O. Never throws for odd HTML. */
export function extractArticle(input: ExtractInput): ExtractedArticle {
  const html = typeof input.body === 'string' ? input.body : decodeBody(input.body, input.contentType).text;
  const doc = parsePage(html);
  const meta = readMetadata(doc);
  const { text } = readMainText(doc, { title: meta.title, authors: meta.authors });
  const paragraphs = text.split(/\n\n/).filter((p) => p.length > 80).length;
  const declaredArticle = meta.declaredType !== null && /article|posting|report/i.test(meta.declaredType);
  const declaredOther =
    meta.declaredType !== null &&
    /^(website|collectionpage|webpage|itemlist|profile)$/i.test(meta.declaredType);
  let notArticleReason: string | null = null;
  if (text.length < 300) notArticleReason = `too little text (${text.length} characters)`;
  else if (declaredOther && paragraphs < 4) notArticleReason = `declares itself a ${meta.declaredType}`;
  else if (!declaredArticle && paragraphs < 3) notArticleReason = `only ${paragraphs} paragraph(s) of prose`;
  return {
    title: meta.title ?? '',
    text,
    authors: meta.authors,
    byline: meta.authors.length ? meta.authors.join(', ') : null,
    publishedAt: meta.publishedAt,
    modifiedAt: meta.modifiedAt,
    canonicalUrl: absolute(meta.canonicalUrl, input.url),
    siteName: meta.siteName,
    language: meta.language,
    description: meta.description,
    image: absolute(meta.image, input.url),
    isArticle: notArticleReason === null,
    notArticleReason,
  };
}
