// bench:dedup — near-duplicate search at a million stored articles, on the real PostgreSQL server.
//
//   npm run bench:dedup [-- --json] [--articles N] [--lookups N] [--ingest N]
//
// Loads N synthetic articles (text, story, LSH band keys) into a database of its own, builds the GIN index,
// then measures: lookup latency (candidates through the index + verification by shingle overlap, as the ingest
// stage does it) for copies of stored articles and for fresh texts; ingest throughput through storeArticle with
// concurrent transactions; and shows the lookup's plan. The database is dropped at the end.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { parseCaseDefinition } from '../src/cases/index.ts';
import type { Db } from '../src/db/index.ts';
import {
  ensureMigrated,
  nearDuplicateCandidates,
  nearDuplicateQuery,
  openDatabase,
  storeArticle,
  upsertCase,
} from '../src/db/index.ts';
import { fingerprint, nearDuplicateSearch, siteOf, textHash } from '../src/dedup/index.ts';
import { copyOf, seededRandom, syntheticCorpus } from '../tests/helpers/synthetic-news.ts';
import { quantile } from './extraction-timing.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : undefined;
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    process.stderr.write(`bench:dedup: --${name} must be a positive integer, not ${JSON.stringify(raw)}\n`);
    process.exit(2);
  }
  return n;
}

