import Mustache from 'mustache';
import { escapeHtml } from './markdown.ts';

/**
 * Renders a mustache template with plain HTML escaping. Returns the markup. Mustache's default escaper also
 * encodes "/" and "=", which would print every URL as "http:&#x2F;&#x2F;…" — valid, but not what sites serve.
 */
export function renderTemplate(template: string, view: Record<string, unknown>): string {
  return Mustache.render(template, view, {}, { escape: (value: unknown) => escapeHtml(String(value)) });
}
