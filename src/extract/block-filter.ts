import type { TextBlock } from './text-blocks.ts';

// Judgements on single blocks of text, whatever element holds them.

/** Labels that stand alone where an advertisement was. */
const adLabel =
  /^(advertisement|advertising|advert|ads?|sponsored( content)?|anzeige|werbung|publicité|publicidad|pubblicità|реклама)$/i;

const urlLike = /^(https?:\/\/|www\.)\S+$/i;

/** Whether the block is a run of links (tags, "related" lines) or an ad label rather than prose. */
export function isFurnitureBlock(block: TextBlock): boolean {
  if (block.links >= 2 && block.linkChars > block.chars * 0.7) return true;
  // A short paragraph that is one link is a pointer to another story ("READ MORE: …"), not this one.
  // A link written out as an address is a cited source, which articles keep.
  if (
    block.links === 1 &&
    block.chars < 150 &&
    block.linkChars >= block.chars * 0.9 &&
    !urlLike.test(block.text)
  )
    return true;
  return block.chars <= 30 && adLabel.test(block.text.replace(/[\s:.\-–—]+$/, ''));
}

/** Whether a block ends like a teaser: an excerpt cut off with an ellipsis. */
export function isExcerpt(block: TextBlock): boolean {
  return /(\u2026|\.\.\.|\[\u2026\]|\[\.\.\.\])\s*$/.test(block.text);
}
