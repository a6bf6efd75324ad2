// Scores the claim diff on the labelled pairs in tests/claims/labelled-pairs.ts: per-relation precision,
// recall and F1, and their macro average. `--json` prints one JSON object instead of a table.
import { loadCaseFile } from '../src/cases/index.ts';
import type { ClaimRelation } from '../src/claims/index.ts';
import { aliasTable, analyseClaims, classifyClaim } from '../src/claims/index.ts';
import { defaultCaseFile } from '../src/config/index.ts';
import { labelledPairs } from '../tests/claims/labelled-pairs.ts';

const relations: ClaimRelation[] = ['new', 'restated', 'conflicting', 'updated'];
const aliases = aliasTable(loadCaseFile(defaultCaseFile).entities);

/** The relation the claim diff gives a pair's later claim against its earlier one. */
export function predictPair(known: string, claimText: string, kind?: string): ClaimRelation {
  const claims = analyseClaims(claimText, { aliases });
  const claim =
    (kind ? claims.find((c) => c.kind === kind) : claims.find((c) => c.kind !== 'legal_status')) ?? claims[0];
  if (!claim) return 'new';
  const candidates = analyseClaims(known, { aliases }).map((c) => ({ kind: c.kind, text: c.text }));
  return classifyClaim(claim, candidates, aliases).relation;
}

const outcomes = labelledPairs.map((pair) => ({
  ...pair,
  predicted: predictPair(pair.known, pair.claim, pair.kind),
}));
const round = (x: number): number => Math.round(x * 1000) / 1000;
const scores = relations.map((relation) => {
  const tp = outcomes.filter((o) => o.relation === relation && o.predicted === relation).length;
  const predicted = outcomes.filter((o) => o.predicted === relation).length;
  const actual = outcomes.filter((o) => o.relation === relation).length;
  const precision = predicted ? tp / predicted : 0;
  const recall = actual ? tp / actual : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { relation, pairs: actual, precision: round(precision), recall: round(recall), f1: round(f1) };
});
const macroF1 = round(scores.reduce((sum, s) => sum + s.f1, 0) / scores.length);
const errors = outcomes.filter((o) => o.predicted !== o.relation);

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ pairs: outcomes.length, relations: scores, macroF1 })}\n`);
} else {
  process.stdout.write(`claim diff on ${outcomes.length} labelled pairs\n\n`);
  process.stdout.write('relation      pairs  precision  recall  F1\n');
  for (const s of scores)
    process.stdout.write(
      `${s.relation.padEnd(12)}  ${String(s.pairs).padStart(5)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3)}\n`,
    );
  process.stdout.write(`\nmacro-F1 ${macroF1.toFixed(3)}\n`);
  if (process.argv.includes('--errors'))
    for (const e of errors)
      process.stdout.write(`\n${e.relation} → ${e.predicted}\n  ${e.known}\n  ${e.claim}\n`);
}
