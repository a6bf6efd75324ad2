import type { ArticlePage } from './site-model.ts';

type JsonObject = Record<string, unknown>;

/** The people in a byline ("By A and B, Wire" → A, B); an agency or staff byline is an organisation. */
export function bylineNames(byline: string): string[] {
  return byline
    .replace(/^by\s+/i, '')
    .replace(/,\s*[^,]*(wire|news|staff|radio|press|report)[^,]*$/i, '')
    .split(/\s*(?:,|\band\b|\by\b)\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
}

function imageUrl(page: ArticlePage): string {
  return `${page.outlet.base}/images/${page.content.slug}.svg`;
}

function newsArticle(page: ArticlePage, description: string): JsonObject {
  const { config } = page.outlet.content;
  return {
    '@type': 'NewsArticle',
    headline: page.content.title,
    description,
    url: page.canonicalUrl,
    mainEntityOfPage: { '@type': 'WebPage', '@id': page.url },
    datePublished: page.content.front.published,
    dateModified: page.content.front.modified ?? page.content.front.published,
    inLanguage: page.content.language,
    articleSection: page.content.front.section ?? 'News',
    image: [imageUrl(page)],
    author: bylineNames(page.content.byline).map((name) => ({ '@type': 'Person', name })),
    publisher: {
      '@type': 'Organization',
      name: config.name,
      logo: { '@type': 'ImageObject', url: `${page.outlet.base}/logo.svg` },
    },
    isAccessibleForFree: true,
  };
}

/** Yoast-style: the article, its page, the site and the people as separate nodes joined by @id. */
function graph(page: ArticlePage, description: string): JsonObject {
  const base = page.outlet.base;
  const article = newsArticle(page, description);
  const people = bylineNames(page.content.byline).map((name) => ({
    '@type': 'Person',
    '@id': `${base}/#/schema/person/${name.toLowerCase().replace(/[^a-z]+/g, '-')}`,
    name,
  }));
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        ...article,
        '@id': `${page.url}#article`,
        isPartOf: { '@id': page.url },
        author: people.map((p) => ({ name: p.name, '@id': p['@id'] })),
        publisher: { '@id': `${base}/#organization` },
      },
      {
        '@type': 'WebPage',
        '@id': page.url,
        url: page.canonicalUrl,
        name: page.content.title,
        isPartOf: { '@id': `${base}/#website` },
      },
      {
        '@type': 'WebSite',
        '@id': `${base}/#website`,
        url: `${base}/`,
        name: page.outlet.content.config.name,
      },
      {
        '@type': 'Organization',
        '@id': `${base}/#organization`,
        name: page.outlet.content.config.name,
        url: `${base}/`,
      },
      ...people,
    ],
  };
}

function breadcrumbs(page: ArticlePage): JsonObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${page.outlet.base}/` },
      {
        '@type': 'ListItem',
        position: 2,
        name: page.content.front.section ?? 'News',
        item: `${page.outlet.base}/news/`,
      },
      { '@type': 'ListItem', position: 3, name: page.content.title },
    ],
  };
}

/**
 * The page's JSON-LD in its outlet's style, serialised for a <script> element ("</" escaped), or null for
 * outlets that publish none.
 */
export function articleJsonLd(page: ArticlePage, description: string): string | null {
  let data: unknown;
  switch (page.outlet.content.config.json_ld) {
    case 'none':
      return null;
    case 'object':
      data = { '@context': 'https://schema.org', ...newsArticle(page, description) };
      break;
    case 'graph':
      data = graph(page, description);
      break;
    case 'array':
      data = [{ '@context': 'https://schema.org', ...newsArticle(page, description) }, breadcrumbs(page)];
      break;
  }
  return JSON.stringify(data, null, 2).replace(/<\//g, '<\\/');
}
