import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildIncident, buildWorkspace } from '../../test/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { IncidentId, IncidentKey } from '../domain/ids.js';
import type { Incident } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import { NO_MILESTONES } from '../domain/milestones.js';
import type { Review, ReviewId } from '../domain/review/index.js';
import { buildActionItem, buildFactor, buildReview } from '../domain/review/test-builders.js';
import type { Workspace } from '../domain/workspace.js';
import {
  deleteActionItem,
  insertActionItems,
  type StoredActionItem,
  updateActionItemIfVersion,
} from './action-items.js';
import { insertIncident, updateIncidentIfVersion } from './incidents.js';
import { listInsightFacts } from './insight-facts.js';
import { liveFacts } from './insight-facts-test-setup.js';
import { insertReview, updateReviewIfVersion } from './reviews.js';
import { bumpTimelineRevisions } from './timeline-event-writes.js';
import { insertWorkspace } from './workspaces.js';

const at = (text: string) => text as Instant;
const EVERYTHING = {
  since: at('2000-01-01T00:00:00.000Z'),
  until: at('2100-01-01T00:00:00.000Z'),
  includePrivate: true,
};

let database: TestDatabase;
let workspace: Workspace;

beforeEach(async () => {
  database = await createTestDatabase();
  workspace = buildWorkspace();
  await insertWorkspace(database.db, workspace);
  return () => database.dispose();
});

async function expectStoredFactsToBeLive(): Promise<void> {
  expect(await listInsightFacts(database.db, workspace.id, EVERYTHING)).toEqual(
    await liveFacts(database.db, workspace.id),
  );
  await expectLookbackColumnsToBeLive();
}

/** The columns a lookback filters on, `reviewed` and `ended_at`, against the live tables. */
async function expectLookbackColumnsToBeLive(): Promise<void> {
  const stored = await database.db
    .selectFrom('incident_insight_facts')
    .select(['incident_id', 'reviewed', 'ended_at'])
    .where('workspace_id', '=', workspace.id)
    .orderBy('incident_id')
    .execute();
  const live = await database.db
    .selectFrom('incidents')
    .leftJoin('reviews', 'reviews.incident_id', 'incidents.id')
    .select(['incidents.id', 'reviews.id as review_id', 'mitigated_at', 'resolved_at'])
    .where('incidents.workspace_id', '=', workspace.id)
    .orderBy('incidents.id')
    .execute();
  expect(stored).toEqual(
    live.map((row) => ({
      incident_id: row.id,
      reviewed: row.review_id === null ? 0 : 1,
      ended_at:
        [row.mitigated_at, row.resolved_at]
          .filter((ended) => ended !== null)
          .sort()
          .at(-1) ?? null,
    })),
  );
}

async function addIncident(number: number, overrides: Partial<Incident> = {}): Promise<Incident> {
  const incident = buildIncident(workspace.id, number, {
    milestones: {
      impactStarted: at(`2026-03-0${number}T10:00:00.000Z`),
      detected: at(`2026-03-0${number}T10:05:00.000Z`),
      acknowledged: null,
      mitigated: null,
      resolved: null,
      customersNotified: null,
    },
    ...overrides,
  });
  await insertIncident(database.db, incident, number);
  return incident;
}

async function addReview(incident: Incident, overrides: Partial<Review> = {}): Promise<Review> {
  const review = buildReview({
    id: randomUUID() as ReviewId,
    workspaceId: workspace.id,
    incidentId: incident.id,
    ...overrides,
  });
  await insertReview(database.db, review, null);
  return review;
}

function item(review: Review, id: string, position: number): StoredActionItem {
  return {
    ...buildActionItem({ id, title: `Fix ${id} | "quoted" ␞ text`, status: 'open' }),
    workspaceId: workspace.id,
    reviewId: review.id,
    incidentId: review.incidentId,
    position,
    version: 1,
    createdAt: at('2026-03-05T00:00:00.000Z'),
    createdBy: 'Ana Silva',
    updatedAt: at('2026-03-05T00:00:00.000Z'),
    updatedBy: 'Ana Silva',
  };
}

