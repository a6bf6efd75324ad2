import type { CaseDefinition } from '../cases/index.ts';
import { parseCaseDefinition } from '../cases/index.ts';
import type { Db } from './connect.ts';

export interface StoredCase {
  id: number;
  slug: string;
  name: string;
  definition: CaseDefinition;
}

/** Inserts or refreshes a case from its definition; returns its id. */
export async function upsertCase(db: Db, definition: CaseDefinition): Promise<number> {
  const row = await db
    .insertInto('cases')
    .values({ slug: definition.slug, name: definition.name, definition: JSON.stringify(definition) })
    .onConflict((oc) =>
      oc.column('slug').doUpdateSet({
        name: definition.name,
        definition: JSON.stringify(definition),
        updated_at: new Date(),
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every stored case, definitions validated. */
export async function listCases(db: Db): Promise<StoredCase[]> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'slug', 'name', 'definition'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, definition: parseCaseDefinition(r.definition, `case ${r.slug}`) }));
}

/** One case by id. Throws if there is none. */
export async function caseById(db: Db, id: number): Promise<StoredCase> {
  const row = await db
    .selectFrom('cases')
    .select(['id', 'slug', 'name', 'definition'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new Error(`no case with id ${id}`);
  return { ...row, definition: parseCaseDefinition(row.definition, `case ${row.slug}`) };
}

/** One case by slug, or undefined. */
export async function caseBySlug(db: Db, slug: string): Promise<StoredCase | undefined> {
  const row = await db
    .selectFrom('cases')
    .select(['id', 'slug', 'name', 'definition'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? { ...row, definition: parseCaseDefinition(row.definition, `case ${row.slug}`) } : undefined;
}
