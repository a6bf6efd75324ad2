export type { ArticleInput, StoreOutcome } from './articles.ts';
export { recordVersionDiff, storeArticle } from './articles.ts';
export type { StoredCase } from './cases.ts';
export { caseById, caseBySlug, listCases, upsertCase } from './cases.ts';
export type { ClaimCandidateCache } from './claim-candidate-cache.ts';
export { createClaimCandidateCache } from './claim-candidate-cache.ts';
export type { ClaimDecision, ClaimTally, ClaimToStore, ClassifyClaim, StoredClaim } from './claims.ts';
export {
  claimCandidates,
  classifyByNormalizedText,
  rekeyClaims,
  storeClaims,
  storeKnownFacts,
} from './claims.ts';
export type {
  ClaimMentionEntry,
  ClaimMentionSighting,
  ClaimProvenance,
  ClaimSighting,
  ClaimSummary,
  RelatedClaim,
} from './claim-provenance.ts';
export {
  articleClaims,
  caseClaims,
  claimConflicts,
  claimProvenance,
  storyClaims,
} from './claim-provenance.ts';
export type { Db, StoreTarget } from './connect.ts';
export { createPGlite, openDatabase } from './connect.ts';
export { isStoreUnavailable, StoreUnavailableError } from './unavailable.ts';
export { ensureMigrated, migrateDown, migrateToLatest, migrationsDir, migrationStatus } from './migrate.ts';
export type { PageClaim, PageResult } from './pages.ts';
export { claimPages, countPageAttempt, finishPage } from './pages.ts';
export type { RunCounts } from './runs.ts';
export {
  countRun,
  createRun,
  finishRun,
  finishRunIfDone,
  recentRuns,
  runOfJob,
  unreadRunSources,
} from './runs.ts';
export {
  activeSources,
  addSource,
  enrolSources,
  listSources,
  setSourceState,
  recordSourceFailure,
  recordSourceRead,
  skipRunSource,
  sourceById,
  syncSources,
} from './sources.ts';
export type * from './types.ts';
export type { DigestLease, LeaseOptions } from './digests.ts';
export {
  claimDigest,
  markDigest,
  leaseDigest,
  releaseDigest,
  unfinishedDigests,
  markDigestSent,
  selectDigestContent,
} from './digests.ts';
export type { NearDuplicateCandidate } from './near-duplicates.ts';
export { lockBands, maxCandidates, nearDuplicateCandidates, nearDuplicateQuery } from './near-duplicates.ts';
export type { StoryView } from './stories.ts';
export { listStories, storyById } from './stories.ts';
export { installationSecret } from './settings.ts';
export {
  activeSubscribersWithLastPeriod,
  confirmSubscriber,
  listSubscribers,
  markSubscriberBouncing,
  subscriberById,
  unsubscribe,
  upsertSubscriber,
} from './subscribers.ts';
export type { NewSubscriber } from './subscribers.ts';
