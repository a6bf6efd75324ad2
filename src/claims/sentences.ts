// First form of sentence splitting: split after . ! ? (and a closing quote) followed by a capital or an opening
// quote, except after common abbreviations and initials. The claims issue replaces this with a tested splitter.

const abbreviations =
  /\b(Inc|LLC|Ltd|Co|Corp|U\.S|U\.K|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|No|St|Jr|Sr|vs|v|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|N\.M|D\.C|a\.m|p\.m|[A-Z])\.$/;

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Splits text into sentences, keeping each one's offsets in the text. Paragraph breaks always end one. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /([.!?]["”’)]?)(\s+)(?=["“‘(]?[A-Z0-9•])|\n\s*\n|\n(?=\s*[•\-*]\s)/g;
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) {
      const offset = start + raw.indexOf(trimmed);
      out.push({ text: trimmed, start: offset, end: offset + trimmed.length });
    }
  };
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + (m[1]?.length ?? 0);
    if (m[1] && abbreviations.test(text.slice(Math.max(0, end - 6), end))) continue;
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}
