import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import { defaultCaseFile } from '../../src/config/index.ts';
import { relevanceModel } from '../../src/relevance/index.ts';
import { labelledPages } from './labelled-set.ts';

describe('relevance on the labelled set', () => {
  const model = relevanceModel(loadCaseFile(defaultCaseFile));
  const pages = labelledPages();
  const judged = pages.map((page) => ({ page, ...model.judge({ title: page.title, text: page.text }) }));

  it('has 100+ pages, about as many relevant as not, with unique ids', () => {
    expect(pages.length).toBeGreaterThanOrEqual(100);
    expect(pages.filter((p) => p.relevant).length).toBeGreaterThanOrEqual(40);
    expect(pages.filter((p) => !p.relevant).length).toBeGreaterThanOrEqual(50);
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
  });

  it('keeps precision and recall at 0.95 or better', () => {
    const tp = judged.filter((j) => j.page.relevant && j.relevant).length;
    const fp = judged.filter((j) => !j.page.relevant && j.relevant).length;
    const fn = judged.filter((j) => j.page.relevant && !j.relevant).length;
    const wrong = judged.filter((j) => j.relevant !== j.page.relevant).map((j) => j.page.id);
    expect(tp / (tp + fp), `wrong: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn), `wrong: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('detects each page’s language', () => {
    const mislabelled = judged.filter((j) => j.language !== j.page.language).map((j) => j.page.id);
    expect(mislabelled).toEqual([]);
  });
});
