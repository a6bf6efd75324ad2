// Scores the claim diff on the coverage pairs in tests/claims/coverage-pairs-{dev,heldout}.ts: per-relation
// precision, recall and F1, and their macro average over new, restated, conflicting and updated.
//
// Each pair goes through the code path of `casewatch claims diff --known known.txt claim.txt` with the
// default case: the known paragraph and the claim sentence are written to temporary text files and read
// back, the claim file's claims are diffed against the case's known facts plus the known file's claims.
// The claim sentence may yield more than one claim (or a claim that covers only part of it); the pair's
// predicted relation is that of the claim whose text best covers the sentence, i.e. the longest one, and of
// equally long ones (a sentence's claim and its civil-or-criminal claim) the strongest relation, conflicting
// before updated before restated before new. (Until 2026-11-27 the first of equal length was taken.) A sentence that yields no claim is predicted `none`, a miss for every
// relation.
//
//   --set dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|all   which split to score (default dev)
//   --json                  one JSON object instead of the table
//   --errors                also list the misclassified pairs, with the matched claim and the diff's detail
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCaseFile } from '../src/cases/index.ts';
import type { ClaimDiffEntry, DiffPiece } from '../src/claims/index.ts';
import { diffPieces } from '../src/claims/index.ts';
import { defaultCaseFile } from '../src/config/index.ts';
import type { CoveragePair, CoverageRelation } from '../tests/claims/coverage-pairs-dev.ts';
import { coveragePairsDev } from '../tests/claims/coverage-pairs-dev.ts';
import { coveragePairsHeldout } from '../tests/claims/coverage-pairs-heldout.ts';
import { coveragePairsHeldout2 } from '../tests/claims/coverage-pairs-heldout2.ts';
import { coveragePairsHeldout3 } from '../tests/claims/coverage-pairs-heldout3.ts';
import { coveragePairsHeldout4 } from '../tests/claims/coverage-pairs-heldout4.ts';
import { coveragePairsHeldout5 } from '../tests/claims/coverage-pairs-heldout5.ts';
import { coveragePairsHeldout6 } from '../tests/claims/coverage-pairs-heldout6.ts';
import { coveragePairsHeldout7 } from '../tests/claims/coverage-pairs-heldout7.ts';
import { coveragePairsHeldout8 } from '../tests/claims/coverage-pairs-heldout8.ts';
import { coveragePairsHeldout9 } from '../tests/claims/coverage-pairs-heldout9.ts';
import { coveragePairsHeldout10 } from '../tests/claims/coverage-pairs-heldout10.ts';

const relations: CoverageRelation[] = ['new', 'restated', 'conflicting', 'updated'];

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  const inline = process.argv.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

const set = flag('--set') ?? 'dev';
const splits: Record<string, [string, CoveragePair[]][]> = {
  dev: [['dev', coveragePairsDev]],
  heldout: [['heldout', coveragePairsHeldout]],
  heldout2: [['heldout2', coveragePairsHeldout2]],
  heldout3: [['heldout3', coveragePairsHeldout3]],
  heldout4: [['heldout4', coveragePairsHeldout4]],
  heldout5: [['heldout5', coveragePairsHeldout5]],
  heldout6: [['heldout6', coveragePairsHeldout6]],
  heldout7: [['heldout7', coveragePairsHeldout7]],
  heldout8: [['heldout8', coveragePairsHeldout8]],
  heldout9: [['heldout9', coveragePairsHeldout9]],
  heldout10: [['heldout10', coveragePairsHeldout10]],
  all: [
    ['dev', coveragePairsDev],
    ['heldout', coveragePairsHeldout],
    ['heldout2', coveragePairsHeldout2],
    ['heldout3', coveragePairsHeldout3],
    ['heldout4', coveragePairsHeldout4],
    ['heldout5', coveragePairsHeldout5],
    ['heldout6', coveragePairsHeldout6],
    ['heldout7', coveragePairsHeldout7],
    ['heldout8', coveragePairsHeldout8],
    ['heldout9', coveragePairsHeldout9],
    ['heldout10', coveragePairsHeldout10],
  ],
};
const chosen = splits[set];
if (!chosen) {
  process.stderr.write(
    `claims-coverage: --set must be dev, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, heldout10 or all (not ${set})\n`,
  );
  process.exit(2);
}

const definition = loadCaseFile(defaultCaseFile);
const dir = mkdtempSync(path.join(tmpdir(), 'casewatch-claims-coverage-'));

/** A text file as `claims diff` reads one that is neither .html nor .htm. */
function pieceOf(file: string): DiffPiece {
  return { text: readFileSync(file, 'utf8'), source: file, publishedAt: null };
}

interface Outcome {
  id: string;
  pair: CoveragePair;
  predicted: string;
  entry: ClaimDiffEntry | undefined;
  claims: number;
  knownFile: string;
}

