import { readFileSync } from 'node:fs';
import path from 'node:path';
import Mustache from 'mustache';
import { templateDir } from '../config/paths.ts';
import type { DigestConflict, DigestContent } from './content.ts';
import { digestSubject } from './content.ts';

const templates = {
  html: readFileSync(path.join(templateDir, 'digest.html.mustache'), 'utf8'),
  text: readFileSync(path.join(templateDir, 'digest.txt.mustache'), 'utf8'),
};

export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
}

export interface Recipient {
  email: string;
  frequency: string;
  unsubscribeUrl: string;
}

/** How many items of each section a digest shows; the rest are counted in a line of their own. */
const shown = { stories: 40, claims: 25, conflicts: 25, updates: 25, edits: 20 } as const;

function day(iso: string): string {
  return iso.slice(0, 10);
}

/** "2026-03-24 19:02 UTC": the reader's zone is not known here, so the time says which one it is in. */
function minute(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const utc = at.toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}

/**
 * Conflicting claims against one earlier claim, shown once: the first with its outlet, the others as "also said
 * by" (four outlets saying "under 14" against one that said "14 and under" are one disagreement, not four).
 */
function groupConflicts(conflicts: readonly DigestConflict[]) {
  const groups = new Map<string, { first: DigestConflict; also: DigestConflict[] }>();
  for (const c of conflicts) {
    const key = `${c.knownSource}\u0000${c.knownText}`;
    const group = groups.get(key);
    if (group) group.also.push(c);
    else groups.set(key, { first: c, also: [] });
  }
  return [...groups.values()].map(({ first, also }) => ({
    ...first,
    hasAlsoSaid: also.length > 0,
    alsoSaid: also.map((c, i) => ({ site: c.site, articleUrl: c.articleUrl, last: i === also.length - 1 })),
  }));
}

/**
 * Renders a digest as HTML (table layout, inline styles: what mail clients render) and plain text.
 * Mustache escapes every value in the HTML template, so nothing that came from the web reaches it raw.
 */
export function renderDigest(content: DigestContent, recipient: Recipient): RenderedDigest {
  const subject = digestSubject(content);
  const view = {
    ...content,
    ...recipient,
    subject,
    summary: subject.replace(/ — .*$/, ''),
    periodLabel: `${day(content.periodStart)} to ${day(content.periodEnd)}`,
    stories: content.stories.slice(0, shown.stories).map((s) => ({
      ...s,
      // A page without a title still needs something to click.
      title: s.title.trim() || s.firstPublisher.url,
      firstPublisher: {
        ...s.firstPublisher,
        publishedAt: s.firstPublisher.publishedAt && minute(s.firstPublisher.publishedAt),
      },
      hasCopies: s.alsoCarriedBy.length > 0,
      alsoCarriedBy: s.alsoCarriedBy.map((o, i, all) => ({ ...o, last: i === all.length - 1 })),
    })),
    claims: content.claims.slice(0, shown.claims),
    conflicts: groupConflicts(content.conflicts).slice(0, shown.conflicts),
    updates: content.updates.slice(0, shown.updates),
    edits: content.edits.slice(0, shown.edits).map((e) => ({ ...e, title: e.title.trim() || e.url })),
    moreStories: Math.max(0, content.stories.length - shown.stories),
    moreClaims: Math.max(0, content.claims.length - shown.claims),
    moreConflicts: Math.max(0, groupConflicts(content.conflicts).length - shown.conflicts),
    moreUpdates: Math.max(0, content.updates.length - shown.updates),
    moreEdits: Math.max(0, content.edits.length - shown.edits),
    hasStories: content.stories.length > 0,
    hasClaims: content.claims.length > 0,
    hasConflicts: content.conflicts.length > 0,
    hasUpdates: content.updates.length > 0,
    hasEdits: content.edits.length > 0,
  };
  return {
    subject,
    html: Mustache.render(templates.html, view),
    text: Mustache.render(templates.text, view).replace(/\n{3,}/g, '\n\n'),
  };
}
