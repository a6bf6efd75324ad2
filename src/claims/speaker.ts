// Who is quoted: `"…," Torrez said`, `said Torrez`, `Torrez said: "…"`, `according to Torrez`.

const name = String.raw`((?:[A-Z][\p{L}'’.-]+\s+){0,4}[A-Z][\p{L}'’-]+)`;
const verbs = String.raw`(?:said|says|added|stated|wrote|told|argued|noted|explained|declared|continued)`;
const patterns = [
  new RegExp(String.raw`["”]\s*[,.]?\s*${verbs}\s+${name}`, 'u'),
  new RegExp(String.raw`["”]\s*[,.]?\s*${name}\s+${verbs}`, 'u'),
  new RegExp(String.raw`${name}\s+${verbs}(?:\s+in a statement)?[,:]?\s*["“]`, 'u'),
  new RegExp(String.raw`\baccording to\s+${name}`, 'u'),
  new RegExp(String.raw`${name}\s+${verbs}\b`, 'u'),
];
const pronouns = /^(?:He|She|They|It|We|I|The|This|That)$/;

/** The speaker named in a sentence, or null. */
export function findSpeaker(text: string): string | null {
  for (const re of patterns) {
    const m = re.exec(text);
    const who = m?.[1]?.trim();
    if (who && !pronouns.test(who)) return who.replace(/^(?:In|On|As)\s+/, '');
  }
  return null;
}

/** The quoted words of a sentence (the longest quotation), or null. */
export function quotedText(text: string): string | null {
  const quotes = [...text.matchAll(/["“]([^"“”]{12,})["”]/g)].map((m) => m[1] ?? '');
  return quotes.sort((a, b) => b.length - a.length)[0] ?? null;
}
