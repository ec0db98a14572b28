import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../test/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { Instant } from '../domain/instant.js';
import type { Workspace } from '../domain/workspace.js';
import { savePolicyOverrides } from './policies.js';
import { replaceReviewTemplates } from './review-templates.js';
import { findStoredReviewTemplates, listPolicyOverrides } from './workspace-review-settings.js';
import { insertWorkspace } from './workspaces.js';

const at = (text: string) => text as Instant;

let database: TestDatabase;
let workspace: Workspace;
let other: Workspace;
beforeAll(async () => {
  database = await createTestDatabase();
  workspace = buildWorkspace();
  other = buildWorkspace();
  await insertWorkspace(database.db, workspace);
  await insertWorkspace(database.db, other);
});
afterAll(() => database.dispose());

const template = (id: string) => ({
  id,
  name: `Template ${id}`,
  severities: [],
  sections: [{ key: 'summary', title: 'Summary', prompt: 'What happened?', help: '' }],
  defaultWhyQuestions: [],
});

describe('listPolicyOverrides', () => {
  it('lists the stored overrides of one workspace by severity, with versions and stamps', async () => {
    expect(await listPolicyOverrides(database.db, workspace.id)).toEqual([]);
    const sev3 = {
      severity: 'SEV3' as const,
      overrides: { followUpDays: 45 },
      version: 2,
      updatedAt: at('2026-03-10T08:00:00.000Z'),
      updatedBy: 'Robin',
    };
    const sev1 = {
      ...sev3,
      severity: 'SEV1' as const,
      overrides: { draftDueHours: 12 },
      version: 1,
    };
    await savePolicyOverrides(database.db, workspace.id, sev3);
    await savePolicyOverrides(database.db, workspace.id, sev1);
    await savePolicyOverrides(database.db, other.id, sev3);
    expect(await listPolicyOverrides(database.db, workspace.id)).toEqual([sev1, sev3]);
  });
});

describe('findStoredReviewTemplates', () => {
  it('is null while the built-in template applies', async () => {
    expect(await findStoredReviewTemplates(database.db, workspace.id)).toBeNull();
  });

  it('gives the custom templates in order with the stamp of their last save', async () => {
    await replaceReviewTemplates(
      database.db,
      workspace.id,
      [template('b'), template('a')],
      'Robin',
      at('2026-03-11T10:00:00.000Z'),
    );
    await replaceReviewTemplates(
      database.db,
      other.id,
      [template('c')],
      'Ines',
      at('2026-03-11T11:00:00.000Z'),
    );
    expect(await findStoredReviewTemplates(database.db, workspace.id)).toEqual({
      templates: [template('b'), template('a')],
      updatedAt: '2026-03-11T10:00:00.000Z',
      updatedBy: 'Robin',
    });
  });
});
