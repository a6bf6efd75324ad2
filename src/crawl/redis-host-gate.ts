import { Redis } from 'ioredis';
import type { HostGate } from './host-gate.ts';

// One key per host holds the next free moment (ms, Redis's own clock, so workers on machines with skewed clocks
// agree). Taking a slot is one atomic script: read, advance by the interval, answer how long to wait.
const takeSlot = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, free)
local interval = tonumber(ARGV[1])
redis.call('SET', KEYS[1], slot + interval, 'PX', slot - now + interval + 60000)
return slot - now`;

const deferHost = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local until_ = now + tonumber(ARGV[1])
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ > free then redis.call('SET', KEYS[1], until_, 'PX', tonumber(ARGV[1]) + 60000) end
return 0`;

/** A host gate shared through Redis by every process that uses the same URL and prefix. */
export function createRedisHostGate(redisUrl: string, prefix: string): HostGate {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true });
  // While Redis is away ioredis reconnects by itself; the calls that fail say so, the connection need not.
  redis.on('error', () => undefined);
  const key = (host: string) => `${prefix}:host-gate:${host}`;
  let closed = false;
  return {
    async reserve(host, intervalMs) {
      return Number(await redis.eval(takeSlot, 1, key(host), Math.max(0, Math.round(intervalMs))));
    },
    async defer(host, ms) {
      await redis.eval(deferHost, 1, key(host), Math.max(0, Math.round(ms)));
    },
    async close() {
      if (closed) return;
      closed = true;
      redis.disconnect();
    },
  };
}
