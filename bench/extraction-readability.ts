import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Mozilla Readability over a linkedom DOM, the reference extractor; returns its text or '' when it gives up. */
export function readabilityText(html: string, url: string): string {
  const { document } = parseHTML(html);
  try {
    // Readability resolves relative links against the document's URL; linkedom leaves it unset.
    Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
    Object.defineProperty(document, 'baseURI', { value: url, configurable: true });
  } catch {
    // Not every DOM lets these be redefined; Readability copes without them.
  }
  try {
    return (
      new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
        ?.textContent ?? ''
    );
  } catch {
    return '';
  }
}
