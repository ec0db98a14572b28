import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncident, buildWorkspace } from '../../test/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { IncidentId, WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { ActionItemStatus, ReviewId } from '../domain/review/index.js';
import { buildActionItem, buildReview } from '../domain/review/test-builders.js';
import type { Workspace } from '../domain/workspace.js';
import { insertActionItems } from './action-items.js';
import { insertIncident } from './incidents.js';
import { listFreezeFacts, listOverdueFacts } from './insight-backlog.js';
import { listInsightFacts } from './insight-facts.js';
import { listEarlierActionItemFacts } from './insights.js';
import { insertReview } from './reviews.js';
import { insertWorkspace } from './workspaces.js';

const at = (text: string) => text as Instant;
const CUTOFF = '2026-04-20';

let database: TestDatabase;
let workspace: Workspace;

type ItemSpec = [id: string, status: ActionItemStatus, dueDate: string | null];

/** Incident `number` of `owner` with a review holding `items` in that order. */
async function incidentWithItems(
  owner: Workspace,
  number: number,
  options: { services: string[]; private?: boolean },
  items: ItemSpec[],
): Promise<void> {
  const incident = buildIncident(owner.id, number, {
    // Time-ordered, as newId's are: "oldest incident first" is id order.
    id: `0000000${number}-${randomUUID().slice(9)}` as IncidentId,
    services: options.services,
    private: options.private ?? false,
  });
  await insertIncident(database.db, incident, number);
  const reviewId = randomUUID() as ReviewId;
  await insertReview(
    database.db,
    buildReview({ id: reviewId, workspaceId: owner.id, incidentId: incident.id }),
    null,
  );
  await insertActionItems(
    database.db,
    items.map(([id, status, dueDate], position) => ({
      ...buildActionItem({ id: `${owner.id}-${id}`, title: id, status, dueDate }),
      workspaceId: owner.id,
      reviewId,
      incidentId: incident.id,
      position,
      version: 1,
      createdAt: at('2026-01-01T00:00:00.000Z'),
      createdBy: 'Ana Silva',
      updatedAt: at('2026-01-01T00:00:00.000Z'),
      updatedBy: 'Ana Silva',
    })),
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  workspace = buildWorkspace();
  await insertWorkspace(database.db, workspace);
  await incidentWithItems(workspace, 1, { services: ['checkout', 'search'] }, [
    ['a', 'open', '2026-01-10'],
    ['b', 'in_progress', '2026-04-19'],
    // Due on the cutoff day itself: not over until that day ends.
    ['c', 'open', CUTOFF],
  ]);
  await incidentWithItems(workspace, 2, { services: ['checkout'] }, [
    ['d', 'done', '2026-01-01'],
    ['e', 'verified', '2026-01-01'],
    ['f', 'wont_do', '2026-01-01'],
    ['g', 'open', null],
    ['j', 'open', '2026-03-01'],
  ]);
  await incidentWithItems(workspace, 3, { services: ['checkout'], private: true }, [
    ['h', 'open', '2026-02-01'],
  ]);
  await incidentWithItems(workspace, 4, { services: ['search'] }, [['i', 'open', '2026-01-10']]);
  const other = buildWorkspace();
  await insertWorkspace(database.db, other);
  await incidentWithItems(other, 1, { services: ['checkout'] }, [['k', 'open', '2026-01-01']]);
});
afterAll(() => database.dispose());

const titles = (list: { title: string }[]) => list.map((item) => item.title).sort();

