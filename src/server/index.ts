export type { LinkServer, LinkServerProps } from './link-server.ts';
export { startLinkServer } from './link-server.ts';
