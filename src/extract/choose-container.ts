import type { Element } from 'domhandler';
import { headingTags, isElement } from './dom.ts';
import { hintWeight } from './boilerplate-hints.ts';
import { isExcerpt } from './block-filter.ts';
import { linkDensity, statsOf } from './element-stats.ts';
import type { ElementStats } from './element-stats.ts';
import type { TextBlock } from './text-blocks.ts';

/** The article's container and the run of its siblings that continue the article. */
export interface ArticleContainer {
  top: Element;
  /** The elements to read text from, in document order: top and any siblings that belong with it. */
  parts: Element[];
  score: number;
}

const tagWeights: Record<string, number> = {
  article: 10,
  main: 5,
  div: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

function initialScore(el: Element): number {
  return (tagWeights[el.name] ?? 0) + hintWeight(el);
}

function commas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) n++;
  }
  return n;
}

/** Readability-style paragraph points: each prose block gives its ancestors points that fade with distance. */
function scoreCandidates(
  blocks: readonly TextBlock[],
  inFurniture: (el: Element) => boolean,
): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const block of blocks) {
    if (block.chars < 25 || block.linkChars > block.chars * 0.5) continue;
    if (headingTags.has(block.element.name) || inFurniture(block.element) || isExcerpt(block)) continue;
    const points = 1 + commas(block.text) + Math.min(Math.floor(block.chars / 100), 3);
    let target: Element | null = block.mixed
      ? block.element
      : isElement(block.element.parent)
        ? block.element.parent
        : null;
    for (let level = 0; level < 5 && target && target.name !== 'html'; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(target, (scores.get(target) ?? initialScore(target)) + points / divider);
      target = isElement(target.parent) ? target.parent : null;
    }
  }
  return scores;
}

/**
 * Picks the element that holds the article: the best-scoring candidate, widened to a common ancestor when
 * several strong candidates share one, plus siblings that score close to it. Returns null for no candidate.
 */
export function chooseContainer(
  body: Element,
  blocks: readonly TextBlock[],
  stats: Map<Element, ElementStats>,
  inFurniture: (el: Element) => boolean,
): ArticleContainer | null {
  const raw = scoreCandidates(blocks, inFurniture);
  const scores = new Map<Element, number>();
  for (const [el, score] of raw) scores.set(el, score * (1 - linkDensity(statsOf(stats, el))));
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (!first) return null;
  let [top, topScore] = first;

  // Several strong candidates under one ancestor: the article is split into sections; take the ancestor.
  const alternatives = ranked
    .slice(1, 6)
    .filter(([, s]) => s >= topScore * 0.75)
    .map(([el]) => el);
  if (alternatives.length >= 3) {
    for (let a = top.parent; isElement(a) && a !== body; a = a.parent) {
      const held = alternatives.filter((alt) => isAncestor(a, alt)).length;
      if (held >= 3) {
        top = a;
        break;
      }
    }
  }

  // A parent that scores higher than the candidate holds more of the article.
  let lastScore = scores.get(top) ?? topScore;
  const threshold = lastScore / 3;
  for (let parent = top.parent; isElement(parent) && parent !== body; parent = parent.parent) {
    const s = scores.get(parent);
    if (s === undefined) continue;
    if (s < threshold) break;
    if (s > lastScore) {
      top = parent;
      break;
    }
    lastScore = s;
  }
  while (isElement(top.parent) && top.parent !== body && top.parent.children.filter(isElement).length === 1)
    top = top.parent;
  topScore = scores.get(top) ?? topScore;

  const parts = siblingsWith(top, topScore, scores, stats, inFurniture);
  parts.push(...sameKindElsewhere(top, parts, stats, inFurniture));
  parts.sort((a, b) => statsOf(stats, a).order - statsOf(stats, b).order);
  return { top, parts, score: topScore };
}

/**
 * Elements elsewhere on the page with the top's tag and class that also hold prose: a story split into
 * sections around a pull quote or an ad keeps the same container class for each section.
 */
function sameKindElsewhere(
  top: Element,
  parts: readonly Element[],
  stats: Map<Element, ElementStats>,
  inFurniture: (el: Element) => boolean,
): Element[] {
  const cls = top.attribs.class?.trim();
  if (!cls) return [];
  const minGood = Math.max(80, statsOf(stats, top).goodChars * 0.05);
  const found: Element[] = [];
  for (const el of stats.keys()) {
    if (el === top || el.name !== top.name || el.attribs.class?.trim() !== cls) continue;
    if (parts.some((p) => p === el || isAncestor(p, el) || isAncestor(el, p))) continue;
    if (found.some((f) => isAncestor(f, el) || isAncestor(el, f))) continue;
    const s = statsOf(stats, el);
    if (s.goodChars < minGood || linkDensity(s) > 0.3 || inFurniture(el)) continue;
    found.push(el);
  }
  return found;
}

function isAncestor(ancestor: Element, node: Element): boolean {
  for (let n = node.parent; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** The top element and those of its siblings that score near it or read as stand-alone paragraphs. */
function siblingsWith(
  top: Element,
  topScore: number,
  scores: Map<Element, number>,
  stats: Map<Element, ElementStats>,
  inFurniture: (el: Element) => boolean,
): Element[] {
  const parent = top.parent;
  if (!isElement(parent)) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const parts: Element[] = [];
  for (const sibling of parent.children) {
    if (!isElement(sibling)) continue;
    if (sibling === top) {
      parts.push(sibling);
      continue;
    }
    if (inFurniture(sibling)) continue;
    const sameClass = top.attribs.class && sibling.attribs.class === top.attribs.class ? topScore * 0.2 : 0;
    if ((scores.get(sibling) ?? 0) + sameClass >= threshold) {
      parts.push(sibling);
      continue;
    }
    if (sibling.name !== 'p') continue;
    const s = statsOf(stats, sibling);
    const density = linkDensity(s);
    if (s.chars > 80 && density < 0.25) parts.push(sibling);
    else if (
      s.chars > 0 &&
      s.chars <= 80 &&
      density === 0 &&
      /\.\s*$/.test(sibling.children.map(textOfShallow).join(''))
    )
      parts.push(sibling);
  }
  return parts;
}

function textOfShallow(node: Element['children'][number]): string {
  return node.type === 'text' ? node.data : '';
}
