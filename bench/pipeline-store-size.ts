import { sql } from 'kysely';
import { loadCaseFile } from '../src/cases/index.ts';
import { defaultCaseFile } from '../src/config/index.ts';
import type { Db } from '../src/db/index.ts';
import { fingerprint, siteOf, textHash } from '../src/dedup/index.ts';
import { syncCase } from '../src/pipeline/sync-cases.ts';
import { createCaseRegistry } from '../src/runtime/case-registry.ts';
import { ingestPage } from '../jobs/ingest.ts';
import { syntheticCorpus } from '../tests/helpers/synthetic-news.ts';
import { freshDatabase } from '../tests/helpers/services.ts';

// Ingest cost against the size of the store: the same kind of batch (new, relevant articles with claims) is
// ingested after the store has been filled to each size, one page at a time as a worker does it.

export interface StoreSizeFigures {
  stored: number;
  batch: number;
  msPerArticle: number;
  loadSeconds: number;
}

const lead =
  'New Mexico Attorney General Raúl Torrez told the jury in Santa Fe that Meta let predators reach children on Instagram, in violation of the Unfair Practices Act, and asked for $375 million.';

// Bulk-loaded rows take ids far above the sequences', so the articles ingested between sizes never collide.
const bulkIdBase = 100_000_000;

/** Bulk-loads articles [from, to) with a story each: one statement per table, arrays unnested. */
async function loadArticles(db: Db, caseId: number, from: number, to: number): Promise<void> {
  const corpus = syntheticCorpus(23, 120);
  const ids: number[] = [];
  const urls: string[] = [];
  const texts: string[] = [];
  const hashes: string[] = [];
  const bands: string[] = [];
  for (let i = from; i < to; i++) {
    const text = `${lead}\n\n${corpus.article(i)}`;
    ids.push(bulkIdBase + i);
    urls.push(`https://outlet${i % 500}.example/story/${i}`);
    texts.push(text);
    hashes.push(textHash(text));
    bands.push(`{${Array.from(fingerprint(text, caseId).bands).join(',')}}`);
  }
  await db.transaction().execute(async (trx) => {
    await sql`insert into stories (id, case_id, title, first_article_id)
            select id, ${caseId}, 'Story ' || id, id from unnest(${ids}::bigint[]) as id`.execute(trx);
    await sql`insert into articles (id, case_id, canonical_url, title, text, text_hash, story_id, relevance, lsh_bands)
            select id, ${caseId}, url, 'Story ' || id, text, hash, id, 1, bands::int4[]
            from unnest(${ids}::bigint[], ${urls}::text[], ${texts}::text[], ${hashes}::text[], ${bands}::text[])
              as t(id, url, text, hash, bands)`.execute(trx);
    await sql`insert into article_texts (case_id, text_hash, article_id)
            select ${caseId}, hash, id from unnest(${ids}::bigint[], ${hashes}::text[]) as t(id, hash)
            on conflict do nothing`.execute(trx);
    // Every article is listed under its canonical URL (articles_canonical_url_listed_fk).
    await sql`insert into article_urls (case_id, article_id, url, site, relation)
            select ${caseId}, id, url, site, 'canonical'
            from unnest(${ids}::bigint[], ${urls}::text[], ${urls.map(siteOf)}::text[]) as t(id, url, site)`.execute(
      trx,
    );
  });
}

/** Fills one database to each size in turn and times a batch of ingests at each. */
export async function ingestCostByStoreSize(
  sizes: number[],
  batch: number,
  progress: (line: string) => void,
): Promise<StoreSizeFigures[]> {
  const store = await freshDatabase('bench_store_size');
  const db = store.db;
  try {
    const { id: caseId } = await syncCase(db, loadCaseFile(defaultCaseFile));
    const cases = createCaseRegistry(db);
    const fresh = syntheticCorpus(29, 400);
    const figures: StoreSizeFigures[] = [];
    let loaded = 0;
    let nextFresh = 0;
    for (const size of [...sizes].sort((a, b) => a - b)) {
      const loadStart = performance.now();
      // Loaded with the GIN index dropped and built once after, as a backfill of this size should be done.
      await sql`drop index if exists articles_lsh_bands_idx`.execute(db);
      for (let from = loaded; from < size; from += 5000) {
        await loadArticles(db, caseId, from, Math.min(size, from + 5000));
        if ((from / 5000) % 20 === 0) progress(`loaded ${Math.min(size, from + 5000)} / ${size}`);
      }
      await sql`set maintenance_work_mem = '256MB'`.execute(db);
      await sql`create index articles_lsh_bands_idx on articles using gin (lsh_bands) with (fastupdate = off)`.execute(
        db,
      );
      await sql`analyze`.execute(db);
      const loadSeconds = (performance.now() - loadStart) / 1000;
      loaded = size;
      const start = performance.now();
      for (let k = 0; k < batch; k++) {
        const i = nextFresh++;
        const text = `${lead}\n\n${fresh.article(i)}`;
        await ingestPage(
          {
            runId: null,
            caseId,
            sourceId: null,
            url: `https://bench.example/fresh/${size}/${i}`,
            fetchedAt: new Date().toISOString(),
            page: {
              finalUrl: `https://bench.example/fresh/${size}/${i}`,
              canonicalUrl: null,
              title: `New Mexico v. Meta: the jury hears story ${i}`,
              text,
              byline: null,
              publishedAt: null,
              modifiedAt: null,
              siteName: 'Bench',
              language: 'en',
              description: null,
              isArticle: true,
            },
          },
          { db, cases },
        );
      }
      const msPerArticle = (performance.now() - start) / batch;
      figures.push({
        stored: size,
        batch,
        msPerArticle: Math.round(msPerArticle * 100) / 100,
        loadSeconds: Math.round(loadSeconds),
      });
      progress(`${size} stored: ${msPerArticle.toFixed(2)} ms an article`);
    }
    return figures;
  } finally {
    await store.drop();
  }
}
