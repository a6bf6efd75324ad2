import type { Element } from 'domhandler';
import { blockTags, headingTags, isElement, textOf, visibleLength } from './dom.ts';
import { looksLikeFurniture } from './boilerplate-hints.ts';
import { linkDensity, statsOf } from './element-stats.ts';
import type { ElementStats } from './element-stats.ts';

/** Leaf text elements are judged by the block filter, not as link lists: a linked sentence is still prose. */
const leafTextTags = new Set([
  'p',
  'li',
  'dd',
  'dt',
  'td',
  'th',
  'blockquote',
  'pre',
  'span',
  'em',
  'strong',
]);

/** Microdata properties that mark metadata printed in the body (a date, an author), not prose. */
const metadataProps = new Set([
  'author',
  'creator',
  'dateCreated',
  'dateModified',
  'datePublished',
  'headline',
  'keywords',
  'publisher',
]);

/**
 * Finds the elements inside the article's parts that are not article text: furniture by tag, role, class or
 * id (unless it holds much of the article's prose), link lists, microdata metadata and the title's h1.
 * Returns them as a set; blocks inside any of them are left out.
 */
export function unwantedInside(parts: readonly Element[], stats: Map<Element, ElementStats>): Set<Element> {
  const articleGood = parts.reduce((sum, p) => sum + statsOf(stats, p).goodChars, 0);
  const unwanted = new Set<Element>();
  const isUnwanted = (el: Element): boolean => {
    const s = statsOf(stats, el);
    if (el.name === 'h1' || (headingTags.has(el.name) && linkDensity(s) > 0.5)) return true;
    const prop = el.attribs.itemprop;
    if (prop !== undefined && metadataProps.has(prop) && s.chars < 200) return true;
    if (looksLikeFurniture(el) && s.goodChars <= articleGood * 0.4) return true;
    return !leafTextTags.has(el.name) && linkDensity(s) > 0.5 && s.goodChars <= articleGood * 0.3;
  };
  const isUnwantedInline = (el: Element): boolean => {
    if (el.name === 'a') return false;
    const prop = el.attribs.itemprop;
    if (prop !== undefined && metadataProps.has(prop)) return visibleLength(textOf(el)) < 200;
    return looksLikeFurniture(el);
  };
  const visit = (el: Element, isPart: boolean): void => {
    if (!isPart) {
      // Inline elements carry no block stats of their own; only their names and microdata can rule them out.
      if (statsOf(stats, el).chars === 0 && !blockTags.has(el.name)) {
        if (isUnwantedInline(el)) unwanted.add(el);
        return;
      }
      if (statsOf(stats, el).chars === 0) return;
      if (isUnwanted(el)) {
        unwanted.add(el);
        return;
      }
    }
    for (const child of el.children) if (isElement(child)) visit(child, false);
  };
  for (const part of parts) visit(part, true);
  return unwanted;
}
