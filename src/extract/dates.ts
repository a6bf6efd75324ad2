/** Parses a date as pages write it in metadata; returns ISO 8601 with zone (UTC) or null. */
export function parseDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (!v) return null;
  // A bare date is taken as that calendar day at noon UTC, so a zone shift does not move it to another day.
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const ms = bare ? Date.UTC(Number(bare[1]), Number(bare[2]) - 1, Number(bare[3]), 12) : Date.parse(v);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2100) return null; // absurd dates are treated as none
  return new Date(ms).toISOString();
}
