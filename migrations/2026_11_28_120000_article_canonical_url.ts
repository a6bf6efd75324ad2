import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// A URL belongs to one article (article_urls' unique key), and now an article belongs to its own canonical URL:
// its row in article_urls must name it. Before, a page first filed as an exact copy of another article (its URL
// a row of that article) and later changed was inserted as a second article under the same URL with no row of
// its own — one page stored twice, and out of sight of everything that reads articles by URL. The key is
// deferred: an article and its URL rows are inserted in one statement, in either order.
//
// Such articles already stored are repaired first, nothing removed: the URL's row moves to the article whose
// canonical URL it is (as the store now does), and an article with no row at all gets one.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    update article_urls as u set article_id = a.id, relation = 'canonical', site_name = a.site_name
    from articles as a
    where u.case_id = a.case_id and u.url = a.canonical_url and u.article_id <> a.id`.execute(db);
  // No code path leaves an article without any row of its canonical URL; the host stands in for its site.
  await sql`
    insert into article_urls (case_id, article_id, url, site, site_name, relation)
    select a.case_id, a.id, a.canonical_url,
      coalesce(substring(a.canonical_url from '^[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#]+)'), a.canonical_url),
      a.site_name, 'canonical'
    from articles as a
    where not exists (select 1 from article_urls as u where u.case_id = a.case_id and u.url = a.canonical_url)`.execute(
    db,
  );
  await sql`create unique index article_urls_case_url_article_key on article_urls (case_id, url, article_id)`.execute(
    db,
  );
  await sql`
    alter table articles add constraint articles_canonical_url_listed_fk
    foreign key (case_id, canonical_url, id) references article_urls (case_id, url, article_id)
    deferrable initially deferred`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table articles drop constraint articles_canonical_url_listed_fk`.execute(db);
  await sql`drop index article_urls_case_url_article_key`.execute(db);
}
