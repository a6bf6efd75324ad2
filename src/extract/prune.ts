import type { AnyNode, ParentNode } from 'domhandler';
import { isElement } from './dom.ts';

// Nodes that never hold article prose: code, media, form controls, and anything the page hides. They go
// before any scoring, so text densities are measured on what a reader would see.

const droppedTags = new Set([
  'area',
  'audio',
  'button',
  'canvas',
  'datalist',
  'dialog',
  'embed',
  'head',
  'iframe',
  'img',
  'input',
  'link',
  'map',
  'math',
  'meta',
  'noscript',
  'object',
  'option',
  'picture',
  'script',
  'select',
  'source',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'track',
  'video',
]);

const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  if (attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style;
  return style !== undefined && hiddenStyle.test(style);
}

function keep(node: AnyNode): boolean {
  if (node.type === 'text') return true;
  if (!isElement(node)) return false; // comments, doctypes, processing instructions
  if (droppedTags.has(node.name)) return false;
  return !isHidden(node.attribs);
}

/** Removes scripts, media, controls, comments and hidden elements from the tree, in place. */
export function pruneInvisible(root: ParentNode): void {
  const children = root.children;
  // Most elements lose no child: a new array for every one of them was a large share of the garbage.
  let firstDropped = -1;
  for (let i = 0; i < children.length; i++)
    if (!keep(children[i]!)) {
      firstDropped = i;
      break;
    }
  if (firstDropped >= 0) {
    const kept = children.slice(0, firstDropped);
    for (let i = firstDropped + 1; i < children.length; i++) if (keep(children[i]!)) kept.push(children[i]!);
    root.children = kept;
    kept.forEach((child, i) => {
      child.prev = kept[i - 1] ?? null;
      child.next = kept[i + 1] ?? null;
    });
  }
  for (const child of root.children) if (isElement(child)) pruneInvisible(child);
}
