/** What one digest tells one subscriber. Built from the store (db/digests.ts), rendered by render.ts. */
export interface DigestOutlet {
  /** The outlet's name for itself, else its domain. */
  site: string;
  url: string;
  /** Publication time the outlet gave, ISO 8601, if any. */
  publishedAt: string | null;
}

export interface DigestStory {
  id: number;
  title: string;
  firstSeenAt: string;
  /** The outlet that published it first (by its own date, else by when casewatch first saw it). */
  firstPublisher: DigestOutlet;
  /** Every other outlet that carried it. */
  alsoCarriedBy: DigestOutlet[];
}

export interface DigestClaim {
  id: number;
  kind: string;
  text: string;
  articleTitle: string;
  articleUrl: string;
  site: string;
}

export interface DigestConflict {
  mentionId: number;
  sentence: string;
  articleUrl: string;
  site: string;
  /** The stored claim it contradicts, and where that came from. */
  knownText: string;
  knownSource: string;
  /** How the digest introduces it: "Known fact" for the case's own facts, "Said earlier" for coverage. */
  knownLabel: string;
  detail: string;
}

export interface DigestEdit {
  versionId: number;
  title: string;
  url: string;
  version: number;
  seenAt: string;
}

export interface DigestContent {
  caseName: string;
  shortName: string;
  periodStart: string;
  periodEnd: string;
  stories: DigestStory[];
  claims: DigestClaim[];
  conflicts: DigestConflict[];
  updates: DigestConflict[];
  edits: DigestEdit[];
}

export function isEmptyDigest(c: DigestContent): boolean {
  return c.stories.length + c.claims.length + c.conflicts.length + c.updates.length + c.edits.length === 0;
}

/** The subject line says what is inside: "3 new stories, 1 conflicting claim — New Mexico v. Meta". */
export function digestSubject(c: DigestContent): string {
  const parts: string[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (c.stories.length) parts.push(plural(c.stories.length, 'new story', 'new stories'));
  if (c.conflicts.length) parts.push(plural(c.conflicts.length, 'conflicting claim', 'conflicting claims'));
  if (c.updates.length) parts.push(plural(c.updates.length, 'update', 'updates'));
  if (c.claims.length) parts.push(plural(c.claims.length, 'new claim', 'new claims'));
  if (c.edits.length) parts.push(plural(c.edits.length, 'edited article', 'edited articles'));
  // A header is one line: control characters from a case name never reach it.
  const name = c.shortName.replace(/\s+/g, ' ').trim();
  return `${parts.join(', ') || 'Nothing new'} — ${name}`;
}