const json = process.argv.includes('--json');
const articles = option('articles', 1_000_000);
const lookups = option('lookups', 2000);
const ingestCount = option('ingest', 2000);
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const progress = (line: string) => process.stderr.write(`${line}\n`);
let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Bulk-loads articles i in [from, to) with one story each: one statement per batch, arrays unnested. */
async function loadBatch(
  db: Db,
  caseId: number,
  corpus: ReturnType<typeof syntheticCorpus>,
  from: number,
  to: number,
) {
  const ids: number[] = [];
  const urls: string[] = [];
  const texts: string[] = [];
  const hashes: string[] = [];
  const bands: string[] = [];
  for (let i = from; i < to; i++) {
    const text = corpus.article(i);
    ids.push(i + 1);
    urls.push(`https://outlet${i % 500}.example/story/${i}`);
    texts.push(text);
    hashes.push(textHash(text));
    bands.push(`{${Array.from(fingerprint(text, caseId).bands).join(',')}}`);
  }
  // One transaction: stories and articles point at each other through deferred foreign keys.
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

async function main(): Promise<void> {
  const name = `cw_bench_dedup_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  // Interrupted, the bench still drops its database (force: the pool's connections may be mid-query).
  const interrupted = () => {
    void admin(`drop database if exists ${name} with (force)`).finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let db: Db | undefined;
  try {
    db = await openDatabase({ url: url.toString() }, { poolSize: 6 });
    await ensureMigrated(db);
    const caseId = await upsertCase(
      db,
      parseCaseDefinition({
        slug: 'bench',
        name: 'Bench v. Mark',
        short_name: 'Bench',
        entities: [{ name: 'A', role: 'plaintiff' }],
        keywords: ['suit'],
      }),
    );
    const corpus = syntheticCorpus(11, 80);

    // Load with the index dropped, then build it once: how a backfill of this size should be done.
    const loadStart = performance.now();
    await sql`drop index articles_lsh_bands_idx`.execute(db);
    const batch = 5000;
    for (let from = 0; from < articles; from += batch) {
      await loadBatch(db, caseId, corpus, from, Math.min(articles, from + batch));
      sampleRss();
      if ((from / batch) % 20 === 0) progress(`loaded ${from + batch} / ${articles}`);
    }
    await sql`select setval('articles_id_seq', ${articles + 1}), setval('stories_id_seq', ${articles + 1})`.execute(
      db,
    );
    const loadSeconds = (performance.now() - loadStart) / 1000;
    progress('building the GIN index');
    const indexStart = performance.now();
    await sql`set maintenance_work_mem = '512MB'`.execute(db);
    await sql`create index articles_lsh_bands_idx on articles using gin (lsh_bands) with (fastupdate = off)`.execute(
      db,
    );
    await sql`analyze articles`.execute(db);
    const indexSeconds = (performance.now() - indexStart) / 1000;

    // Lookups: half copies of stored articles (furniture, trimmed, edited), half texts never stored.
    progress(`${lookups} lookups`);
    const random = seededRandom(5);
    const kinds = ['furniture', 'trimmed', 'edited'] as const;
    const times: number[] = [];
    let copiesFound = 0;
    let copies = 0;
    let falseHits = 0;
    for (let q = 0; q < lookups; q++) {
      const isCopy = q % 2 === 0;
      const target = Math.floor(random() * articles);
      const text = isCopy
        ? copyOf(corpus.article(target), kinds[q % 3]!, random)
        : corpus.article(articles + q);
      const search = nearDuplicateSearch(text, caseId);
      const t0 = performance.now();
      const match = search.nearDuplicateOf(await nearDuplicateCandidates(db, caseId, search.lshBands));
      times.push(performance.now() - t0);
      if (isCopy) {
        copies += 1;
        if (match?.id === target + 1) copiesFound += 1;
      } else if (match) falseHits += 1;
    }
    sampleRss();
    const sorted = [...times].sort((a, b) => a - b);

    // The plan of one lookup.
    const probe = nearDuplicateSearch(copyOf(corpus.article(42), 'furniture', random), caseId);
    const { rows: plan } = await sql<{
      'QUERY PLAN': string;
    }>`explain (analyze, buffers) ${nearDuplicateQuery(caseId, probe.lshBands)}`.execute(db);
    const planText = plan.map((r) => r['QUERY PLAN']).join('\n');
    const usesIndex = /Index Scan on articles_lsh_bands_idx|Bitmap Index Scan on articles_lsh_bands_idx/.test(
      planText,
    );

    // Ingest: new articles (a third of them copies) through storeArticle, four transactions at a time.
    progress(`ingesting ${ingestCount} articles`);
    const ingestStart = performance.now();
    let next = 0;
    const pool = db;
    const worker = async () => {
      for (let k = next++; k < ingestCount; k = next++) {
        const text =
          k % 3 === 0
            ? copyOf(corpus.article(k * 7), 'furniture', random)
            : corpus.article(articles + lookups + k);
        await pool.transaction().execute((trx) =>
          storeArticle(trx, {
            caseId,
            runId: null,
            canonicalUrl: `https://ingest.example/${k}`,
            otherUrls: [],
            siteOf,
            title: `Ingest ${k}`,
            byline: null,
            siteName: null,
            publishedAt: null,
            modifiedAt: null,
            language: 'en',
            description: null,
            text,
            textHash: textHash(text),
            ...nearDuplicateSearch(text, caseId),
            relevance: 1,
            relevanceReasons: [],
          }),
        );
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    const ingestSeconds = (performance.now() - ingestStart) / 1000;
    sampleRss();

    const { rows: sizes } = await sql<{ table: string; index: string; total: string }>`
      select pg_size_pretty(pg_table_size('articles')) as table,
             pg_size_pretty(pg_relation_size('articles_lsh_bands_idx')) as index,
             pg_size_pretty(pg_total_relation_size('articles')) as total`.execute(db);
    const report = {
      articles,
      loadSeconds: round(loadSeconds),
      // The GIN index is dropped for the bulk load and built once after it (then ANALYZE): indexSeconds.
      indexBuiltAfterLoad: true,
      indexSeconds: round(indexSeconds),
      lookups,
      lookupP50Ms: round(quantile(sorted, 0.5)),
      lookupP99Ms: round(quantile(sorted, 0.99)),
      lookupMaxMs: round(sorted.at(-1) ?? 0),
      copyHitRate: round(copiesFound / Math.max(1, copies)),
      falseHits,
      ingested: ingestCount,
      ingestPerSecond: round(ingestCount / ingestSeconds),
      usesIndex,
      tableSize: sizes[0]?.table,
      lshIndexSize: sizes[0]?.index,
      totalSize: sizes[0]?.total,
      peakRssMb: Math.round(peakRss / 1024 / 1024),
    };
    if (json) {
      // The plan goes to stderr with the progress, so stdout stays one JSON object.
      progress(`lookup plan (EXPLAIN ANALYZE, BUFFERS):\n${planText}`);
      process.stdout.write(`${JSON.stringify(report)}\n`);
    } else {
      for (const [k, v] of Object.entries(report)) process.stdout.write(`${k.padEnd(20)} ${v}\n`);
      process.stdout.write(`\nlookup plan (EXPLAIN ANALYZE, BUFFERS):\n${planText}\n`);
    }
  } finally {
    await db?.destroy();
    await admin(`drop database if exists ${name} with (force)`);
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:dedup: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
