import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

// First form of main-text extraction: strip obvious furniture, pick the block with the most paragraph text,
// and write its paragraphs, headings and list items out one per paragraph.

const furnitureTags =
  'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, input, figure, figcaption, dialog';
const furnitureHint =
  /(^|[-_\s])(nav|menu|breadcrumbs?|share|sharing|social|newsletter|subscribe|subscription|signup|related|recommend|comments?|cookie|consent|promo|advert|ads?|sponsor|sidebar|footer|masthead|topbar|toolbar|popup|modal|paywall|byline|dateline|caption|credit|tags?|author-bio)([-_\s]|$)/i;
const boilerplateLine =
  /^(sign up|subscribe|follow (us|america)|related articles|read more|back to top|advertisement|share this|click here|continue reading|discover more from|icymi:|close$|local$)/i;

const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dd', 'dt']);

function attrHint(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''} ${el.attribs.role ?? ''}`;
}

function clean(value: string): string {
  return value.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Scores each element by the text of the paragraphs directly inside it; the best scoring one holds the article. */
function bestContainer($: CheerioAPI): Cheerio<AnyNode> {
  const marked = $('[itemprop="articleBody"]').first();
  if (marked.length && clean(marked.text()).length > 200) return marked;
  const scores = new Map<AnyNode, number>();
  $('p').each((_, p) => {
    const length = clean($(p).text()).length;
    if (length < 25) return;
    const parent = p.parent;
    if (!parent) return;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parent;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  });
  let best: AnyNode | undefined;
  let bestScore = 0;
  for (const [node, score] of scores) {
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best ? $(best) : $('body');
}

/** The article's main text: paragraphs separated by blank lines. */
export function readMainText($: CheerioAPI): string {
  $(furnitureTags).remove();
  $('[class], [id], [role]').each((_, el) => {
    if (
      el.type === 'tag' &&
      el.name !== 'body' &&
      el.name !== 'html' &&
      el.name !== 'article' &&
      el.name !== 'main' &&
      furnitureHint.test(attrHint(el))
    ) {
      $(el).remove();
    }
  });
  const container = bestContainer($);
  const blocks: string[] = [];
  const walk = (nodes: Cheerio<AnyNode>): void => {
    nodes.each((_, node) => {
      if (node.type !== 'tag') return;
      const el = node as Element;
      if (blockTags.has(el.name) && !$(el).find('p, li, h2, h3').length) {
        const line = clean($(el).text());
        if (line && !boilerplateLine.test(line)) blocks.push(el.name === 'li' ? `• ${line}` : line);
        return;
      }
      walk($(el).children());
    });
  };
  walk(container.children());
  if (blocks.length === 0) {
    const all = clean(container.text());
    return all;
  }
  return blocks.join('\n\n');
}
