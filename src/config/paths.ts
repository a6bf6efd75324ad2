import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Whether this is the compiled build (dist/, from `npm run build`) rather than the TypeScript sources run
 * through tsx or vitest.
 */
export const compiled = import.meta.url.endsWith('.js');

/** Where the running code's src/, jobs/ and migrations/ are: the project's root, or dist/ in the build. */
export const codeRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The project's root: the default case file, the digest templates and the fixture site are found relative to
 * it, from the sources and from the build alike (the build holds compiled code only).
 */
export const projectRoot = compiled ? path.dirname(codeRoot) : codeRoot;

export const defaultCaseFile = path.join(projectRoot, 'src', 'cases', 'new-mexico-v-meta.yaml');

/** The digest's mustache templates. */
export const templateDir = path.join(projectRoot, 'src', 'digest', 'templates');
