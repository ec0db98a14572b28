/**
 * @module What insights show of the workspace's open action items without reading them all: the
 * overdue backlog counted by due day plus its oldest items, and the items exhausted budgets wait
 * on, counted by service plus the first of them. Reading every unverified item cost more than the
 * rest of the insights overview together once a workspace had tens of thousands.
 */
import type { WorkspaceId } from '../domain/ids.js';
import {
  dueEndOf,
  type FreezeFacts,
  type OverdueFacts,
  type OverdueItemFacts,
} from '../domain/insights/index.js';
import type { Executor } from './executor.js';

const OVERDUE_STATUSES = ['open', 'in_progress'];
/** Not verified and not won't-do: what a feature freeze waits on. */
const UNVERIFIED_STATUSES = ['open', 'in_progress', 'done'];

function overdueItems(
  db: Executor,
  workspaceId: WorkspaceId,
  cutoff: string,
  includePrivate: boolean,
) {
  let query = db
    .selectFrom('action_items')
    .where('action_items.workspace_id', '=', workspaceId)
    .where('action_items.status', 'in', OVERDUE_STATUSES)
    .where('action_items.due_date', '<', cutoff);
  if (!includePrivate) {
    query = query.where('action_items.incident_id', 'not in', privateIncidentIds(db, workspaceId));
  }
  return query;
}

/**
 * The workspace's private incidents, to leave their items out by id: there are few of them, and
 * reading each item's incident to check would cost more than counting the items.
 */
function privateIncidentIds(db: Executor, workspaceId: WorkspaceId) {
  return db
    .selectFrom('incidents')
    .select('incidents.id')
    .where('incidents.workspace_id', '=', workspaceId)
    .where('incidents.private', '=', 1);
}

/**
 * Open and in-progress items due before `cutoff` (a `YYYY-MM-DD` day): counted per due day, and
 * listed from the oldest due day until at least `oldest` items are listed (all when absent).
 */
export async function listOverdueFacts(
  db: Executor,
  workspaceId: WorkspaceId,
  options: { cutoff: string; includePrivate: boolean; oldest?: number },
): Promise<OverdueFacts> {
  const { cutoff, includePrivate, oldest } = options;
  const dueDays = await overdueItems(db, workspaceId, cutoff, includePrivate)
    .select(['action_items.due_date', (eb) => eb.fn.countAll<number | string>().as('count')])
    .groupBy('action_items.due_date')
    .orderBy('action_items.due_date')
    .execute();
  let lastDay = cutoff;
  if (oldest !== undefined) {
    // The due day of the `oldest`-th item; every item up to and including that day is listed, so
    // the domain can order the ties on that day itself.
    let seen = 0;
    const day = dueDays.find((row) => {
      seen += Number(row.count);
      return seen >= oldest;
    });
    // Before the end of that day: the next day, as `< cutoff` reads.
    if (day?.due_date) lastDay = dueEndOf(day.due_date).slice(0, 10);
  }
  const rows =
    oldest === 0
      ? []
      : await overdueItems(db, workspaceId, lastDay, includePrivate)
          .innerJoin('incidents', 'incidents.id', 'action_items.incident_id')
          .select([
            'action_items.id',
            'incidents.key as incident_key',
            'action_items.title',
            'action_items.owner',
            'action_items.due_date',
          ])
          .execute();
  return {
    dueDays: dueDays.map((row) => ({ dueDate: row.due_date ?? '', count: Number(row.count) })),
    oldest: rows.map(
      (row): OverdueItemFacts => ({
        id: row.id,
        incidentKey: row.incident_key,
        title: row.title,
        owner: row.owner,
        dueDate: row.due_date ?? '',
      }),
    ),
  };
}

/**
 * Every service's count of unverified items (won't-do left out) on its incidents, in one walk of
 * the unverified items by their status index. Given a condition on the services' side, SQLite
 * starts from each service's incidents instead, five times slower (168 against 33 ms for 30 of
 * 40 services at 100,000 incidents), so every service is counted and callers pick theirs.
 */
export async function countFreezeItems(
  db: Executor,
  workspaceId: WorkspaceId,
  options: { includePrivate: boolean },
): Promise<Map<string, number>> {
  let counting = db
    .selectFrom('action_items')
    .innerJoin('incident_services', 'incident_services.incident_id', 'action_items.incident_id')
    .where('action_items.workspace_id', '=', workspaceId)
    .where('action_items.status', 'in', UNVERIFIED_STATUSES);
  if (!options.includePrivate) {
    counting = counting.where(
      'incident_services.incident_id',
      'not in',
      privateIncidentIds(db, workspaceId),
    );
  }
  const rows = await counting
    .select([
      'incident_services.value as service',
      (eb) => eb.fn.countAll<number | string>().as('count'),
    ])
    .groupBy('incident_services.value')
    .execute();
  return new Map(rows.map((row) => [row.service, Number(row.count)]));
}

/**
 * For each of `services`, its incidents' unverified items (won't-do left out): how many (from
 * `counts` when the caller counted already), and the first `limit` of them (all when absent),
 * oldest incident first, then in the review's order.
 */
export async function listFreezeFacts(
  db: Executor,
  workspaceId: WorkspaceId,
  services: readonly string[],
  options: { includePrivate: boolean; limit?: number; counts?: ReadonlyMap<string, number> },
): Promise<Map<string, FreezeFacts>> {
  if (services.length === 0) return new Map();
  const counts = options.counts ?? (await countFreezeItems(db, workspaceId, options));
  const freezes = new Map<string, FreezeFacts>(
    services.map((service) => [service, { count: counts.get(service) ?? 0, items: [] }]),
  );
  // Listing goes the other way: a service's incidents in id order, each one's items, and a stop
  // after the first few.
  const listing = (names: readonly string[]) => {
    let query = db
      .selectFrom('incident_services')
      .innerJoin('action_items', 'action_items.incident_id', 'incident_services.incident_id')
      .innerJoin('incidents', 'incidents.id', 'incident_services.incident_id')
      .where('incident_services.workspace_id', '=', workspaceId)
      .where('incident_services.value', 'in', names)
      .where('action_items.workspace_id', '=', workspaceId)
      .where('action_items.status', 'in', UNVERIFIED_STATUSES);
    if (!options.includePrivate) query = query.where('incidents.private', '=', 0);
    return (
      query
        .select([
          'incident_services.value as service',
          'action_items.id',
          'incidents.key as incident_key',
          'action_items.title',
          'action_items.status',
        ])
        // Incident ids are time-ordered (UUIDv7), so this is oldest incident first, on the index.
        .orderBy('incident_services.value')
        .orderBy('incident_services.incident_id')
        .orderBy('action_items.position')
    );
  };
  // The first few of each service are one short walk of the index each; all of them, one query.
  const { limit } = options;
  const rows =
    limit === undefined
      ? await listing(services).execute()
      : (
          await Promise.all(services.map((service) => listing([service]).limit(limit).execute()))
        ).flat();
  for (const row of rows) {
    freezes.get(row.service)?.items.push({
      id: row.id,
      incidentKey: row.incident_key,
      title: row.title,
      status: row.status,
    });
  }
  return freezes;
}
