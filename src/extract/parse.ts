import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { Document } from 'domhandler';

/**
 * Parses HTML once with htmlparser2 (cheerio's forgiving HTML mode, several times faster than parse5 on
 * large pages). Returns the cheerio API for selector queries and the document tree for direct walks.
 */
export function parsePage(html: string): { $: CheerioAPI; doc: Document } {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  return { $, doc: $.root()[0] as Document };
}
