export type { FixtureArticle, FixtureSite } from './fixture-site.ts';
export { serveFixtureSite } from './fixture-site.ts';
export { FixtureContentError } from './load-content.ts';
