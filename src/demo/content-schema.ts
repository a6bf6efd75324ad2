import { z } from 'zod';

// The shapes of the fixture site's content files. Unknown keys are rejected so that a misspelt front-matter key
// fails the site's start-up instead of silently dropping a variant or a canonical link.

const nonEmpty = z.string().trim().min(1);
/** ISO 8601 with an explicit offset: feeds and JSON-LD must be able to print the outlet's local time. */
const isoWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/, 'ISO 8601 date-time with offset');
/** "outlet/slug": a reference to another article file. */
const articleRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'outlet/slug');

export const feedKinds = [
  'rss',
  'atom',
  'sitemap',
  'news-sitemap',
  'sitemap-index',
  'listing',
  'gdelt',
  'news-search',
] as const;
export type FeedKind = (typeof feedKinds)[number];

export const variantKinds = ['amp', 'utm'] as const;
export type VariantKind = (typeof variantKinds)[number];

export const feedSchema = z.strictObject({
  kind: z.enum(feedKinds),
  path: z.string().startsWith('/'),
  title: nonEmpty,
  /** Which variant URL this feed links when an article has it (its tracking or AMP copy), instead of the clean URL. */
  links: z.enum(variantKinds).optional(),
  /** listing: the article-link regex, written after the origin (the manifest prefixes the escaped base URL). */
  link_pattern: nonEmpty.optional(),
  /** sitemap-index: where the per-year child sitemaps live; "{year}" is replaced. */
  child_path: z.string().startsWith('/').optional(),
});
export type FeedConfig = z.infer<typeof feedSchema>;

export const outletSchema = z.strictObject({
  name: nonEmpty,
  kind: z.enum([
    'aggregator',
    'local-tv',
    'government',
    'wire',
    'national',
    'newspaper',
    'public-radio',
    'spanish-language',
  ]),
  tagline: nonEmpty,
  language: nonEmpty.default('en'),
  locale: nonEmpty.default('en-US'),
  timezone: nonEmpty.default('America/Denver'),
  /** Where an article lives: {slug}, {yyyy}, {mm}, {dd} are replaced. */
  article_path: z.string().startsWith('/'),
  /** How the page carries JSON-LD: one object, a Yoast-style @graph, a top-level array, or none at all. */
  json_ld: z.enum(['object', 'graph', 'array', 'none']),
  /** A tag or section page that lists articles but is not one (and not a source). */
  tag_page: z.strictObject({ path: z.string().startsWith('/'), title: nonEmpty }).optional(),
  feeds: z.array(feedSchema).min(1),
  nav: z.array(z.strictObject({ label: nonEmpty, href: nonEmpty })).default([]),
  /** Strings the templates print as page chrome; an article may override any of them. */
  furniture: z.record(z.string(), z.string()).default({}),
});
export type OutletConfig = z.infer<typeof outletSchema>;

export const frontMatterSchema = z.strictObject({
  title: nonEmpty.optional(),
  published: isoWithOffset,
  modified: isoWithOffset.optional(),
  byline: nonEmpty.optional(),
  story: z.string().regex(/^[a-z0-9-]+$/, 'lower-case words joined by hyphens'),
  on_topic: z.boolean(),
  language: nonEmpty.optional(),
  section: nonEmpty.optional(),
  description: nonEmpty.optional(),
  variants: z.array(z.enum(variantKinds)).default([]),
  seed: z.enum(['000', '004']).nullable().default(null),
  /** Another article whose URL this page names as canonical (a partner page pointing at the wire original). */
  canonical_to: articleRef.optional(),
  /** Another article whose body (and title, unless given here) this page carries. */
  copy_of: articleRef.optional(),
  /** With copy_of: how many blocks to cut from the end of the copied body (a repost's trimmed ending). */
  drop_last: z.number().int().positive().optional(),
  /** With copy_of: literal replacements applied to the copied body (a lightly edited copy). */
  edits: z.array(z.strictObject({ from: nonEmpty, to: z.string() })).default([]),
  /** Factual errors planted on purpose, for claim diffs to find. */
  errors: z.array(nonEmpty).default([]),
  /** Off-topic pages: which look-alike case or kind of news they are. */
  look_alike: nonEmpty.optional(),
  image_caption: nonEmpty.optional(),
  image_credit: nonEmpty.optional(),
  furniture: z.record(z.string(), z.string()).default({}),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;
