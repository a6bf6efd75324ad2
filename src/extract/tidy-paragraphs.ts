import { collapse } from './dom.ts';
import type { Paragraph } from './render-text.ts';

/** Lower-cased letters and digits only, for comparing a paragraph with the title or a byline. */
function comparable(text: string): string {
  return collapse(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Drops paragraphs that repeat the page's metadata rather than tell the story: the title, and a short
 * byline naming the authors. Returns the paragraphs kept.
 */
export function tidyParagraphs(
  paragraphs: readonly Paragraph[],
  hints: { title?: string | null; authors?: readonly string[] },
): Paragraph[] {
  const title = hints.title ? comparable(hints.title) : '';
  return paragraphs.filter((p) => {
    if (!/[\p{L}\p{N}]/u.test(p.text)) return false;
    // Only a paragraph about as long as the title can be the title again; the rest need no comparing.
    if (title && p.text.length <= title.length * 2 + 20 && comparable(p.text) === title) return false;
    return true;
  });
}
