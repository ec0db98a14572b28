import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentKey } from '../../domain/ids.js';
import type { Incident } from '../../domain/incident.js';
import type { Instant } from '../../domain/instant.js';
import { parseSearchQuery } from '../../domain/library/index.js';
import type { Workspace } from '../../domain/workspace.js';
import type { Database } from '../database.js';
import type { Executor } from '../executor.js';
import { findIncidentByKey, updateIncidentIfVersion } from '../incidents.js';
import { type EngineDatabases, openEngineDatabases } from './engines-test-setup.js';
import { refreshWorkspaceIndex } from './refresh-search-index.js';
import { searchEngineFor } from './search-engine.js';
import type { SearchFilters } from './search-request.js';
import { seedSearchCorpus } from './seed-search-corpus.js';

// PostgreSQL filters on copies of incident and review fields kept beside the tsvector; these tests
// change each copied field the way the product does and check that search follows, on both engines.

let engines: EngineDatabases;
let databases: Database[];

beforeAll(async () => {
  engines = await openEngineDatabases();
  databases = engines.databases;
});
afterAll(() => engines.dispose());

async function keysFound(
  database: Database,
  workspace: Workspace,
  q: string,
  filters: Partial<SearchFilters>,
  includePrivate = false,
): Promise<string[]> {
  const query = parseSearchQuery(q);
  if (!query) throw new Error(`no query in ${q}`);
  const hits = await searchEngineFor(database.dialect).search(database.db, {
    workspaceId: workspace.id,
    query,
    filters: { status: 'all', ...filters },
    includePrivate,
    offset: 0,
    limit: 50,
  });
  return hits.map((hit) => hit.key);
}

/** Rewrites an incident through the repository, as an edit does (labels included). */
async function editIncident(
  db: Executor,
  workspace: Workspace,
  key: string,
  edit: (incident: Incident) => Partial<Incident>,
): Promise<void> {
  const incident = await findIncidentByKey(db, workspace.id, key as IncidentKey);
  if (!incident) throw new Error(`${key} missing`);
  const saved = { ...incident, ...edit(incident), version: incident.version + 1 };
  if (!(await updateIncidentIfVersion(db, saved, incident.version))) throw new Error('conflict');
}

async function setReviewStatus(db: Executor, workspace: Workspace, key: string, status: string) {
  const incident = await findIncidentByKey(db, workspace.id, key as IncidentKey);
  await db
    .updateTable('reviews')
    .set({ status })
    .where('incident_id', '=', incident?.id ?? '')
    .execute();
}

interface Change {
  name: string;
  q: string;
  filters: Partial<SearchFilters>;
  key: string;
  /** Whether `key` is found after the change (it was not before, or the other way round). */
  foundAfter: boolean;
  change: (db: Executor, workspace: Workspace) => Promise<void>;
}

const CHANGES: Change[] = [
  {
    name: 'an incident made public',
    q: 'payroll',
    filters: {},
    key: 'INC-21',
    foundAfter: true,
    change: (db, ws) => editIncident(db, ws, 'INC-21', () => ({ private: false })),
  },
  {
    name: 'an incident made private',
    q: 'certificate',
    filters: {},
    key: 'INC-1',
    foundAfter: false,
    change: (db, ws) => editIncident(db, ws, 'INC-1', () => ({ private: true })),
  },
  {
    name: 'a draft review published',
    q: 'certificate',
    filters: { status: 'published' },
    key: 'INC-19',
    foundAfter: true,
    change: (db, ws) => setReviewStatus(db, ws, 'INC-19', 'published'),
  },
  {
    name: 'a review back in draft',
    q: 'certificate',
    filters: { status: 'published' },
    key: 'INC-1',
    foundAfter: false,
    change: (db, ws) => setReviewStatus(db, ws, 'INC-1', 'draft'),
  },
  {
    name: 'a service added',
    q: 'certificate',
    filters: { service: 'edge-proxy' },
    key: 'INC-19',
    foundAfter: true,
    change: (db, ws) =>
      editIncident(db, ws, 'INC-19', (i) => ({ services: [...i.services, 'edge-proxy'] })),
  },
  {
    name: 'a service removed',
    q: 'certificate',
    filters: { service: 'checkout' },
    key: 'INC-1',
    foundAfter: false,
    change: (db, ws) => editIncident(db, ws, 'INC-1', () => ({ services: ['edge-proxy'] })),
  },
  {
    name: 'a tag added',
    q: 'certificate',
    filters: { tag: 'drills' },
    key: 'INC-19',
    foundAfter: true,
    change: (db, ws) => editIncident(db, ws, 'INC-19', (i) => ({ tags: [...i.tags, 'drills'] })),
  },
  {
    name: 'a tag removed',
    q: 'certificate',
    filters: { tag: 'certificates' },
    key: 'INC-1',
    foundAfter: false,
    change: (db, ws) => editIncident(db, ws, 'INC-1', () => ({ tags: [] })),
  },
  {
    name: 'the severity raised',
    q: 'certificate',
    filters: { severity: ['SEV1'] },
    key: 'INC-19',
    foundAfter: true,
    change: (db, ws) => editIncident(db, ws, 'INC-19', () => ({ severity: 'SEV1' })),
  },
  {
    name: 'the impact start moved into the range',
    q: 'certificate',
    filters: { from: '2024-01-01T00:00:00.000Z', to: '2024-02-01T00:00:00.000Z' },
    key: 'INC-19',
    foundAfter: true,
    change: (db, ws) =>
      editIncident(db, ws, 'INC-19', (i) => ({
        milestones: { ...i.milestones, impactStarted: '2024-01-15T09:00:00.000Z' as Instant },
      })),
  },
];

describe.each(CHANGES)('search after $name', ({ q, filters, key, foundAfter, change }) => {
  it('follows the change once the index has caught up, on every engine', async () => {
    for (const database of databases) {
      const workspace = await seedSearchCorpus(database);
      const label = { dialect: database.dialect, key };
      expect({
        ...label,
        found: (await keysFound(database, workspace, q, filters)).includes(key),
      }).toEqual({ ...label, found: !foundAfter });
      await database.db.transaction().execute(async (db) => {
        await change(db, workspace);
        await refreshWorkspaceIndex(db, database.dialect, workspace.id, '2026-03-13T00:00:00.000Z');
      });
      expect({
        ...label,
        found: (await keysFound(database, workspace, q, filters)).includes(key),
      }).toEqual({ ...label, found: foundAfter });
    }
  });
});

describe('a hit that became private before the index caught up', () => {
  it('is not shown, on every engine', async () => {
    for (const database of databases) {
      const workspace = await seedSearchCorpus(database);
      // Written behind the index's back: nothing rebuilds INC-1's document before the search.
      await database.db
        .updateTable('incidents')
        .set({ private: 1 })
        .where('workspace_id', '=', workspace.id)
        .where('number', '=', 1)
        .execute();
      expect({
        dialect: database.dialect,
        keys: await keysFound(database, workspace, 'certificate', {}),
      }).toEqual({ dialect: database.dialect, keys: expect.not.arrayContaining(['INC-1']) });
      expect(await keysFound(database, workspace, 'certificate', {}, true)).toContain('INC-1');
    }
  });
});
