import type { Element } from 'domhandler';
import { headingTags } from './dom.ts';
import { isFurnitureBlock } from './block-filter.ts';
import type { TextBlock } from './text-blocks.ts';

/** One paragraph of the article as written out: its text and what kind of block it came from. */
export interface Paragraph {
  text: string;
  kind: 'heading' | 'item' | 'paragraph';
  element: Element;
  chars: number;
  linkChars: number;
}

function kindOf(el: Element): Paragraph['kind'] {
  if (headingTags.has(el.name)) return 'heading';
  if (el.name === 'li' || el.name === 'dd' || el.name === 'dt') return 'item';
  return 'paragraph';
}

/**
 * Turns blocks into paragraphs, leaving out link lists and ad labels. Runs split by a single <br> inside one
 * element stay one paragraph, one line each.
 */
export function blocksToParagraphs(blocks: readonly TextBlock[]): Paragraph[] {
  const out: Paragraph[] = [];
  let joinNext = false;
  for (const block of blocks) {
    if (isFurnitureBlock(block)) {
      joinNext = false;
      continue;
    }
    const last = out[out.length - 1];
    if (joinNext && last && last.element === block.element) {
      last.text += `\n${block.text}`;
      last.chars += block.chars;
      last.linkChars += block.linkChars;
    } else {
      out.push({
        text: block.text,
        kind: kindOf(block.element),
        element: block.element,
        chars: block.chars,
        linkChars: block.linkChars,
      });
    }
    joinNext = block.endsAtBreak;
  }
  return out;
}

/** The paragraphs as plain text: blank lines between paragraphs, list items marked with a bullet. */
export function paragraphsToText(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p) => (p.kind === 'item' ? `• ${p.text}` : p.text)).join('\n\n');
}
