/** @module A small workspace history for the insights API and CLI tests, written through the storage functions. */
import { randomUUID } from 'node:crypto';
import { buildIncident, buildService } from '../../test/support/factories.js';
import type { IncidentId, WorkspaceId } from '../domain/ids.js';
import type { Incident } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import type { ReviewId } from '../domain/review/index.js';
import {
  buildActionItem,
  buildFactor,
  buildImpact,
  buildReview,
} from '../domain/review/test-builders.js';
import type { Executor } from '../storage/index.js';
import {
  insertActionItems,
  insertIncident,
  insertReview,
  insertService,
} from '../storage/index.js';

const at = (text: string) => text as Instant;

/**
 * checkout (payments, 99.9% over 30 days): INC-1 in March with a published review naming a
 * process factor and an open item due 10 March; INC-2 in April, 60 minutes of impact, whose draft
 * review names a process factor too (so it recurs); INC-3 cancelled.
 */
export async function seedInsightHistory(db: Executor, workspaceId: WorkspaceId): Promise<void> {
  await insertService(
    db,
    buildService(workspaceId, {
      name: 'checkout',
      owningTeam: 'payments',
      sloTarget: 0.999,
      revenuePerHour: 6000,
    }),
  );
  const incident = (n: number, overrides: Partial<Incident>) =>
    buildIncident(workspaceId, n, {
      id: randomUUID() as IncidentId,
      services: ['checkout'],
      severity: 'SEV2',
      status: 'resolved',
      ...overrides,
    });
  const first = incident(1, {
    milestones: {
      impactStarted: at('2026-03-02T10:00:00.000Z'),
      detected: at('2026-03-02T10:05:00.000Z'),
      acknowledged: at('2026-03-02T10:07:00.000Z'),
      mitigated: at('2026-03-02T10:30:00.000Z'),
      resolved: at('2026-03-02T11:00:00.000Z'),
      customersNotified: null,
    },
  });
  const second = incident(2, {
    title: 'Card payments, "declined" for everyone',
    milestones: {
      impactStarted: at('2026-04-10T08:00:00.000Z'),
      detected: at('2026-04-10T08:15:00.000Z'),
      acknowledged: null,
      mitigated: null,
      resolved: at('2026-04-10T09:00:00.000Z'),
      customersNotified: null,
    },
  });
  const cancelled = incident(3, {
    status: 'cancelled',
    milestones: { ...first.milestones, impactStarted: at('2026-03-20T10:00:00.000Z') },
  });
  for (const [i, value] of [first, second, cancelled].entries())
    await insertIncident(db, value, i + 1);

  const reviewOf = (value: Incident, overrides: Parameters<typeof buildReview>[0]) =>
    buildReview({
      id: randomUUID() as ReviewId,
      workspaceId,
      incidentId: value.id,
      actionItems: [],
      ...overrides,
    });
  const firstReview = reviewOf(first, {
    status: 'published',
    publishedAt: at('2026-03-05T10:00:00.000Z'),
    impact: buildImpact({
      revenuePerHour: 6000,
      durationMinutes: 30,
      impactFraction: 0.5,
      responderHours: 4,
      hourlyRate: 100,
      slaCredits: 0,
      currency: 'EUR',
    }),
    factors: [buildFactor({ id: 'f1', category: 'process', actionItemIds: ['item-a'] })],
  });
  await insertReview(db, firstReview, null);
  const item = buildActionItem({
    id: 'item-a',
    title: 'Stage worker config changes like code',
    dueDate: '2026-03-10',
    status: 'open',
  });
  await insertActionItems(db, [
    {
      ...item,
      workspaceId,
      reviewId: firstReview.id,
      incidentId: first.id,
      position: 0,
      version: 1,
      createdAt: at('2026-03-04T10:00:00.000Z'),
      createdBy: 'owner',
      updatedAt: at('2026-03-04T10:00:00.000Z'),
      updatedBy: 'owner',
    },
  ]);
  await insertReview(
    db,
    reviewOf(second, {
      // No duration in the review: the budget falls back to the milestones (60 minutes at fraction 1).
      impact: buildImpact({
        durationMinutes: null,
        revenuePerHour: 0,
        responderHours: 0,
        hourlyRate: 0,
        slaCredits: 0,
        currency: 'EUR',
      }),
      factors: [buildFactor({ id: 'f2', category: 'process', actionItemIds: [] })],
    }),
    null,
  );
}
