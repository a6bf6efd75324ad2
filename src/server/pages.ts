import { readFileSync } from 'node:fs';
import Mustache from 'mustache';

const template = readFileSync(new URL('../digest/templates/page.html.mustache', import.meta.url), 'utf8');

export interface Page {
  title: string;
  message: string;
  /** A form that POSTs the token back: links followed by mail scanners must change nothing. */
  form?: { action: string; token: string; button: string };
}

/** Renders a small HTML page; Mustache escapes every value. */
export function renderPage(page: Page): string {
  return Mustache.render(template, page);
}
