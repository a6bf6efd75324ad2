import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPage } from '../../jobs/ingest.ts';
import { loadCaseFile } from '../../src/cases/index.ts';
import { defaultCaseFile } from '../../src/config/index.ts';
import { upsertCase } from '../../src/db/index.ts';
import type { ExtractedPagePayload } from '../../src/queue/index.ts';
import { createCaseRegistry } from '../../src/runtime/case-registry.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase } from '../helpers/services.ts';

// An article edited after we stored it: a re-crawl with the same text stores nothing, one with a changed text
// stores a version with its sentence-level diff, and the new version's claims are diffed like any others.

let store: FreshDatabase;
let caseId: number;

beforeAll(async () => {
  store = await freshDatabase('versions');
  caseId = await upsertCase(store.db, loadCaseFile(defaultCaseFile));
});
afterAll(async () => store?.drop());

const url = 'https://news.example/2026/03/24/jury-meta-verdict/';
const original = [
  'A Santa Fe jury found on Tuesday that Meta Platforms violated the New Mexico Unfair Practices Act.',
  'Jurors found 75,000 violations and set the civil penalty at $375 million.',
  '“This verdict is a victory for every child in New Mexico,” Attorney General Raúl Torrez said.',
  'Meta said it disagreed with the verdict and would appeal.',
].join('\n\n');
// A correction (the figure), a sentence added, and one removed.
const corrected = [
  'A Santa Fe jury found on Tuesday that Meta Platforms violated the New Mexico Unfair Practices Act.',
  'Jurors found 75,000 violations and set the civil penalty at $375 million, or $5,000 a violation.',
  '“This verdict is a victory for every child in New Mexico,” Attorney General Raúl Torrez said.',
  'A second phase, tried by the judge, will decide the public nuisance claim in May.',
].join('\n\n');

function payload(text: string) {
  const page: ExtractedPagePayload = {
    finalUrl: url,
    canonicalUrl: url,
    title: 'Jury finds Meta violated New Mexico law',
    text,
    byline: null,
    publishedAt: '2026-03-24T17:30:00-06:00',
    modifiedAt: null,
    siteName: 'News Example',
    language: 'en',
    description: null,
    isArticle: true,
  };
  return { runId: null, caseId, sourceId: null, url, fetchedAt: new Date().toISOString(), page };
}

const ingest = (text: string) =>
  ingestPage(payload(text), { db: store.db, cases: createCaseRegistry(store.db) });

describe('article versions', () => {
  it('stores a re-crawl with unchanged text as nothing new', async () => {
    expect((await ingest(original)).outcome).toBe('stored');
    expect((await ingest(original)).outcome).toBe('unchanged');
    const versions = await store.db.selectFrom('article_versions').select('version').execute();
    expect(versions).toEqual([{ version: 1 }]);
  });

  it('stores an edited text as version 2 with what was added, removed and changed', async () => {
    const result = await ingest(corrected);
    expect(result).toMatchObject({ outcome: 'version', version: 2 });
    const row = await store.db
      .selectFrom('article_versions')
      .select(['diff', 'text'])
      .where('version', '=', 2)
      .executeTakeFirstOrThrow();
    expect(row.text).toBe(corrected);
    expect(row.diff).toEqual({
      added: ['A second phase, tried by the judge, will decide the public nuisance claim in May.'],
      removed: ['Meta said it disagreed with the verdict and would appeal.'],
      changed: [
        {
          from: 'Jurors found 75,000 violations and set the civil penalty at $375 million.',
          to: 'Jurors found 75,000 violations and set the civil penalty at $375 million, or $5,000 a violation.',
        },
      ],
    });
    const article = await store.db
      .selectFrom('articles')
      .select(['version', 'text'])
      .executeTakeFirstOrThrow();
    expect(article).toEqual({ version: 2, text: corrected });
  });

  it('diffs the claims of the new version against what is stored', async () => {
    const mentions = await store.db
      .selectFrom('claim_mentions')
      .select(['article_version', 'claim_id', 'sentence'])
      .execute();
    const claimOf = (version: number, words: string) =>
      mentions.find((m) => m.article_version === version && m.sentence.includes(words))?.claim_id;
    // The unchanged quote is the same stored claim in both versions; the corrected figure is a claim of its own.
    expect(claimOf(2, 'victory for every child')).toBeDefined();
    expect(claimOf(2, 'victory for every child')).toBe(claimOf(1, 'victory for every child'));
    expect(claimOf(2, '$5,000 a violation')).toBeDefined();
    expect(claimOf(2, '$5,000 a violation')).not.toBe(claimOf(1, '$375 million'));
    const claims = await store.db.selectFrom('claims').select('text').execute();
    expect(claims.filter((c) => c.text.includes('$375 million'))).toHaveLength(2);
  });
});
