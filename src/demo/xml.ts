/**
 * Escapes text for an XML text node or attribute. Quotes and apostrophes in text stay as they are: they are
 * legal there, and the project's sitemap reader expands no entity but &amp;.
 */
export function escapeXml(text: string, attribute = false): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute ? escaped.replace(/"/g, '&quot;') : escaped;
}

/** The latest modification among pages, or the epoch for none: what a feed's Last-Modified says. */
export function latestOf(dates: Date[]): Date {
  return new Date(Math.max(0, ...dates.map((d) => d.getTime())));
}
