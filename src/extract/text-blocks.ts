import type { AnyNode, Element } from 'domhandler';
import { blockTags, collapse, isElement, visibleLength } from './dom.ts';

/** A run of inline text between block boundaries: the unit that is scored, filtered and written out. */
export interface TextBlock {
  /** The nearest block-level element holding the text. */
  element: Element;
  /** The text, whitespace collapsed. */
  text: string;
  /** Visible (non-whitespace) characters. */
  chars: number;
  /** Visible characters inside links. */
  linkChars: number;
  /** Number of links the block's text runs through. */
  links: number;
  /** True when the element also holds block children, so this text is one of several runs inside it. */
  mixed: boolean;
  /** Whether the run ended at a <br> (the next run continues the same paragraph visually). */
  endsAtBreak: boolean;
}

interface Run {
  element: Element;
  parts: string[];
  linkChars: number;
  links: number;
}

/**
 * Splits the subtree into text blocks in document order. Each block element (p, div, li, h2, td…) starts a
 * new run; inline elements (a, span, em…) add to the current one; <br> ends a run. Elements in `skip` and
 * their subtrees are left out.
 */
export function textBlocks(root: Element, skip?: ReadonlySet<Element>): TextBlock[] {
  const blocks: TextBlock[] = [];
  const hasBlockChild = new Set<Element>();

  const flush = (run: Run, endsAtBreak: boolean): void => {
    if (run.parts.length === 0) {
      // A second <br> in a row is a paragraph break, not a line break.
      const last = blocks[blocks.length - 1];
      if (endsAtBreak && last?.element === run.element) last.endsAtBreak = false;
      return;
    }
    const text = collapse(run.parts.join(''));
    run.parts = [];
    const linkChars = run.linkChars;
    const links = run.links;
    run.linkChars = 0;
    run.links = 0;
    if (!text) {
      const last = blocks[blocks.length - 1];
      if (endsAtBreak && last?.element === run.element) last.endsAtBreak = false;
      return;
    }
    blocks.push({
      element: run.element,
      text,
      chars: visibleLength(text),
      linkChars,
      links,
      mixed: false,
      endsAtBreak,
    });
  };

  const walk = (node: AnyNode, run: Run, inLink: boolean): void => {
    if (node.type === 'text') {
      run.parts.push(node.data);
      if (inLink) run.linkChars += visibleLength(node.data);
      return;
    }
    if (!isElement(node) || skip?.has(node)) return;
    const name = node.name;
    if (name === 'br' || name === 'hr') {
      flush(run, name === 'br');
      return;
    }
    if (blockTags.has(name)) {
      flush(run, false);
      hasBlockChild.add(run.element);
      const inner: Run = { element: node, parts: [], linkChars: 0, links: 0 };
      for (const child of node.children) walk(child, inner, inLink);
      flush(inner, false);
      return;
    }
    const link = inLink || name === 'a';
    if (name === 'a' && !inLink) run.links += 1;
    for (const child of node.children) walk(child, run, link);
  };

  const top: Run = { element: root, parts: [], linkChars: 0, links: 0 };
  for (const child of root.children) walk(child, top, false);
  flush(top, false);
  for (const block of blocks) block.mixed = hasBlockChild.has(block.element);
  return blocks;
}
