import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// The fixture news site's pages, with the labels their authors gave them (on_topic, language): written for the
// pipeline's tests, not for the relevance set, so a second, independent check of the filter.

export interface FixturePage {
  id: string;
  title: string;
  text: string;
  onTopic: boolean;
  language: string;
}

interface Front {
  title?: string;
  on_topic: boolean;
  language?: string;
  copy_of?: string;
  drop_last?: number;
}

const root = fileURLToPath(new URL('../fixtures/site/articles/', import.meta.url));

function read(id: string): { front: Front; body: string } {
  const [, front = '', body = ''] = readFileSync(`${root}${id}.md`, 'utf8').split(/^---$/m);
  return { front: parse(front) as Front, body: body.trim() };
}

/**
 * Every page of the fixture site. A syndicated copy carries the original's text (less its last `drop_last`
 * paragraphs) under its own title, or the original's.
 */
export function fixturePages(): FixturePage[] {
  return readdirSync(root)
    .sort()
    .flatMap((site) =>
      readdirSync(root + site)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => {
          const id = `${site}/${f.slice(0, -3)}`;
          const { front, body } = read(id);
          const original = front.copy_of ? read(front.copy_of) : undefined;
          const paragraphs = (original?.body ?? body).split(/\n\s*\n/);
          return {
            id,
            title: front.title ?? original?.front.title ?? '',
            text: paragraphs.slice(0, paragraphs.length - (front.drop_last ?? 0)).join('\n\n'),
            onTopic: front.on_topic,
            language: front.language ?? original?.front.language ?? 'en',
          };
        }),
    );
}
