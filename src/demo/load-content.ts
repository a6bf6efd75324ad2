import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { FrontMatter, OutletConfig } from './content-schema.ts';
import { frontMatterSchema, outletSchema } from './content-schema.ts';

/** A content file of the fixture site that cannot be read or does not validate. */
export class FixtureContentError extends Error {
  override name = 'FixtureContentError';
}

export interface OutletTemplates {
  article: string;
  amp: string;
  home: string;
  listing: string;
}

export interface OutletContent {
  id: string;
  config: OutletConfig;
  templates: OutletTemplates;
}

export interface ArticleContent {
  outlet: string;
  slug: string;
  /** "outlet/slug", how other files refer to it. */
  ref: string;
  front: FrontMatter;
  /** Resolved through copy_of when the file gives none. */
  title: string;
  byline: string;
  language: string;
  /** Markdown, with copy_of, drop_last and edits applied. */
  body: string;
}

export interface SiteContent {
  outlets: Map<string, OutletContent>;
  articles: ArticleContent[];
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new FixtureContentError(
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new FixtureContentError(
    `${file}: ${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}`,
  );
}

function readOutlet(root: string, id: string): OutletContent {
  const dir = path.join(root, 'outlets', id);
  const config = validate(
    outletSchema,
    parseYaml(readText(path.join(dir, 'outlet.yaml'))),
    path.join(dir, 'outlet.yaml'),
  );
  // An outlet may bring its own home, listing or AMP template; otherwise the shared one dresses it.
  const template = (name: string): string => {
    const own = path.join(dir, `${name}.html`);
    return readText(existsSync(own) ? own : path.join(root, 'templates', `${name}.html`));
  };
  return {
    id,
    config,
    templates: {
      article: template('article'),
      amp: template('amp'),
      home: template('home'),
      listing: template('listing'),
    },
  };
}

function splitFrontMatter(raw: string, file: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!match) throw new FixtureContentError(`${file}: no YAML front matter between --- lines`);
  return { data: parseYaml(match[1] ?? ''), body: (match[2] ?? '').trim() };
}

interface RawArticle {
  outlet: string;
  slug: string;
  file: string;
  front: FrontMatter;
  body: string;
}

function applyCopy(raw: RawArticle, original: RawArticle): { body: string; title?: string; byline?: string } {
  let blocks = original.body.split(/\n\s*\n/);
  if (raw.front.drop_last) blocks = blocks.slice(0, -raw.front.drop_last);
  let body = blocks.join('\n\n');
  for (const edit of raw.front.edits) {
    if (!body.includes(edit.from))
      throw new FixtureContentError(`${raw.file}: edit "${edit.from}" not found in ${original.file}`);
    body = body.replaceAll(edit.from, edit.to);
  }
  return { body, title: original.front.title, byline: original.front.byline };
}

/** Reads every outlet and article under root. Returns them validated, copies resolved. Throws FixtureContentError. */
export function loadSiteContent(root: string): SiteContent {
  const outlets = new Map<string, OutletContent>();
  for (const id of readdirSync(path.join(root, 'outlets')).sort()) outlets.set(id, readOutlet(root, id));

  const raws = new Map<string, RawArticle>();
  for (const outlet of readdirSync(path.join(root, 'articles')).sort()) {
    if (!outlets.has(outlet))
      throw new FixtureContentError(`articles/${outlet}: no outlets/${outlet}/outlet.yaml`);
    for (const name of readdirSync(path.join(root, 'articles', outlet)).sort()) {
      if (!name.endsWith('.md')) continue;
      const file = path.join(root, 'articles', outlet, name);
      const { data, body } = splitFrontMatter(readText(file), file);
      const slug = name.slice(0, -3);
      raws.set(`${outlet}/${slug}`, {
        outlet,
        slug,
        file,
        front: validate(frontMatterSchema, data, file),
        body,
      });
    }
  }

  const articles: ArticleContent[] = [];
  for (const [ref, raw] of raws) {
    for (const other of [raw.front.copy_of, raw.front.canonical_to]) {
      if (other && !raws.has(other))
        throw new FixtureContentError(`${raw.file}: refers to unknown article ${other}`);
    }
    const original = raw.front.copy_of ? raws.get(raw.front.copy_of) : undefined;
    if (original?.front.copy_of)
      throw new FixtureContentError(`${raw.file}: copy_of must name an original, not a copy`);
    const copied = original ? applyCopy(raw, original) : { body: raw.body };
    const title = raw.front.title ?? copied.title;
    const byline = raw.front.byline ?? copied.byline;
    if (!title || !byline)
      throw new FixtureContentError(
        `${raw.file}: needs a title and a byline (or copy_of an article with them)`,
      );
    if (!copied.body) throw new FixtureContentError(`${raw.file}: empty body`);
    const outlet = outlets.get(raw.outlet) as OutletContent;
    articles.push({
      outlet: raw.outlet,
      slug: raw.slug,
      ref,
      front: raw.front,
      title,
      byline,
      language: raw.front.language ?? outlet.config.language,
      body: copied.body,
    });
  }
  return { outlets, articles };
}
