import type { Element } from 'domhandler';
import { isElement } from './dom.ts';
import { isExcerpt } from './block-filter.ts';
import type { TextBlock } from './text-blocks.ts';

/** Text measures of an element's whole subtree. */
export interface ElementStats {
  /** Visible characters. */
  chars: number;
  /** Visible characters inside links. */
  linkChars: number;
  /** Visible characters in prose-like blocks: long enough, few links. */
  goodChars: number;
  /** Number of prose-like blocks. */
  goodBlocks: number;
  /** Position of the element in document order. */
  order: number;
}

/** A block reads as prose when it is long enough and mostly not link text. */
export function isProse(block: TextBlock): boolean {
  return block.chars >= 40 && block.linkChars <= block.chars * 0.3 && !isExcerpt(block);
}

const empty: ElementStats = { chars: 0, linkChars: 0, goodChars: 0, goodBlocks: 0, order: -1 };

/** Sums each element's blocks and its descendants' into per-element stats; returns them keyed by element. */
export function elementStats(root: Element, blocks: readonly TextBlock[]): Map<Element, ElementStats> {
  const own = new Map<Element, ElementStats>();
  for (const block of blocks) {
    let s = own.get(block.element);
    if (!s) {
      s = { chars: 0, linkChars: 0, goodChars: 0, goodBlocks: 0, order: -1 };
      own.set(block.element, s);
    }
    s.chars += block.chars;
    s.linkChars += block.linkChars;
    if (isProse(block)) {
      s.goodChars += block.chars;
      s.goodBlocks += 1;
    }
  }
  const all = new Map<Element, ElementStats>();
  let order = 0;
  const sum = (el: Element): ElementStats => {
    const o = own.get(el) ?? empty;
    const s = {
      chars: o.chars,
      linkChars: o.linkChars,
      goodChars: o.goodChars,
      goodBlocks: o.goodBlocks,
      order: order++,
    };
    for (const child of el.children) {
      if (!isElement(child)) continue;
      const c = sum(child);
      s.chars += c.chars;
      s.linkChars += c.linkChars;
      s.goodChars += c.goodChars;
      s.goodBlocks += c.goodBlocks;
    }
    all.set(el, s);
    return s;
  };
  sum(root);
  return all;
}

/** The stats of an element, zeros if it holds no text. */
export function statsOf(stats: Map<Element, ElementStats>, el: Element): ElementStats {
  return stats.get(el) ?? empty;
}

/** Share of the element's text that is link text (0 for no text). */
export function linkDensity(s: ElementStats): number {
  return s.chars > 0 ? s.linkChars / s.chars : 0;
}
