import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeSources,
  recordSourceFailure,
  recordSourceRead,
  setSourceState,
  syncSources,
} from '../../src/db/index.ts';
import { storeTestCase } from '../helpers/articles.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase } from '../helpers/services.ts';

// A source that keeps failing is paused after N failures in a row and no pass reads it until it is resumed; a
// success in between starts the count again.

let store: FreshDatabase;
let sourceId: number;

beforeAll(async () => {
  store = await freshDatabase('source_health');
  const caseId = await storeTestCase(store.db, 'health');
  const [source] = await syncSources(store.db, caseId, [
    { name: 'Flaky feed', kind: 'feed', url: 'https://flaky.example/feed', enabled: true },
  ]);
  sourceId = source!.id;
});
afterAll(async () => store?.drop());

const fail = () =>
  recordSourceFailure(store.db, sourceId, null, 'HTTP 503 from https://flaky.example/feed', 3);
const isActive = async () => (await activeSources(store.db)).some((s) => s.id === sourceId);

describe('source health', () => {
  it('counts failures in a row and forgets them after a good read', async () => {
    expect(await fail()).toEqual({ failures: 1, paused: false });
    expect(await fail()).toEqual({ failures: 2, paused: false });
    await recordSourceRead(store.db, sourceId, null, {
      etag: null,
      lastModified: null,
      notModified: false,
      candidates: 3,
      queued: 3,
    });
    expect(await fail()).toEqual({ failures: 1, paused: false });
    expect(await isActive()).toBe(true);
  });

  it('pauses the source at the third failure in a row, once, and keeps the error and since when', async () => {
    expect(await fail()).toEqual({ failures: 2, paused: false });
    expect(await fail()).toEqual({ failures: 3, paused: true });
    expect(await fail()).toEqual({ failures: 4, paused: false }); // already paused: a late job's failure
    expect(await isActive()).toBe(false);
    const row = await store.db
      .selectFrom('sources')
      .selectAll()
      .where('id', '=', sourceId)
      .executeTakeFirstOrThrow();
    expect(row.paused_at).not.toBeNull();
    expect(row.failing_since).not.toBeNull();
    expect(row.last_error).toBe('HTTP 503 from https://flaky.example/feed');
  });

  it('reads the source again once resumed, its streak forgotten', async () => {
    await setSourceState(store.db, sourceId, 'resumed');
    expect(await isActive()).toBe(true);
    expect(await fail()).toEqual({ failures: 1, paused: false });
  });
});
