import type { TextBlock } from './text-blocks.ts';

// Judgements on single blocks of text, whatever element holds them.

/** Labels that stand alone where an advertisement was. */
const adLabel =
  /^(advertisement|advertising|advert|ads?|sponsored( content)?|anzeige|werbung|publicité|publicidad|pubblicità|реклама)$/i;

/** Whether the block is a run of links (tags, "related" lines) or an ad label rather than prose. */
export function isFurnitureBlock(block: TextBlock): boolean {
  if (block.links >= 2 && block.linkChars > block.chars * 0.7) return true;
  return block.chars <= 30 && adLabel.test(block.text.replace(/[\s:.\-–—]+$/, ''));
}

/** Whether a block ends like a teaser: an excerpt cut off with an ellipsis. */
export function isExcerpt(block: TextBlock): boolean {
  return /(\u2026|\.\.\.|\[\u2026\]|\[\.\.\.\])\s*$/.test(block.text);
}
