import type { Element } from 'domhandler';
import { isElement } from './dom.ts';
import { looksLikeFurniture } from './boilerplate-hints.ts';
import { statsOf } from './element-stats.ts';
import type { ElementStats } from './element-stats.ts';

/** Answers whether an element is, or sits inside, page furniture. */
export type FurnitureTest = (el: Element) => boolean;

/**
 * Finds the furniture zones under the root: elements whose tag, role, class or id says furniture, unless
 * they hold most of the prose beneath `scope` (a wrapper named "has-sidebar" around the whole story is not a
 * sidebar). Returns a memoised test for "is in a zone".
 */
export function furnitureZones(
  root: Element,
  stats: Map<Element, ElementStats>,
  scope: Element = root,
  share = 0.5,
): FurnitureTest {
  const scopeGood = statsOf(stats, scope).goodChars;
  const zones = new Set<Element>();
  const visit = (el: Element): void => {
    if (el !== root && looksLikeFurniture(el) && statsOf(stats, el).goodChars <= scopeGood * share) {
      zones.add(el);
      return;
    }
    for (const child of el.children) if (isElement(child)) visit(child);
  };
  visit(root);
  const memo = new Map<Element, boolean>();
  const inZone = (el: Element): boolean => {
    const known = memo.get(el);
    if (known !== undefined) return known;
    const result = zones.has(el) || (el !== root && isElement(el.parent) ? inZone(el.parent) : false);
    memo.set(el, result);
    return result;
  };
  return inZone;
}
