import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncident, buildWorkspace } from '../../test/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { Instant } from '../domain/instant.js';
import type { ReviewId } from '../domain/review/index.js';
import { buildActionItem, buildReview } from '../domain/review/test-builders.js';
import type { Workspace } from '../domain/workspace.js';
import { insertActionItems, type StoredActionItem } from './action-items.js';
import { insertIncident } from './incidents.js';
import { findReviewByIncident, insertReview } from './reviews.js';
import { listWorkspaceReviews, restoreFollowUpAskedAt } from './workspace-reviews.js';
import { insertWorkspace } from './workspaces.js';

const at = (text: string) => text as Instant;
const DUE = {
  draftDueAt: at('2026-03-13T09:00:00.000Z'),
  meetingDueAt: at('2026-03-15T09:00:00.000Z'),
  publishDueAt: at('2026-03-17T09:00:00.000Z'),
};

let database: TestDatabase;
let workspace: Workspace;
beforeAll(async () => {
  database = await createTestDatabase();
  workspace = buildWorkspace();
  await insertWorkspace(database.db, workspace);
});
afterAll(() => database.dispose());

/** An incident numbered `number` of `owner` with a review; the review's id. */
async function reviewedIncident(
  owner: Workspace,
  number: number,
  dueDates: typeof DUE | null,
  items: number,
): Promise<ReviewId> {
  const incident = buildIncident(owner.id, number);
  await insertIncident(database.db, incident, number);
  const id = randomUUID() as ReviewId;
  const review = buildReview({
    id,
    workspaceId: owner.id,
    incidentId: incident.id,
    followUp: {
      dueAt: at('2026-04-12T09:00:00.000Z'),
      items: [],
      recurrence: null,
      completedAt: null,
      completedBy: null,
    },
  });
  await insertReview(database.db, review, dueDates);
  const stored: StoredActionItem[] = Array.from({ length: items }, (_, position) => ({
    ...buildActionItem({ id: randomUUID() }),
    workspaceId: owner.id,
    reviewId: id,
    incidentId: incident.id,
    position,
    version: 1,
    createdAt: at('2026-03-12T12:00:00.000Z'),
    createdBy: 'Ana Silva',
    updatedAt: at('2026-03-12T12:00:00.000Z'),
    updatedBy: 'Ana Silva',
  }));
  await insertActionItems(database.db, stored);
  return id;
}

describe('listWorkspaceReviews', () => {
  it('lists every review of the workspace with its items and stored due dates, and no other', async () => {
    const other = buildWorkspace();
    await insertWorkspace(database.db, other);
    const first = await reviewedIncident(workspace, 1, DUE, 2);
    const second = await reviewedIncident(workspace, 2, null, 0);
    await reviewedIncident(other, 1, DUE, 1);

    const listed = await listWorkspaceReviews(database.db, workspace.id);
    const byId = new Map(listed.map((entry) => [entry.review.id, entry]));
    expect([...byId.keys()].sort()).toEqual([first, second].sort());
    expect(byId.get(first)?.dueDates).toEqual(DUE);
    expect(byId.get(first)?.review.actionItems.map((item) => item.position)).toEqual([0, 1]);
    expect(byId.get(second)?.dueDates).toBeNull();
  });
});

describe('restoreFollowUpAskedAt', () => {
  it('sets when the follow-up was asked, which the loaded review then shows', async () => {
    const id = await reviewedIncident(workspace, 3, DUE, 0);
    const [entry] = (await listWorkspaceReviews(database.db, workspace.id)).filter(
      (e) => e.review.id === id,
    );
    expect(entry?.review.followUp?.askedAt).toBeNull();

    await restoreFollowUpAskedAt(
      database.db,
      { workspaceId: workspace.id, reviewId: id },
      at('2026-04-12T09:05:00.000Z'),
    );
    const loaded = await findReviewByIncident(database.db, workspace.id, entry!.review.incidentId);
    expect(loaded?.followUp?.askedAt).toBe('2026-04-12T09:05:00.000Z');
  });
});
