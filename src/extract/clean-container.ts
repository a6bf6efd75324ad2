import type { Element } from 'domhandler';
import { headingTags, isElement } from './dom.ts';
import { looksLikeFurniture } from './boilerplate-hints.ts';
import { linkDensity, statsOf } from './element-stats.ts';
import type { ElementStats } from './element-stats.ts';

/**
 * Finds the elements inside the article's parts that are not article text: furniture by tag, role, class or
 * id (unless it holds much of the article's prose), link lists, and the page title's h1. Returns them as a
 * set; blocks inside any of them are left out.
 */
export function unwantedInside(parts: readonly Element[], stats: Map<Element, ElementStats>): Set<Element> {
  const articleGood = parts.reduce((sum, p) => sum + statsOf(stats, p).goodChars, 0);
  const unwanted = new Set<Element>();
  const visit = (el: Element, isPart: boolean): void => {
    const s = statsOf(stats, el);
    if (!isPart) {
      if (s.chars === 0) return;
      if (el.name === 'h1' || (headingTags.has(el.name) && linkDensity(s) > 0.5)) {
        unwanted.add(el);
        return;
      }
      if (looksLikeFurniture(el) && s.goodChars <= articleGood * 0.4) {
        unwanted.add(el);
        return;
      }
      if (linkDensity(s) > 0.5 && s.goodChars <= articleGood * 0.3) {
        unwanted.add(el);
        return;
      }
    }
    for (const child of el.children) if (isElement(child)) visit(child, false);
  };
  for (const part of parts) visit(part, true);
  return unwanted;
}
