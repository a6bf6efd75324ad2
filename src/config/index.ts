export type { Config } from './config.ts';
export { ConfigError, loadConfig } from './config.ts';
export { codeRoot, compiled, defaultCaseFile, projectRoot, templateDir } from './paths.ts';
