import type { Document, Element } from 'domhandler';
import { Element as DomElement } from 'domhandler';
import { chooseContainer } from './choose-container.ts';
import { unwantedInside } from './clean-container.ts';
import { findFirst } from './dom.ts';
import { elementStats } from './element-stats.ts';
import { furnitureZones } from './furniture-zones.ts';
import { pruneInvisible } from './prune.ts';
import { blocksToParagraphs, paragraphsToText } from './render-text.ts';
import type { Paragraph } from './render-text.ts';
import { textBlocks } from './text-blocks.ts';
import { tidyParagraphs } from './tidy-paragraphs.ts';

/** The article's main text, and the paragraphs it was written from. */
export interface MainText {
  text: string;
  paragraphs: Paragraph[];
}

/** What the metadata already knows, used to drop the title and byline where the body repeats them. */
export interface MainTextHints {
  title?: string | null;
  authors?: readonly string[];
}

/** The page's <body>, or a stand-in element holding the whole document when the markup has none. */
function bodyOf(doc: Document): Element {
  const body = findFirst(doc, (el) => el.name === 'body');
  if (body) return body;
  const stand = new DomElement('body', {}, [...doc.children]);
  for (const child of stand.children) child.parent = stand;
  return stand;
}

/**
 * Reads the article's main text from a parsed page: drops invisible nodes, scores containers by their prose,
 * removes furniture inside the chosen one and writes its blocks out as paragraphs. Mutates the tree.
 */
export function readMainText(doc: Document, hints: MainTextHints = {}): MainText {
  const body = bodyOf(doc);
  pruneInvisible(body);
  const blocks = textBlocks(body);
  const stats = elementStats(body, blocks);
  const inFurniture = furnitureZones(body, stats);
  const container = chooseContainer(body, blocks, stats, inFurniture);
  const parts = container ? container.parts : [body];
  const unwanted = unwantedInside(parts, stats);
  const paragraphs = tidyParagraphs(
    parts.flatMap((part) => blocksToParagraphs(textBlocks(part, unwanted))),
    hints,
  );
  return { text: paragraphsToText(paragraphs), paragraphs };
}
