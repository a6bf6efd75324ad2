// Sentence splitting for news text: after . ! ? (and a closing quote) followed by a capital, a digit, a bullet
// or an opening quote; never after an abbreviation (Inc., U.S., Mr., No. 5) or an initial, and never inside a
// quotation that continues over several sentences (its speaker tag belongs to the whole quote). Paragraph
// breaks and bullet items always end a sentence. Hand-written: wink-nlp and compromise both split
// `"… children." he added` style attributions and `Inc.` before a capital less predictably than this table.

const abbreviations =
  /(?:^|[\s(“"])(?:Inc|LLC|Ltd|Co|Corp|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Atty|Hon|No|Nos|St|Jr|Sr|vs|v|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Ariz|Calif|Colo|Fla|a\.m|p\.m|(?:[A-Za-z]\.)+[A-Za-z]|[A-Z])\.$/;

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const bulletStart = /^[ \t]*(?:[•·▪◦‣*-]|\d{1,2}[.)])[ \t]+/;
const boundary = /([.!?]+["”’)]?)(\s+)(?=["“‘(]?[A-Z0-9•·▪])/g;
/** A quotation left open this long is a stray mark, not a quote spanning sentences. */
const longestQuote = 1200;

function openQuote(text: string): boolean {
  const curlyOpen = (text.match(/“/g) ?? []).length;
  const curlyClose = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return curlyOpen > curlyClose || straight % 2 === 1;
}

/** Splits one block (a paragraph or bullet item) at sentence ends. */
function splitBlock(text: string, offset: number, out: Sentence[]): void {
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (!trimmed) return;
    const at = offset + start + raw.indexOf(trimmed);
    out.push({ text: trimmed, start: at, end: at + trimmed.length });
  };
  boundary.lastIndex = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + (m[1]?.length ?? 0);
    const before = text.slice(Math.max(start, end - 12), end);
    if (m[1] === '.' && abbreviations.test(before)) continue;
    const sofar = text.slice(start, end);
    if (openQuote(sofar) && sofar.length < longestQuote) continue;
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
}

/** A line break after a finished sentence or a short line (a heading, page furniture) ends the block. */
function endsBlock(block: string): boolean {
  const last = block.trimEnd().split('\n').pop() ?? '';
  return /[.!?:"”’]$/.test(last) || last.split(/\s+/).length < 8;
}

/** Splits text into sentences, keeping each one's offsets in the text. Paragraph breaks and bullets end one. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = /[^\n]*(?:\n|$)/g;
  let block = '';
  let blockStart = 0;
  const flush = (): void => {
    if (block.trim()) splitBlock(block, blockStart, out);
    block = '';
  };
  for (let m = lines.exec(text); m && m[0] !== ''; m = lines.exec(text)) {
    const line = m[0];
    const bullet = bulletStart.exec(line);
    if (!line.trim() || bullet || endsBlock(block)) flush();
    if (!line.trim()) continue;
    if (!block) blockStart = m.index + (bullet ? bullet[0].length : 0);
    block += bullet && !block ? line.slice(bullet[0].length) : line;
    if (bullet) flush();
  }
  flush();
  return out;
}
