import { francAll } from 'franc-min';

// franc names languages in ISO 639-3; pages and feeds name them in ISO 639-1. The news languages likely to
// carry this kind of coverage are mapped; any other detected language keeps its three-letter code.
const twoLetter: Readonly<Record<string, string>> = {
  eng: 'en',
  spa: 'es',
  por: 'pt',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  ron: 'ro',
  rus: 'ru',
  ukr: 'uk',
  tur: 'tr',
  arb: 'ar',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  hin: 'hi',
  ind: 'id',
  vie: 'vi',
  swe: 'sv',
};

/**
 * The language a text is written in, as an ISO 639-1 code where one is known (`en`, `es`, …), else ISO 639-3;
 * `und` when the text is too short or too mixed to tell.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 2500);
  const ranked = francAll(sample, { minLength: 20 });
  const [best] = ranked;
  if (!best) return 'und';
  // Trigram scores are noisy on a short text (a one-line brief in English can rank Dutch first by a hair); most
  // coverage is English, so English within a few percent of the best guess on a short text wins.
  const english = ranked.find(([code]) => code === 'eng');
  const code = sample.length < 600 && english && english[1] >= best[1] - 0.05 ? 'eng' : best[0];
  return twoLetter[code] ?? code;
}

/** `es-MX`, `ES`, `spa` → `es`: the form `detectLanguage` returns, so declared and detected codes compare. */
export function normaliseLanguage(tag: string): string {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return twoLetter[base] ?? base;
}
