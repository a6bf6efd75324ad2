import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCaseFile } from '../../src/cases/index.ts';
import { defaultCaseFile } from '../../src/config/index.ts';
import { relevanceModel } from '../../src/relevance/index.ts';

// The fixture news site's pages carry their own labels (on_topic, language): the filter must agree with all.
const root = fileURLToPath(new URL('../fixtures/site/articles/', import.meta.url));
interface Front {
  title?: string;
  on_topic: boolean;
  language?: string;
  copy_of?: string;
  drop_last?: number;
}

function read(id: string): { front: Front; body: string } {
  const [, front = '', body = ''] = readFileSync(`${root}${id}.md`, 'utf8').split(/^---$/m);
  return { front: parse(front) as Front, body: body.trim() };
}

// A syndicated copy carries the original's text (less its last `drop_last` paragraphs) under its own furniture.
const pages = readdirSync(root).flatMap((site) =>
  readdirSync(root + site)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const id = `${site}/${f.slice(0, -3)}`;
      const { front, body } = read(id);
      const original = front.copy_of ? read(front.copy_of) : undefined;
      const paragraphs = (original?.body ?? body).split(/\n\s*\n/);
      const text = paragraphs.slice(0, paragraphs.length - (front.drop_last ?? 0)).join('\n\n');
      const title = front.title ?? original?.front.title ?? '';
      return {
        id,
        title,
        text,
        onTopic: front.on_topic,
        language: front.language ?? original?.front.language,
      };
    }),
);

describe('relevance on the fixture site', () => {
  const model = relevanceModel(loadCaseFile(defaultCaseFile));

  it.each(pages)('$id', (page) => {
    const judged = model.judge({ title: page.title, text: page.text });
    expect(judged.relevant, judged.reasons.join('; ')).toBe(page.onTopic);
    expect(judged.language).toBe(page.language ?? 'en');
  });
});
