import type { Document } from 'domhandler';
import { parseDate } from './dates.ts';
import { textOf } from './dom.ts';
import { headTags } from './head-tags.ts';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  language: string | null;
  description: string | null;
  image: string | null;
  /** The schema.org / OpenGraph type the page declares for itself, if any. */
  declaredType: string | null;
}

type JsonObject = Record<string, unknown>;

const articleTypes =
  /^(News|Report|Scholarly|Tech|Analysis|Opinion|Review|Background|Satirical)?Article$|^(BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

/** Every JSON-LD object on the page, with @graph and arrays flattened. */
function jsonLdObjects(blocks: readonly string[]): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (node: unknown): void => {
    for (const item of asArray(node)) {
      if (item && typeof item === 'object') {
        const obj = item as JsonObject;
        out.push(obj);
        if (obj['@graph']) visit(obj['@graph']);
      }
    }
  };
  for (const block of blocks) {
    const raw = block.trim();
    if (!raw) continue;
    try {
      visit(JSON.parse(raw));
    } catch {
      // Pages ship broken JSON-LD often enough; the other sources of metadata still count.
    }
  }
  return out;
}

function typeNames(obj: JsonObject): string[] {
  return asArray(obj['@type']).filter((t): t is string => typeof t === 'string');
}

function personNames(value: unknown): string[] {
  const names: string[] = [];
  for (const v of asArray(value)) {
    if (typeof v === 'string') names.push(v);
    else if (v && typeof v === 'object') {
      const name = text((v as JsonObject).name);
      if (name) names.push(name);
    }
  }
  return names.map((n) => n.replace(/^by\s+/i, '').trim()).filter(Boolean);
}

/** Reads title, authors, dates, canonical URL, site, language, description and image from a parsed page. */
export function readMetadata(doc: Document): PageMetadata {
  const tags = headTags(doc);
  // Every <meta> read once into a map (first one wins, as a lookup by selector would).
  const metaContent = new Map<string, string>();
  for (const el of tags.metas) {
    const content = el.attribs.content?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.attribs[attr];
      if (key && !metaContent.has(key)) metaContent.set(key, content);
    }
  }
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const v = metaContent.get(key);
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLdObjects(tags.jsonLd);
  const article = ld.find((o) => typeNames(o).some((t) => articleTypes.test(t)));
  const publisher = article?.publisher as JsonObject | undefined;
  const ldImage = asArray(article?.image)[0];

  const timeAttr = tags.time?.attribs.datetime ?? tags.datePublished?.attribs.datetime ?? null;
  const authors = [
    ...personNames(article?.author),
    ...(meta('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator') ?? '')
      .split(/\s*(?:,|\band\b)\s*/)
      .filter((a) => a && !/^https?:/.test(a)),
  ];
  const declaredType = article ? (typeNames(article)[0] ?? null) : meta('og:type');
  return {
    title:
      text(article?.headline) ??
      meta('og:title', 'twitter:title') ??
      ((tags.title && textOf(tags.title).trim()) || (tags.h1 && textOf(tags.h1).trim()) || null),
    authors: [...new Set(authors.map((a) => a.trim()).filter(Boolean))],
    publishedAt:
      parseDate(text(article?.datePublished)) ??
      parseDate(
        meta(
          'article:published_time',
          'datePublished',
          'pubdate',
          'publishdate',
          'date',
          'dc.date',
          'sailthru.date',
          'parsely-pub-date',
        ),
      ) ??
      parseDate(timeAttr),
    modifiedAt:
      parseDate(text(article?.dateModified)) ??
      parseDate(meta('article:modified_time', 'og:updated_time', 'dateModified')),
    canonicalUrl: tags.canonical?.attribs.href?.trim() || meta('og:url') || text(article?.url) || null,
    siteName: meta('og:site_name', 'application-name') ?? text(publisher?.name),
    language:
      (
        tags.html?.attribs.lang ??
        meta('og:locale', 'language', 'content-language') ??
        text(article?.inLanguage)
      )?.replace('_', '-') ?? null,
    description: meta('description', 'og:description', 'twitter:description') ?? text(article?.description),
    image:
      meta('og:image', 'twitter:image') ??
      (typeof ldImage === 'string' ? ldImage : text((ldImage as JsonObject | undefined)?.url)),
    declaredType,
  };
}
