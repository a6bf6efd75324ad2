import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenPurpose = 'unsubscribe' | 'confirm';

/** A signed, stateless token for a subscriber link. Bumping the subscriber's token version revokes old ones. */
export function signToken(
  secret: string,
  purpose: TokenPurpose,
  subscriberId: number,
  version: number,
): string {
  const body = `${purpose}.${subscriberId}.${version}`;
  const mac = createHmac('sha256', secret).update(body).digest('base64url').slice(0, 32);
  return `${subscriberId}.${version}.${mac}`;
}

/** Checks a token; returns the subscriber id and token version it was signed for, or undefined. */
export function verifyToken(
  secret: string,
  purpose: TokenPurpose,
  token: string,
): { subscriberId: number; version: number } | undefined {
  const [id, version, mac] = token.split('.');
  const subscriberId = Number(id);
  const v = Number(version);
  if (!Number.isInteger(subscriberId) || !Number.isInteger(v) || !mac) return undefined;
  const expected = signToken(secret, purpose, subscriberId, v).split('.')[2]!;
  const a = Buffer.from(mac);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b) ? { subscriberId, version: v } : undefined;
}
