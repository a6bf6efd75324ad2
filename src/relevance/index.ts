export { detectLanguage, normaliseLanguage } from './language.ts';
export type { Relevance, RelevanceInput, RelevanceModel } from './score.ts';
export { relevanceModel } from './score.ts';