describe('listOverdueFacts', () => {
  const overdue = (options: { includePrivate: boolean; oldest?: number }) =>
    listOverdueFacts(database.db, workspace.id as WorkspaceId, { cutoff: CUTOFF, ...options });

  it('counts open and in-progress items due before the cutoff day by due day, and lists them', async () => {
    const facts = await overdue({ includePrivate: false });
    expect(facts.dueDays).toEqual([
      { dueDate: '2026-01-10', count: 2 },
      { dueDate: '2026-03-01', count: 1 },
      { dueDate: '2026-04-19', count: 1 },
    ]);
    expect(titles(facts.oldest)).toEqual(['a', 'b', 'i', 'j']);
    expect(facts.oldest.find((item) => item.title === 'i')).toMatchObject({
      incidentKey: 'INC-4',
      dueDate: '2026-01-10',
      owner: 'Jordan Lee',
    });
  });

  it('counts a private incident’s items only for a reader who may see it', async () => {
    const facts = await overdue({ includePrivate: true });
    expect(facts.dueDays).toContainEqual({ dueDate: '2026-02-01', count: 1 });
    expect(titles(facts.oldest)).toEqual(['a', 'b', 'h', 'i', 'j']);
  });

  it('lists the oldest asked for with every item of the last day they reach, and none for zero', async () => {
    expect(titles((await overdue({ includePrivate: false, oldest: 1 })).oldest)).toEqual([
      'a',
      'i',
    ]);
    expect(titles((await overdue({ includePrivate: false, oldest: 3 })).oldest)).toEqual([
      'a',
      'i',
      'j',
    ]);
    const none = await overdue({ includePrivate: false, oldest: 0 });
    expect(none.oldest).toEqual([]);
    expect(none.dueDays).toHaveLength(3);
  });
});

describe('listFreezeFacts', () => {
  const freezes = (options: { includePrivate: boolean; limit?: number }) =>
    listFreezeFacts(database.db, workspace.id as WorkspaceId, ['checkout', 'search'], options);

  it('counts and lists each service’s unverified items, oldest incident first, in review order', async () => {
    const facts = await freezes({ includePrivate: false });
    expect(facts.get('checkout')).toEqual({
      count: 6,
      items: ['a', 'b', 'c', 'd', 'g', 'j'].map((title) => ({
        id: `${workspace.id}-${title}`,
        incidentKey: title < 'd' ? 'INC-1' : 'INC-2',
        title,
        status: { a: 'open', b: 'in_progress', c: 'open', d: 'done', g: 'open', j: 'open' }[title],
      })),
    });
    expect(facts.get('search')?.count).toBe(4);
    expect(facts.get('search')?.items.map((item) => item.title)).toEqual(['a', 'b', 'c', 'i']);
  });

  it('lists only the first few when asked, still counting them all, and private ones only when allowed', async () => {
    const limited = await freezes({ includePrivate: false, limit: 2 });
    expect(limited.get('checkout')).toMatchObject({ count: 6 });
    expect(limited.get('checkout')?.items.map((item) => item.title)).toEqual(['a', 'b']);
    expect((await freezes({ includePrivate: true })).get('checkout')?.count).toBe(7);
  });
});

describe('listEarlierActionItemFacts and listInsightFacts', () => {
  it('reads the items of incidents in range, and those of earlier incidents due in it with their incident', async () => {
    // Every incident above was declared before this range: only items due from March are read.
    const later = await listEarlierActionItemFacts(database.db, workspace.id as WorkspaceId, {
      includePrivate: false,
      dueFrom: '2026-03-01',
      since: at('2030-01-01T00:00:00.000Z'),
    });
    expect(later.map((item) => [item.title, item.incident])).toEqual(
      expect.arrayContaining([
        ['b', { key: 'INC-1', services: ['checkout', 'search'] }],
        ['c', { key: 'INC-1', services: ['checkout', 'search'] }],
        ['j', { key: 'INC-2', services: ['checkout'] }],
      ]),
    );
    expect(later).toHaveLength(3);
    // A range holding them all carries every item of the workspace's public incidents, once.
    const { items: all } = await listInsightFacts(database.db, workspace.id as WorkspaceId, {
      includePrivate: false,
      since: at('2000-01-01T00:00:00.000Z'),
      until: at('2031-01-01T00:00:00.000Z'),
    });
    expect(titles(all)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'i', 'j']);
  });
});
