import { randomBytes } from 'node:crypto';
import type { Db } from './connect.ts';

/**
 * The installation's signing secret: generated once and kept in the store, so every worker on every machine
 * signs and checks links with the same key. Concurrent first calls agree through the primary key.
 */
export async function installationSecret(db: Db): Promise<string> {
  await db
    .insertInto('app_settings')
    .values({ key: 'secret', value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_settings')
    .select('value')
    .where('key', '=', 'secret')
    .executeTakeFirstOrThrow();
  return row.value;
}
