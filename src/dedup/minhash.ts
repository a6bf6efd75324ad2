// MinHash signatures and LSH band keys. Near-duplicate search in Postgres goes through the band keys (a GIN
// index on an int[] column): two texts are candidates when they share one band.

/** Hash functions per signature. */
export const signatureSize = 64;
/** LSH: 32 bands of 2 values. A pair with Jaccard 0.3 shares a band with p ≈ 0.95, at 0.5 with p > 0.9999. */
export const bandCount = 32;
const rowsPerBand = signatureSize / bandCount;

/** murmur3's 32-bit finaliser: a strong mix of one word. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// One seed per hash function, fixed: signatures stored today must compare with signatures computed tomorrow.
const seeds = Uint32Array.from({ length: signatureSize }, (_, i) => mix32(0x9e3779b9 + i * 0x7f4a7c15));

/**
 * The MinHash signature of a shingle set: for each of 64 seeded hash functions, the least hash of any shingle.
 * An empty set gives all 0xffffffff.
 */
export function minhash(shingleHashes: Uint32Array): Uint32Array {
  const signature = new Uint32Array(signatureSize).fill(0xffffffff);
  for (const shingle of shingleHashes) {
    for (let i = 0; i < signatureSize; i++) {
      const h = mix32(shingle ^ seeds[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of two sets from their signatures: the share of equal positions. */
export function estimatedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let equal = 0;
  for (let i = 0; i < signatureSize; i++) if (a[i] === b[i]) equal += 1;
  return equal / signatureSize;
}

/**
 * The LSH band keys of a signature, as signed 32-bit integers (Postgres int4). The scope (a case id) is mixed
 * in, so two cases never share keys and one index serves them all.
 */
export function bandKeys(signature: ArrayLike<number>, scope: number): Int32Array {
  const keys = new Int32Array(bandCount);
  for (let band = 0; band < bandCount; band++) {
    let h = mix32(scope ^ mix32(band + 1));
    for (let r = 0; r < rowsPerBand; r++) h = mix32(h ^ signature[band * rowsPerBand + r]!);
    keys[band] = h | 0;
  }
  return keys;
}
