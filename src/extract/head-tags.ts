import type { Document, Element } from 'domhandler';
import { isElement, textOf } from './dom.ts';

/** The elements metadata is read from, gathered in one walk of the page. */
export interface HeadTags {
  /** Every <meta> with a content attribute, in document order. */
  metas: Element[];
  /** The text of every <script type="application/ld+json">, in document order. */
  jsonLd: string[];
  title: Element | null;
  h1: Element | null;
  /** The first <time datetime>. */
  time: Element | null;
  /** The first element with itemprop="datePublished". */
  datePublished: Element | null;
  /** The first <link rel="canonical">. */
  canonical: Element | null;
  html: Element | null;
}

/**
 * Gathers the metadata elements in one depth-first walk: a selector query per element kind walked the whole
 * page once each, which cost more than the rest of the metadata together.
 */
export function headTags(doc: Document): HeadTags {
  const tags: HeadTags = {
    metas: [],
    jsonLd: [],
    title: null,
    h1: null,
    time: null,
    datePublished: null,
    canonical: null,
    html: null,
  };
  const visit = (el: Element): void => {
    const attribs = el.attribs;
    switch (el.name) {
      case 'meta':
        if (attribs.content !== undefined) tags.metas.push(el);
        break;
      case 'script':
        if (attribs.type?.toLowerCase() === 'application/ld+json') tags.jsonLd.push(textOf(el));
        break;
      case 'title':
        tags.title ??= el;
        break;
      case 'h1':
        tags.h1 ??= el;
        break;
      case 'time':
        if (attribs.datetime !== undefined) tags.time ??= el;
        break;
      case 'link':
        if (attribs.rel?.toLowerCase() === 'canonical') tags.canonical ??= el;
        break;
      case 'html':
        tags.html ??= el;
        break;
    }
    if (attribs.itemprop === 'datePublished') tags.datePublished ??= el;
    for (const child of el.children) if (isElement(child)) visit(child);
  };
  for (const child of doc.children) if (isElement(child)) visit(child);
  return tags;
}
