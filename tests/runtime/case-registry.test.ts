import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import { defaultCaseFile } from '../../src/config/index.ts';
import { upsertCase } from '../../src/db/index.ts';
import { createCaseRegistry } from '../../src/runtime/case-registry.ts';
import type { FreshDatabase } from '../helpers/services.ts';
import { freshDatabase } from '../helpers/services.ts';

// The registry reads a case's definition again once its time is up, to see it edited; an unchanged definition keeps
// the models made of it (what the claim diff remembers is kept per vocabulary), an edited one gets new ones.

let store: FreshDatabase;
let caseId: number;
const definition = loadCaseFile(defaultCaseFile);

beforeAll(async () => {
  store = await freshDatabase('case_registry');
  caseId = await upsertCase(store.db, definition);
});
afterAll(async () => store?.drop());

describe('the case registry', () => {
  it('keeps the models of a definition read again unchanged, and makes new ones for an edited one', async () => {
    const cases = createCaseRegistry(store.db, 0);
    const first = await cases.get(caseId);
    const again = await cases.get(caseId);
    expect(again).not.toBe(first);
    expect(again.claims.vocabulary).toBe(first.claims.vocabulary);
    expect(again.relevance).toBe(first.relevance);

    await upsertCase(store.db, { ...definition, name: `${definition.name} (edited)` });
    const edited = await cases.get(caseId);
    expect(edited.name).toBe(`${definition.name} (edited)`);
    expect(edited.claims.vocabulary).not.toBe(first.claims.vocabulary);
  });
});
