/**
 * True for an SMTP answer that retrying cannot change: a 5xx reply (550 no such user, 554 rejected).
 * Timeouts, dropped connections and 4xx replies are transient.
 */
export function isPermanentSmtpError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
