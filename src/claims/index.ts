export type { ClaimKind, DetectedClaim } from './detect.ts';
export { claimKey, detectClaims } from './detect.ts';
export type { Sentence } from './sentences.ts';
export { splitSentences } from './sentences.ts';
