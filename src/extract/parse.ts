import * as cheerio from 'cheerio';
import type { Document } from 'domhandler';

/**
 * Parses HTML once with htmlparser2 (cheerio's forgiving HTML mode, several times faster than parse5 on
 * large pages). Returns the document tree, which the extractor walks directly: a selector query walks the
 * whole tree once per call.
 */
export function parsePage(html: string): Document {
  return cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } }).root()[0] as Document;
}
