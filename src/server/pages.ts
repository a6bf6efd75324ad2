import { readFileSync } from 'node:fs';
import path from 'node:path';
import Mustache from 'mustache';
import { templateDir } from '../config/paths.ts';

const template = readFileSync(path.join(templateDir, 'page.html.mustache'), 'utf8');

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
