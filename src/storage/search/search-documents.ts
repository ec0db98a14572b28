/** @module Writes the engine-neutral part of documents, many per statement: their rows, factor categories and signature terms. */
import { sql } from 'kysely';
import type { SearchDocument } from '../../domain/library/index.js';
import type { Executor } from '../executor.js';
import { type SearchDocumentTable, withSearchTables } from './search-tables.js';

export interface IndexedDocument {
  incidentId: string;
  workspaceId: string;
  document: SearchDocument;
  indexedAt: string;
}

/** Bound values per statement: well under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_VALUES = 8_000;

const UPDATED_COLUMNS = [
  'workspace_id',
  'title',
  'summary',
  'factors',
  'lessons',
  'actions',
  'timeline',
  'categories',
  'signature',
  'indexed_at',
] as const;

/** `list` cut into pieces of rows that bind at most MAX_VALUES values each. */
export function chunksOf<T>(list: T[], valuesPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_VALUES / valuesPerRow));
  const chunks: T[][] = [];
  for (let i = 0; i < list.length; i += size) chunks.push(list.slice(i, i + size));
  return chunks;
}

/** Inserts or replaces the document rows, then their categories and terms. */
export async function upsertDocumentRows(db: Executor, entries: IndexedDocument[]): Promise<void> {
  if (entries.length === 0) return;
  const sdb = withSearchTables(db);
  const rows = entries.map(documentRowOf);
  for (const chunk of chunksOf(rows, UPDATED_COLUMNS.length + 1)) {
    await sdb
      .insertInto('search_documents')
      .values(chunk as SearchDocumentTable[])
      .onConflict((oc) =>
        oc
          .column('incident_id')
          .doUpdateSet(
            Object.fromEntries(
              UPDATED_COLUMNS.map((c) => [c, sql.ref(`excluded.${c}`)]),
            ) as Partial<SearchDocumentTable>,
          ),
      )
      .execute();
  }
  const ids = entries.map((entry) => entry.incidentId);
  for (const chunk of chunksOf(ids, 1)) {
    await sdb.deleteFrom('search_categories').where('incident_id', 'in', chunk).execute();
    await sdb.deleteFrom('search_terms').where('incident_id', 'in', chunk).execute();
  }
  const categories = entries.flatMap((entry) =>
    entry.document.categories.map((value) => ({
      workspace_id: entry.workspaceId,
      incident_id: entry.incidentId,
      value,
    })),
  );
  for (const chunk of chunksOf(categories, 3)) {
    await sdb.insertInto('search_categories').values(chunk).execute();
  }
  const terms = entries.flatMap((entry) =>
    entry.document.signature.map((t) => ({
      workspace_id: entry.workspaceId,
      incident_id: entry.incidentId,
      term: t.term,
      weight: t.weight,
    })),
  );
  for (const chunk of chunksOf(terms, 4)) {
    await sdb.insertInto('search_terms').values(chunk).execute();
  }
}

function documentRowOf(entry: IndexedDocument): SearchDocumentTable {
  const { text, categories, signature } = entry.document;
  return {
    incident_id: entry.incidentId,
    workspace_id: entry.workspaceId,
    ...text,
    categories: JSON.stringify(categories),
    signature: JSON.stringify(signature),
    indexed_at: entry.indexedAt,
  };
}

/** Removes the document rows of incidents that are gone (on SQLite their FTS rows go with them by trigger). */
export async function deleteDocumentRows(db: Executor, incidentIds: string[]): Promise<void> {
  for (const chunk of chunksOf(incidentIds, 1)) {
    await withSearchTables(db)
      .deleteFrom('search_documents')
      .where('incident_id', 'in', chunk)
      .execute();
  }
}
