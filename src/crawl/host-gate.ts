/**
 * Spaces requests to one host: whoever asks gets the next free slot and waits for it. Shared through Redis
 * between every worker process in the services mode, in memory in the embedded mode, so two sources on one
 * host — or two workers reading them — share that host's budget.
 */
export interface HostGate {
  /** Takes this host's next slot and returns how long to wait for it, ms; the slot after is `intervalMs` later. */
  reserve(host: string, intervalMs: number): Promise<number>;
  /** Keeps every request away from the host for `ms` (a Retry-After). */
  defer(host: string, ms: number): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The longest one request waits for its slot; a longer queue fails the request, to be retried later. */
export const maxGateWaitMs = 5 * 60_000;

export class HostBusyError extends Error {
  override name = 'HostBusyError';
}

/**
 * Takes the host's next slot and waits for it. Throws HostBusyError when the slot is further away than a
 * request should wait (a long Retry-After): the job is retried later instead of holding a worker.
 */
export async function waitForSlot(gate: HostGate, host: string, intervalMs: number): Promise<void> {
  const ms = await gate.reserve(host, intervalMs);
  if (ms > maxGateWaitMs)
    throw new HostBusyError(`${host} is busy for ${Math.round(ms / 1000)} s more; try later`);
  if (ms > 0) await sleep(ms);
}

/** A gate for one process. Entries for hosts whose slots have passed are dropped, so it stays small. */
export function createMemoryHostGate(now: () => number = Date.now): HostGate {
  const nextFree = new Map<string, number>();
  const prune = () => {
    if (nextFree.size < 10_000) return;
    const t = now();
    for (const [host, at] of nextFree) if (at < t) nextFree.delete(host);
  };
  return {
    async reserve(host, intervalMs) {
      prune();
      const t = now();
      const slot = Math.max(t, nextFree.get(host) ?? 0);
      nextFree.set(host, slot + intervalMs);
      return slot - t;
    },
    async defer(host, ms) {
      nextFree.set(host, Math.max(nextFree.get(host) ?? 0, now() + ms));
    },
    async close() {
      nextFree.clear();
    },
  };
}