describe('incident insight facts', () => {
  it('hold each incident with its services in order, keys and names with separators included', async () => {
    await addIncident(1, { services: ['checkout', 'pay|ments', 'search'] });
    await addIncident(2, { key: 'OPS|␞-2' as IncidentKey, services: [] });
    await addIncident(3, { private: true, milestones: { ...NO_MILESTONES } });
    await expectStoredFactsToBeLive();
    const { incidents } = await listInsightFacts(database.db, workspace.id, EVERYTHING);
    expect(incidents.map((i) => i.services)).toEqual([['checkout', 'pay|ments', 'search'], [], []]);
    expect(incidents[1]!.key).toBe('OPS|␞-2');
  });

  it('follow every copied field of an incident, and its services, as they are edited', async () => {
    const incident = await addIncident(1, { services: ['checkout', 'search'] });
    await updateIncidentIfVersion(
      database.db,
      {
        ...incident,
        severity: 'SEV1',
        status: 'resolved',
        private: true,
        services: ['search', 'payments'],
        milestones: {
          ...incident.milestones,
          impactStarted: at('2026-02-27T23:00:00.000Z'),
          mitigated: at('2026-03-01T11:00:00.000Z'),
          resolved: at('2026-03-01T12:00:00.000Z'),
        },
        version: 2,
      },
      1,
    );
    await expectStoredFactsToBeLive();
    // The anchor moved with the impact start: the range filter sees the new one.
    const february = await listInsightFacts(database.db, workspace.id, {
      since: at('2026-02-01T00:00:00.000Z'),
      until: at('2026-03-01T00:00:00.000Z'),
      includePrivate: true,
    });
    expect(february.incidents.map((i) => i.id)).toEqual([incident.id]);
    // Private now: left out unless asked for.
    const publicOnly = await listInsightFacts(database.db, workspace.id, {
      ...EVERYTHING,
      includePrivate: false,
    });
    expect(publicOnly.incidents).toEqual([]);
  });

  it('follow the review — status, deadline, impact and factors — and the action items', async () => {
    const incident = await addIncident(1, { services: ['checkout'] });
    const review = await addReview(incident, {
      factors: [
        buildFactor({ id: 'f1', category: 'technical', actionItemIds: ['a1', 'a2'] }),
        buildFactor({ id: 'f2', category: 'process', actionItemIds: [] }),
      ],
    });
    await expectStoredFactsToBeLive();
    const items = [item(review, 'a1', 0), item(review, 'a2', 1), item(review, 'a3', 2)];
    await insertActionItems(database.db, items);
    await expectStoredFactsToBeLive();

    await updateActionItemIfVersion(
      database.db,
      {
        ...items[1]!,
        status: 'verified',
        title: 'Alert on queue age',
        doneAt: at('2026-03-10T00:00:00.000Z'),
        verification: { what: 'drill', at: at('2026-03-12T00:00:00.000Z'), link: null, by: 'Ana' },
        version: 2,
      },
      1,
    );
    await expectStoredFactsToBeLive();
    await deleteActionItem(database.db, workspace.id, 'a3');
    await expectStoredFactsToBeLive();
    const { items: stored } = await listInsightFacts(database.db, workspace.id, EVERYTHING);
    expect(stored.map((i) => [i.id, i.status, i.verifiedAt])).toEqual([
      ['a1', 'open', null],
      ['a2', 'verified', '2026-03-12T00:00:00.000Z'],
    ]);
    const withoutItems = await listInsightFacts(database.db, workspace.id, EVERYTHING, {
      withItems: false,
    });
    expect(withoutItems.items).toEqual([]);
    expect(withoutItems.incidents).toHaveLength(1);

    await updateReviewIfVersion(
      database.db,
      {
        ...review,
        status: 'published',
        publishedAt: at('2026-03-15T00:00:00.000Z'),
        impact: { ...review.impact, impactFraction: 0.25, revenuePerHour: 1200 },
        factors: [buildFactor({ id: 'f3', category: 'tooling', actionItemIds: ['a1'] })],
        version: 2,
      },
      {
        draftDueAt: at('2026-03-03T00:00:00.000Z'),
        meetingDueAt: at('2026-03-06T00:00:00.000Z'),
        publishDueAt: at('2026-03-10T00:00:00.000Z'),
      },
      1,
    );
    await expectStoredFactsToBeLive();
    const { reviews } = await listInsightFacts(database.db, workspace.id, EVERYTHING);
    expect(reviews.get(incident.id)).toMatchObject({
      status: 'published',
      publishDueAt: '2026-03-10T00:00:00.000Z',
      factors: [{ category: 'tooling', actionItemIds: ['a1'] }],
    });
  });

  it('follow a direct write to any copied column, whichever code path makes it', async () => {
    const incident = await addIncident(1, { services: ['checkout', 'search'] });
    const review = await addReview(incident);
    await insertActionItems(database.db, [item(review, 'a1', 0)]);
    const writes = [
      sql`update incidents set severity = 'SEV1', acknowledged_at = '2026-03-01T10:07:00.000Z'`,
      sql`update incidents set mitigated_at = '2026-03-01T11:00:00.000Z'`,
      sql`update incident_services set value = 'payments' where position = 1`,
      sql`update reviews set status = 'published', published_at = '2026-03-04T00:00:00.000Z'`,
      sql`update action_items set status = 'done', done_at = '2026-03-06T00:00:00.000Z'`,
    ];
    for (const write of writes) {
      const before = await listInsightFacts(database.db, workspace.id, EVERYTHING);
      await write.execute(database.db);
      const after = await listInsightFacts(database.db, workspace.id, EVERYTHING);
      expect(after).not.toEqual(before);
      expect(after).toEqual(await liveFacts(database.db, workspace.id));
      await expectLookbackColumnsToBeLive();
    }
  });

  it('leave the row alone on writes to columns it does not copy, and drop it with its incident', async () => {
    const incident = await addIncident(1, { services: ['checkout'] });
    const review = await addReview(incident);
    await insertActionItems(database.db, [item(review, 'a1', 0)]);
    await bumpTimelineRevisions(database.db, [incident.id]);
    await expectStoredFactsToBeLive();

    await sql`delete from incidents where id = ${incident.id}`.execute(database.db);
    expect(await listInsightFacts(database.db, workspace.id, EVERYTHING)).toEqual({
      incidents: [],
      reviews: new Map(),
      items: [],
    });
  });

  it('before a lookback ends, hold only reviewed incidents and those that ended late enough', async () => {
    const ended = (day: string) => ({
      ...NO_MILESTONES,
      impactStarted: at(`2026-03-0${day}T10:00:00.000Z`),
      resolved: at(`2026-03-0${day}T12:00:00.000Z`),
    });
    const reviewed = await addIncident(1, { milestones: ended('1') });
    await addReview(reviewed);
    await addIncident(2, { milestones: ended('2') });
    // Mitigated early, resolved within the lookback's reach: the later one counts.
    const reaching = await addIncident(3, {
      milestones: {
        ...ended('3'),
        mitigated: at('2026-03-03T11:00:00.000Z'),
        resolved: at('2026-03-05T09:00:00.000Z'),
      },
    });
    const open = await addIncident(4);
    const later = await addIncident(6, { milestones: ended('6') });
    const { incidents } = await listInsightFacts(database.db, workspace.id, {
      ...EVERYTHING,
      lookback: {
        until: at('2026-03-06T00:00:00.000Z'),
        endedSince: at('2026-03-05T00:00:00.000Z'),
      },
    });
    expect(incidents.map((i) => i.id)).toEqual([reviewed.id, reaching.id, open.id, later.id]);
  });

  it('keep to their workspace', async () => {
    await addIncident(1, { services: ['checkout'] });
    const other = buildWorkspace();
    await insertWorkspace(database.db, other);
    await insertIncident(
      database.db,
      buildIncident(other.id, 1, { id: randomUUID() as IncidentId }),
      1,
    );
    const { incidents } = await listInsightFacts(database.db, other.id, EVERYTHING);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.declaredAt).toBeDefined();
  });
});
