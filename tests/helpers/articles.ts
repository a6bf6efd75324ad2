import { parseCaseDefinition } from '../../src/cases/index.ts';
import type { ArticleInput, Db } from '../../src/db/index.ts';
import { upsertCase } from '../../src/db/index.ts';
import { nearDuplicateSearch, siteOf, textHash } from '../../src/dedup/index.ts';

/** Stores the smallest valid case definition under `slug` and returns its id. */
export function storeTestCase(db: Db, slug: string): Promise<number> {
  return upsertCase(
    db,
    parseCaseDefinition({
      slug,
      name: `${slug} v. Test`,
      short_name: slug,
      entities: [{ name: 'A', role: 'plaintiff' }],
      keywords: ['suit'],
    }),
  );
}

/** What the ingest stage hands the store for a page: fingerprints computed, metadata defaulted. */
export function articleInput(
  caseId: number,
  url: string,
  text: string,
  extra: Partial<ArticleInput> = {},
): ArticleInput {
  return {
    caseId,
    runId: null,
    canonicalUrl: url,
    otherUrls: [],
    siteOf,
    title: 'Verdict',
    byline: null,
    siteName: null,
    publishedAt: null,
    modifiedAt: null,
    language: 'en',
    description: null,
    text,
    textHash: textHash(text),
    ...nearDuplicateSearch(text, caseId),
    relevance: 0.9,
    relevanceReasons: [],
    ...extra,
  };
}
