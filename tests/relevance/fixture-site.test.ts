import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import { defaultCaseFile } from '../../src/config/index.ts';
import { relevanceModel } from '../../src/relevance/index.ts';
import { fixturePages } from './fixture-pages.ts';

// The fixture news site's pages carry their own labels (on_topic, language): the filter must agree with all.
describe('relevance on the fixture site', () => {
  const model = relevanceModel(loadCaseFile(defaultCaseFile));

  it.each(fixturePages())('$id', (page) => {
    const judged = model.judge({ title: page.title, text: page.text });
    expect(judged.relevant, judged.reasons.join('; ')).toBe(page.onTopic);
    expect(judged.language).toBe(page.language);
  });
});
