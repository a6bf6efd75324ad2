import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeSources, listSources, recordSourceRead, syncSources } from '../../src/db/index.ts';
import { storeTestCase } from '../helpers/articles.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase } from '../helpers/services.ts';

// The case file is what a pass reads: a source it stops listing is retired (kept with its crawl state, read by no
// pass), and listed again it comes back as it was. Sources added from the command line are the file's business
// only once the file lists them.

let store: FreshDatabase;
let caseId: number;
const feed = { name: 'Feed', kind: 'feed' as const, url: 'https://one.example/feed', enabled: true };
const sitemap = {
  name: 'Sitemap',
  kind: 'sitemap' as const,
  url: 'https://two.example/sitemap.xml',
  enabled: true,
};

beforeAll(async () => {
  store = await freshDatabase('source_sync');
  caseId = await storeTestCase(store.db, 'sync');
});
afterAll(async () => store?.drop());

const activeUrls = async () => (await activeSources(store.db)).map((s) => s.url).sort();

describe('syncing a case file’s sources', () => {
  it('retires a source the file no longer lists, keeping it and its crawl state', async () => {
    const [first] = await syncSources(store.db, caseId, [feed, sitemap]);
    await recordSourceRead(store.db, first!.id, null, {
      etag: '"v1"',
      lastModified: null,
      notModified: false,
      candidates: 0,
      queued: 0,
    });
    expect(await activeUrls()).toEqual([feed.url, sitemap.url]);

    const listed = await syncSources(store.db, caseId, [sitemap]);
    expect(listed.map((s) => s.url)).toEqual([sitemap.url]);
    expect(await activeUrls()).toEqual([sitemap.url]);
    const kept = (await listSources(store.db, { caseId })).find((s) => s.url === feed.url);
    expect(kept?.retired_at).toBeInstanceOf(Date);
    expect(kept?.etag).toBe('"v1"');
  });

  it('brings a retired source back when the file lists it again', async () => {
    await syncSources(store.db, caseId, [sitemap, feed]);
    expect(await activeUrls()).toEqual([feed.url, sitemap.url]);
    const back = (await listSources(store.db, { caseId })).find((s) => s.url === feed.url);
    expect(back?.retired_at).toBeNull();
    expect(back?.etag).toBe('"v1"');
  });

  it('leaves sources of another origin alone, and retires them all when the file lists none', async () => {
    await syncSources(store.db, caseId, [{ ...feed, url: 'https://cli.example/feed' }], 'cli');
    await syncSources(store.db, caseId, []);
    expect(await activeUrls()).toEqual(['https://cli.example/feed']);
  });
});
