import { describe, expect, it } from 'vitest';
import { ConfigError, defaultCaseFile, loadConfig } from '../../src/config/index.ts';

describe('config', () => {
  it('defaults to the embedded mode with the bundled case', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('embedded');
    expect(config.caseFiles).toEqual([defaultCaseFile]);
    expect(config.mailDir.endsWith('/out/mail')).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('is in services mode with a database and Redis', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/d', REDIS_URL: 'redis://h:6379' });
    expect(config.mode).toBe('services');
  });

  it('names the variable and value that are wrong, in one line', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrowError(
      /^config: DATABASE_URL="mysql:\/\/x": /,
    );
    expect(() => loadConfig({ CASEWATCH_CONCURRENCY: 'lots' })).toThrowError(/CASEWATCH_CONCURRENCY="lots"/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrowError(ConfigError);
  });

  it('refuses half of the services mode', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h/d' })).toThrowError(
      /DATABASE_URL and REDIS_URL go together/,
    );
  });
});
