import type { CaseSource } from '../cases/index.ts';
import type { Db } from '../db/index.ts';
import { listSubscribers, upsertSubscriber } from '../db/index.ts';
import { serveFixtureSite } from './fixture-site.ts';

/** The demo site's outlets listen from this port up, so its URLs stay the same between runs. */
export const demoBasePort = 47800;

/** Who gets the demo's digest when nobody has subscribed yet. */
export const demoSubscriber = 'demo@casewatch.example';

export interface DemoSite {
  sources: CaseSource[];
  /** Hosts the fetcher must be allowed to reach although they are loopback addresses. */
  hosts: string[];
  /** Adds the demo subscriber to the case, unless someone already subscribed to it. */
  ensureSubscriber(db: Db, caseId: number): Promise<void>;
  close(): Promise<void>;
}

/** Serves the bundled fixture news site for `run --demo`. */
export async function serveDemoSite(): Promise<DemoSite> {
  const site = await serveFixtureSite({ basePort: demoBasePort });
  return {
    sources: site.sources,
    hosts: [...new Set(Object.values(site.outlets).map((u) => new URL(u).hostname))],
    async ensureSubscriber(db, caseId) {
      if ((await listSubscribers(db, caseId)).length > 0) return;
      await upsertSubscriber(db, {
        email: demoSubscriber,
        caseId,
        frequency: 'daily',
        hour: 8,
        weekday: 1,
        timezone: 'UTC',
        status: 'active',
      });
    },
    close: () => site.close(),
  };
}
