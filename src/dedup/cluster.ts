import { bestNearDuplicate } from './best-match.ts';
import { fingerprint } from './fingerprint.ts';
import { textHash } from './text-hash.ts';

export interface ClusterItem<T> {
  item: T;
  text: string;
}

/**
 * Groups texts into stories in the order given, exactly as the pipeline does: an exact copy joins its
 * original, a near duplicate joins the story of its best match among earlier texts (found through the same
 * LSH band keys), anything else starts a story. Returns the stories as lists of items, in first-seen order.
 */
export function clusterStories<T>(items: ClusterItem<T>[]): T[][] {
  const stories: T[][] = [];
  const byHash = new Map<string, number>();
  const byBand = new Map<number, number[]>();
  const seen: { story: number; shingles: Uint32Array }[] = [];
  for (const { item, text } of items) {
    const hash = textHash(text);
    const exact = byHash.get(hash);
    if (exact !== undefined) {
      stories[exact]!.push(item);
      continue;
    }
    const fp = fingerprint(text, 0);
    const candidates = new Set<number>();
    for (const key of fp.bands) for (const index of byBand.get(key) ?? []) candidates.add(index);
    const match = bestNearDuplicate(
      fp.shingles,
      [...candidates].sort((a, b) => a - b).map((index) => ({ key: index, shingles: seen[index]!.shingles })),
    );
    const story = match ? seen[match.key]!.story : stories.push([]) - 1;
    stories[story]!.push(item);
    const index = seen.push({ story, shingles: fp.shingles }) - 1;
    byHash.set(hash, story);
    for (const key of fp.bands) {
      const list = byBand.get(key);
      if (list) list.push(index);
      else byBand.set(key, [index]);
    }
  }
  return stories;
}
