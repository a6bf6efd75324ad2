import type { Element } from 'domhandler';

// What an element's tag, class, id and role say about it. Class and id names are split into words
// ("article__share-bar" → article, share, bar; "relatedStories" → related, stories) and matched by word or
// by stem, so "header" does not count as "ad" and "navigation" counts as "nav".

/** Tags that hold page furniture wherever they appear. */
const furnitureTags = new Set(['nav', 'aside', 'footer', 'header', 'form', 'figure', 'figcaption', 'menu']);

/** Whole words that mark furniture. */
const furnitureWords = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'advertising',
  'adslot',
  'adunit',
  'author',
  'authors',
  'banner',
  'bio',
  'byline',
  'bylines',
  'caption',
  'captions',
  'credit',
  'credits',
  'dateline',
  'hidden',
  'modal',
  'next',
  'pager',
  'pagination',
  'prev',
  'previous',
  'overlay',
  'popup',
  'print',
  'skip',
  'tag',
  'tags',
  'toolbar',
  'topics',
  'widget',
  'widgets',
]);

/** Word beginnings that mark furniture: "share" covers sharebar and sharing, "comment" comments. */
const furnitureStems = [
  'breadcrumb',
  'comment',
  'consent',
  'cookie',
  'disqus',
  'footer',
  'gallery',
  'gdpr',
  'masthead',
  'menu',
  'nav',
  'newsletter',
  'outbrain',
  'paywall',
  'popular',
  'promo',
  'recent',
  'recirc',
  'recommend',
  'related',
  'share',
  'sharing',
  'sidebar',
  'signup',
  'social',
  'sponsor',
  'subscri',
  'taboola',
  'trending',
];

/** Words that never mark furniture even though a stem above matches them. */
const notFurniture = new Set(['commentary', 'commentaries', 'navigator']);

/** Whole words that mark the article's own container. */
const contentWords = new Set([
  'article',
  'articlebody',
  'body',
  'content',
  'entry',
  'main',
  'post',
  'prose',
  'richtext',
  'story',
  'storybody',
  'text',
]);

const furnitureRoles = new Set([
  'alert',
  'alertdialog',
  'banner',
  'complementary',
  'contentinfo',
  'dialog',
  'menu',
  'menubar',
  'navigation',
  'search',
  'tablist',
  'toolbar',
]);

const wordCache = new Map<string, string[]>();
const noWords: string[] = [];

/** The words of an element's class and id: split at punctuation and at lower-to-upper case changes. */
export function hintWords(el: Element): string[] {
  const { class: cls, id } = el.attribs;
  if (!cls && !id) return noWords;
  const raw = `${cls ?? ''} ${id ?? ''}`;
  if (raw.length === 1) return noWords;
  let words = wordCache.get(raw);
  if (!words) {
    words = raw
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (wordCache.size > 5000) wordCache.clear();
    wordCache.set(raw, words);
  }
  return words;
}

function furnitureWord(word: string): boolean {
  if (furnitureWords.has(word)) return true;
  if (notFurniture.has(word)) return false;
  for (const stem of furnitureStems) if (word.startsWith(stem)) return true;
  return false;
}

/** Whether the element's tag, role, class or id says it is page furniture (navigation, share bar, ads…). */
export function looksLikeFurniture(el: Element): boolean {
  if (furnitureTags.has(el.name)) return true;
  const role = el.attribs.role;
  if (role !== undefined && furnitureRoles.has(role.toLowerCase())) return true;
  if (el.attribs.itemprop === 'articleBody') return false;
  const words = hintWords(el);
  for (const word of words) if (furnitureWord(word)) return true;
  return false;
}

/** A score adjustment from the element's class and id: positive for article containers, negative for furniture. */
export function hintWeight(el: Element): number {
  if (el.attribs.itemprop === 'articleBody') return 40;
  const words = hintWords(el);
  if (words.length === 0) return 0;
  let weight = 0;
  if (words.some(furnitureWord)) weight -= 25;
  if (words.some((w) => contentWords.has(w))) weight += 25;
  return weight;
}
