import { bandKeys, minhash } from './minhash.ts';
import { shingles } from './shingles.ts';

/** What near-duplicate search stores for a text. */
export interface Fingerprint {
  shingles: Uint32Array;
  /** The MinHash signature (64 unsigned 32-bit values). */
  signature: Uint32Array;
  /** LSH band keys, scoped to one case (32 signed 32-bit values, for an int4[] column). */
  bands: Int32Array;
}

/** Fingerprints a main text for near-duplicate search within one scope (a case). */
export function fingerprint(text: string, scope: number): Fingerprint {
  const set = shingles(text);
  const signature = minhash(set);
  return { shingles: set, signature, bands: bandKeys(signature, scope) };
}
