import { readFileSync } from 'node:fs';
import Mustache from 'mustache';
import type { DigestContent } from './content.ts';
import { digestSubject } from './content.ts';

const templateDir = new URL('./templates/', import.meta.url);
const templates = {
  html: readFileSync(new URL('digest.html.mustache', templateDir), 'utf8'),
  text: readFileSync(new URL('digest.txt.mustache', templateDir), 'utf8'),
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

function day(iso: string): string {
  return iso.slice(0, 10);
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
    stories: content.stories.map((s) => ({
      ...s,
      hasCopies: s.alsoCarriedBy.length > 0,
      alsoCarriedBy: s.alsoCarriedBy.map((o, i, all) => ({ ...o, last: i === all.length - 1 })),
    })),
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
