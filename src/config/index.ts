export type { Config } from './config.ts';
export { ConfigError, loadConfig } from './config.ts';
export { defaultCaseFile, projectRoot } from './env.ts';
