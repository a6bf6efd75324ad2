/** Bad input from the person at the keyboard: a malformed argument, an unknown id. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const exitCodes = { ok: 0, failed: 1, badInput: 2 } as const;
