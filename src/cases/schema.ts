import { z } from 'zod';

// A case definition: what to look for, where, and what is already known. Unknown keys are rejected so that a
// misspelt setting fails loudly instead of being ignored.

const nonEmpty = z.string().trim().min(1);

/**
 * feed: RSS, Atom, RDF or JSON Feed (news-search RSS included; redirector links are resolved); sitemap: XML
 * sitemaps, news sitemaps, sitemap indexes; listing: an HTML page of links; gdelt: a GDELT DOC 2.0 API query
 * answering an article list as JSON (`mode=ArtList&format=json`).
 */
export const sourceKinds = ['feed', 'sitemap', 'listing', 'gdelt'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const entitySchema = z.strictObject({
  name: nonEmpty,
  /** What the entity is to the case: the relevance filter needs a plaintiff side and a defendant side. */
  role: z.enum(['plaintiff', 'defendant', 'court', 'person', 'other']),
  aliases: z.array(nonEmpty).default([]),
});

export const sourceSchema = z.strictObject({
  name: nonEmpty,
  kind: z.enum(sourceKinds),
  url: z.url({ protocol: /^https?$/ }),
  /** listing pages: a regular expression an article link must match (against the absolute URL). */
  link_pattern: nonEmpty
    .refine((p) => {
      try {
        new RegExp(p);
        return true;
      } catch {
        return false;
      }
    }, 'not a valid regular expression')
    .optional(),
  schedule: nonEmpty.optional(),
  enabled: z.boolean().default(true),
});

export const knownFactSchema = z.strictObject({
  text: nonEmpty,
  source: z.url().optional(),
});

export const exclusionSchema = z.strictObject({
  name: nonEmpty,
  /** Phrases that mark coverage of a look-alike case. */
  terms: z.array(nonEmpty).min(1),
});

export const caseDefinitionSchema = z.strictObject({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
  name: nonEmpty,
  /** The short name used in digest subject lines. */
  short_name: nonEmpty,
  entities: z.array(entitySchema).min(1),
  keywords: z.array(nonEmpty).min(1),
  /**
   * Phrases only this case's coverage uses (its case number, its statute, its figures, its investigation): they
   * tell it from a look-alike that shares its parties. The court's names count as anchors too.
   */
  anchors: z.array(nonEmpty).default([]),
  exclusions: z.array(exclusionSchema).default([]),
  known_facts: z.array(knownFactSchema).default([]),
  sources: z.array(sourceSchema).default([]),
});

export type CaseDefinition = z.infer<typeof caseDefinitionSchema>;
export type CaseEntity = z.infer<typeof entitySchema>;
export type CaseSource = z.infer<typeof sourceSchema>;
