import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// Claim candidates were found through a GIN index on claims.match_keys, one probe per key. A GIN probe builds the
// whole bitmap of a key before any row is read, so a key the case's claims share ("jury": half of them) cost
// as much as the table was long, limit or not: 8–10 ms a lookup with 5,000 claims stored, most of PostgreSQL's
// work per page. Keys now also live one row each in claim_keys, in a B-tree ordered by (case, key, claim id):
// reading a key's oldest hundred claims reads a hundred index entries, whatever the key's frequency. A trigger
// keeps the rows in step with match_keys for every writer (the store, known facts, bulk loaders, tests).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table claim_keys (
      case_id integer not null,
      key text not null,
      claim_id bigint not null references claims (id) on delete cascade,
      primary key (case_id, key, claim_id)
    )`.execute(db);
  await sql`create index claim_keys_claim_idx on claim_keys (claim_id)`.execute(db);
  await sql`
    insert into claim_keys (case_id, key, claim_id)
    select distinct c.case_id, k.key, c.id from claims as c cross join unnest(c.match_keys) as k(key)`.execute(
    db,
  );
  await sql`
    create function claim_keys_sync() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' then
        delete from claim_keys where claim_id = old.id;
      end if;
      insert into claim_keys (case_id, key, claim_id)
      select distinct new.case_id, k.key, new.id from unnest(new.match_keys) as k(key)
      on conflict do nothing;
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger claim_keys_sync after insert or update of match_keys, case_id on claims
    for each row execute function claim_keys_sync()`.execute(db);
  // A key's oldest claims, read down the B-tree in order. The planner, with statistics from when the table was
  // small (it grows by some forty rows a claim), took a bitmap scan of every claim of the key and sorted them:
  // 20 ms a lookup at 7,000 claims, growing with the table. Bitmap scans are off inside this function only.
  await sql`
    create function claim_key_oldest(p_case integer, p_key text, p_limit integer) returns setof bigint
    language sql stable
    set enable_bitmapscan = off
    as $$
      select claim_id from claim_keys where case_id = p_case and key = p_key order by claim_id limit p_limit
    $$`.execute(db);
  await sql`drop index claims_match_keys_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create index claims_match_keys_idx on claims using gin (match_keys) with (fastupdate = off)`.execute(
    db,
  );
  await sql`drop function claim_key_oldest(integer, text, integer)`.execute(db);
  await sql`drop trigger claim_keys_sync on claims`.execute(db);
  await sql`drop function claim_keys_sync()`.execute(db);
  await sql`drop table claim_keys`.execute(db);
}