function classify(id: string, pair: CoveragePair): Outcome {
  const knownFile = path.join(dir, `${id}-known.txt`);
  const claimFile = path.join(dir, `${id}-claim.txt`);
  writeFileSync(knownFile, `${pair.known}\n`);
  writeFileSync(claimFile, `${pair.claim}\n`);
  const entries: ClaimDiffEntry[] = diffPieces(definition, [pieceOf(knownFile)], pieceOf(claimFile));
  // Of the claims covering the whole sentence, the one with the strongest relation: a sentence that restates a
  // figure but calls the case criminal is reported as conflicting, as a digest shows it.
  const strength = { conflicting: 3, updated: 2, restated: 1, new: 0 } as const;
  let entry: ClaimDiffEntry | undefined;
  for (const e of entries)
    if (
      !entry ||
      e.text.length > entry.text.length ||
      (e.text.length === entry.text.length && strength[e.relation] > strength[entry.relation])
    )
      entry = e;
  return { id, pair, predicted: entry?.relation ?? 'none', entry, claims: entries.length, knownFile };
}

let outcomes: Outcome[];
try {
  outcomes = chosen.flatMap(([name, pairs]) => pairs.map((p, i) => classify(`${name}#${i}`, p)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const scores = relations.map((relation) => {
  const tp = outcomes.filter((o) => o.pair.relation === relation && o.predicted === relation).length;
  const gold = outcomes.filter((o) => o.pair.relation === relation).length;
  const predicted = outcomes.filter((o) => o.predicted === relation).length;
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, gold);
  return {
    relation,
    pairs: gold,
    predicted,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
  };
});
const macroF1 = scores.reduce((sum, s) => sum + s.f1, 0) / scores.length;
const accuracy = ratio(outcomes.filter((o) => o.predicted === o.pair.relation).length, outcomes.length);

// Pairs whose figures or dates belong to a different event from the paragraph's (notes beginning "Trap:"):
// how many the diff calls conflicting, the false conflicts this set probes.
const traps = outcomes.filter((o) => o.pair.note?.startsWith('Trap:'));
const trapConflicts = traps.filter((o) => o.predicted === 'conflicting').length;
const noClaim = outcomes.filter((o) => o.claims === 0).length;

const confusion: Record<string, Record<string, number>> = {};
for (const o of outcomes) {
  const row = (confusion[o.pair.relation] ??= {});
  row[o.predicted] = (row[o.predicted] ?? 0) + 1;
}

const errors = outcomes
  .filter((o) => o.predicted !== o.pair.relation)
  .map((o) => ({
    id: o.id,
    relation: o.pair.relation,
    predicted: o.predicted,
    note: o.pair.note ?? null,
    known: o.pair.known,
    claim: o.pair.claim,
    claimText: o.entry?.text ?? null,
    matched: o.entry?.matched?.text ?? null,
    matchedFrom: o.entry?.matched
      ? o.entry.matched.file === o.knownFile
        ? 'known paragraph'
        : 'known facts'
      : null,
    detail: o.entry?.detail ?? null,
  }));

if (process.argv.includes('--json')) {
  process.stdout.write(
    `${JSON.stringify({
      set,
      pairs: outcomes.length,
      relations: scores,
      macroF1,
      accuracy,
      confusion,
      traps: { pairs: traps.length, calledConflicting: trapConflicts },
      noClaim,
      ...(process.argv.includes('--errors') ? { errors } : {}),
    })}\n`,
  );
} else {
  process.stdout.write(`claim diff on ${outcomes.length} coverage pairs (${set})\n\n`);
  process.stdout.write('relation      pairs  precision  recall  F1\n');
  for (const s of scores)
    process.stdout.write(
      `${s.relation.padEnd(12)}  ${String(s.pairs).padStart(5)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3)}\n`,
    );
  process.stdout.write(`\nmacro-F1 ${macroF1.toFixed(3)}   accuracy ${accuracy.toFixed(3)}\n`);
  process.stdout.write(
    `different-event traps called conflicting: ${trapConflicts} of ${traps.length}; sentences with no claim: ${noClaim}\n`,
  );
  process.stdout.write('\nlabelled → predicted\n');
  for (const r of relations)
    process.stdout.write(
      `  ${r.padEnd(11)} ${Object.entries(confusion[r] ?? {})
        .map(([p, n]) => `${p} ${n}`)
        .join(', ')}\n`,
    );
  if (process.argv.includes('--errors'))
    for (const e of errors)
      process.stdout.write(
        `\n${e.id}  ${e.relation} → ${e.predicted}${e.note ? `  (${e.note})` : ''}\n  known:   ${e.known}\n  claim:   ${e.claim}\n` +
          (e.claimText && e.claimText !== e.claim.trim() ? `  scored:  ${e.claimText}\n` : '') +
          (e.matched ? `  matched: ${e.matched} [${e.matchedFrom}]\n` : '') +
          (e.detail ? `  detail:  ${e.detail}\n` : ''),
      );
}
