export { CaseFileError, loadCaseFile, parseCaseDefinition } from './load.ts';
export type { CaseDefinition, CaseEntity, CaseSource, SourceKind } from './schema.ts';
export { caseDefinitionSchema, sourceKinds, sourceSchema } from './schema.ts';
