import { randomUUID } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncident, buildWorkspace } from '../../../test/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import type { Instant } from '../../domain/instant.js';
import type { ReviewId } from '../../domain/review/index.js';
import { buildActionItem, buildReview } from '../../domain/review/test-builders.js';
import { insertActionItems } from '../action-items.js';
import { insertIncident } from '../incidents.js';
import { listInsightFacts } from '../insight-facts.js';
import { liveFacts } from '../insight-facts-test-setup.js';
import { migrateToLatest } from '../migrate.js';
import { insertReview } from '../reviews.js';
import { insertWorkspace } from '../workspaces.js';
import { migrationProvider } from './index.js';

// From before the facts table, and from its first shape (0015 rebuilds the rows as JSON).
describe.each(['0013-search-vectors', '0014-insight-facts'])('migrating from %s', (from) => {
  let database: TestDatabase;
  const workspace = buildWorkspace();
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    const schema =
      database.dialect === 'postgres'
        ? (await sql<{ s: string }>`select current_schema() as s`.execute(database.db)).rows[0]?.s
        : undefined;
    const migrator = new Migrator({
      db: database.db,
      provider: migrationProvider,
      migrationTableSchema: schema,
    });
    const { error } = await migrator.migrateTo(from);
    if (error) throw error;
    await insertWorkspace(database.db, workspace);
    for (const number of [1, 2, 3]) {
      const incident = buildIncident(workspace.id, number, {
        services: number === 2 ? [] : ['checkout', `svc-${number}`],
        private: number === 3,
      });
      await insertIncident(database.db, incident, number);
      if (number === 2) continue;
      const reviewId = randomUUID() as ReviewId;
      await insertReview(
        database.db,
        buildReview({ id: reviewId, workspaceId: workspace.id, incidentId: incident.id }),
        null,
      );
      const created = '2026-03-05T00:00:00.000Z' as Instant;
      await insertActionItems(database.db, [
        {
          ...buildActionItem({ id: `item-${number}` }),
          workspaceId: workspace.id,
          reviewId,
          incidentId: incident.id,
          position: 0,
          version: 1,
          createdAt: created,
          createdBy: 'Ana Silva',
          updatedAt: created,
          updatedBy: 'Ana Silva',
        },
      ]);
    }
    await migrateToLatest(database);
  });
  afterAll(() => database.dispose());

  it('fills the facts of the incidents that were there before it', async () => {
    const stored = await listInsightFacts(database.db, workspace.id, {
      since: '2000-01-01T00:00:00.000Z' as Instant,
      until: '2100-01-01T00:00:00.000Z' as Instant,
      includePrivate: true,
    });
    expect(stored.incidents).toHaveLength(3);
    expect(stored.items).toHaveLength(2);
    expect(stored).toEqual(await liveFacts(database.db, workspace.id));
  });
});
