import { createHash } from 'node:crypto';
import { displayDates } from './dates.ts';
import { articleJsonLd, bylineNames } from './json-ld.ts';
import { renderMarkdown, summarise } from './markdown.ts';
import { renderTemplate } from './render-template.ts';
import { siteView } from './site-view.ts';
import type { ArticlePage } from './site-model.ts';

/** A small number that stays the same for a page across requests (comment counts, share counts). */
function stableCount(seed: string, max: number): number {
  return createHash('sha1').update(seed).digest().readUInt16BE(0) % max;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The outlet's other pages nearest in time: what a "related articles" box would show. */
function related(page: ArticlePage, count: number): { title: string; url: string; date: string }[] {
  const when = page.publishedAt.getTime();
  return page.outlet.articles
    .filter((other) => other !== page)
    .sort((a, b) => Math.abs(a.publishedAt.getTime() - when) - Math.abs(b.publishedAt.getTime() - when))
    .slice(0, count)
    .map((other) => ({
      title: other.content.title,
      url: other.url,
      date: displayDates(other.publishedAt, other.outlet.content.config).short,
    }));
}

/** The mustache view of an article page: every field an outlet's article or AMP template may print. */
export function articleView(page: ArticlePage): Record<string, unknown> {
  const { config } = page.outlet.content;
  const { front } = page.content;
  const description = front.description ?? summarise(page.content.body);
  const furniture = { ...config.furniture, ...front.furniture };
  const previous =
    page.outlet.articles.find((a) => a !== page && a.publishedAt <= page.publishedAt) ??
    page.outlet.articles.find((a) => a !== page);
  const icymiTitle = furniture.icymi_title ?? previous?.content.title ?? '';
  const icymiUrl = furniture.icymi_title
    ? `${page.outlet.base}/${slugify(furniture.icymi_title)}/`
    : (previous?.url ?? page.outlet.base);
  const words = page.content.body.split(/\s+/).length;
  const jsonLd = articleJsonLd(page, description);
  return {
    ...siteView(page.outlet),
    lang: page.content.language,
    title: page.content.title,
    description,
    url: page.url,
    canonical: page.canonicalUrl,
    amp_url: page.ampUrl,
    published_iso: front.published,
    modified_iso: front.modified ?? front.published,
    published: displayDates(page.publishedAt, config),
    modified: page.modifiedAt > page.publishedAt ? displayDates(page.modifiedAt, config) : null,
    byline: page.content.byline,
    authors: bylineNames(page.content.byline).map((name) => ({ name, slug: slugify(name) })),
    section: front.section ?? 'News',
    image: `${page.outlet.base}/images/${page.content.slug}.svg`,
    image_caption: front.image_caption ?? `${page.content.title.split(/[:,]/)[0]}.`,
    image_credit: front.image_credit ?? `${config.name} file photo`,
    body: renderMarkdown(page.content.body),
    json_ld: jsonLd,
    related: related(page, 4),
    furniture,
    icymi: { title: icymiTitle, url: icymiUrl },
    word_count: words,
    reading_minutes: Math.max(1, Math.round(words / 230)),
    // Radio copy is read at about 150 words a minute; the player shows that length as m:ss.
    audio_length: `${Math.floor(words / 150)}:${String(Math.floor(((words % 150) / 150) * 60)).padStart(2, '0')}`,
    comments_count: stableCount(`${page.url}#comments`, 140),
    share_count: stableCount(`${page.url}#shares`, 4000),
    share_url: encodeURIComponent(page.canonicalUrl),
    share_title: encodeURIComponent(page.content.title),
  };
}

/** Renders an article page (or its AMP copy) with its outlet's template. Returns the HTML. */
export function renderArticle(page: ArticlePage, amp: boolean): string {
  const { templates } = page.outlet.content;
  const view = articleView(page);
  // An AMP copy always names the outlet's own full page as canonical, whatever the full page names.
  if (amp) return renderTemplate(templates.amp, { ...view, canonical: page.url, url: page.ampUrl });
  return renderTemplate(templates.article, view);
}
