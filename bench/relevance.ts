// bench:relevance — the relevance filter on the labelled set of tests/relevance: precision, recall and the
// pages it gets wrong, overall, for the development and held-out parts, and on the fixture site's pages.
//
//   npm run bench:relevance [-- --json] [-- --set NAME]
//
// --set NAME scores only the labelled files whose name (less .yaml) is NAME or starts with NAME- (so
// --set blind-2026-11-27 takes blind-2026-11-27-relevant.yaml and blind-2026-11-27-not.yaml); it may be
// given more than once, and the fixture site's pages are then left out.
import { loadCaseFile } from '../src/cases/index.ts';
import { defaultCaseFile } from '../src/config/index.ts';
import { relevanceModel } from '../src/relevance/index.ts';
import { fixturePages } from '../tests/relevance/fixture-pages.ts';
import type { LabelledPage } from '../tests/relevance/labelled-set.ts';
import { labelledPages } from '../tests/relevance/labelled-set.ts';

interface Scores {
  pages: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

function scores(rows: { page: Pick<LabelledPage, 'relevant'>; relevant: boolean }[]): Scores {
  const tp = rows.filter((r) => r.page.relevant && r.relevant).length;
  const fp = rows.filter((r) => !r.page.relevant && r.relevant).length;
  const fn = rows.filter((r) => r.page.relevant && !r.relevant).length;
  const tn = rows.filter((r) => !r.page.relevant && !r.relevant).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    pages: rows.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
  };
}

function optionValues(name: string): string[] {
  const values: string[] = [];
  process.argv.forEach((arg, i) => {
    if (arg === name) {
      const value = process.argv[i + 1];
      if (!value || value.startsWith('--')) throw new Error(`${name} needs a value`);
      values.push(value);
    } else if (arg.startsWith(`${name}=`)) values.push(arg.slice(name.length + 1));
  });
  return values;
}

const sets = optionValues('--set');
const inSets = (page: LabelledPage) =>
  !sets.length || sets.some((s) => page.file === s || page.file.startsWith(`${s}-`));
const selected = labelledPages().filter(inSets);
if (!selected.length) throw new Error(`no labelled file matches --set ${sets.join(', ')}`);

const model = relevanceModel(loadCaseFile(defaultCaseFile));
const rows = selected.map((page) => {
  const judged = model.judge({ title: page.title, text: page.text });
  return { page, relevant: judged.relevant, score: judged.score, reasons: judged.reasons };
});
const wrong = rows
  .filter((r) => r.relevant !== r.page.relevant)
  .map((r) => ({ id: r.page.id, labelled: r.page.relevant, score: r.score, reasons: r.reasons }));
// The fixture news site's pages, labelled by their own authors for the pipeline's tests: not part of the set.
const fixtureRows = (sets.length ? [] : fixturePages()).map((page) => {
  const judged = model.judge({ title: page.title, text: page.text });
  return {
    page: { id: page.id, relevant: page.onTopic },
    relevant: judged.relevant,
    score: judged.score,
    reasons: judged.reasons,
  };
});
const fixtureWrong = fixtureRows
  .filter((r) => r.relevant !== r.page.relevant)
  .map((r) => ({
    id: `fixture:${r.page.id}`,
    labelled: r.page.relevant,
    score: r.score,
    reasons: r.reasons,
  }));
const report = {
  sets: sets.length ? [...new Set(selected.map((p) => p.file))] : 'all',
  all: scores(rows),
  dev: scores(rows.filter((r) => !r.page.heldOut)),
  heldOut: scores(rows.filter((r) => r.page.heldOut)),
  fixtureSite: scores(fixtureRows),
  relevantPages: rows.filter((r) => r.page.relevant).length,
  irrelevantPages: rows.filter((r) => !r.page.relevant).length,
  wrong: [...wrong, ...fixtureWrong],
};
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report)}\n`);
else {
  if (Array.isArray(report.sets)) process.stdout.write(`files: ${report.sets.join(', ')}\n`);
  process.stdout.write(
    `pages: ${rows.length} (${report.relevantPages} relevant, ${report.irrelevantPages} not)\n\n`,
  );
  process.stdout.write('              pages  precision  recall     f1   tp   fp   fn   tn\n');
  for (const part of ['all', 'dev', 'heldOut', ...(sets.length ? [] : ['fixtureSite' as const])] as const) {
    const s = report[part];
    process.stdout.write(
      `${part.padEnd(12)} ${String(s.pages).padStart(6)} ${s.precision.toFixed(3).padStart(10)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)} ${[s.truePositives, s.falsePositives, s.falseNegatives, s.trueNegatives].map((n) => String(n).padStart(4)).join(' ')}\n`,
    );
  }
  process.stdout.write(`\nwrong (${report.wrong.length}):\n`);
  for (const w of report.wrong)
    process.stdout.write(
      `  ${w.id} (labelled ${w.labelled ? 'relevant' : 'not'}, score ${w.score}): ${w.reasons.join('; ')}\n`,
    );
}
