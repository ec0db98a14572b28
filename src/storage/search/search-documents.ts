/** @module Writes the engine-neutral part of a document: its row, its factor categories and its signature terms. */
import type { SearchDocument } from '../../domain/library/index.js';
import type { Executor } from '../executor.js';
import { type SearchDocumentTable, withSearchTables } from './search-tables.js';

export interface IndexedDocument {
  incidentId: string;
  workspaceId: string;
  document: SearchDocument;
  indexedAt: string;
}

/** Inserts or replaces the document row; `extra` carries engine-only columns (PostgreSQL's tsvector). */
export async function upsertDocumentRow(
  db: Executor,
  entry: IndexedDocument,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const { text, categories, signature } = entry.document;
  const row: SearchDocumentTable = {
    incident_id: entry.incidentId,
    workspace_id: entry.workspaceId,
    ...text,
    categories: JSON.stringify(categories),
    signature: JSON.stringify(signature),
    indexed_at: entry.indexedAt,
  };
  const { incident_id, ...fields } = row;
  const sdb = withSearchTables(db);
  await sdb
    .insertInto('search_documents')
    .values({ ...row, ...extra } as SearchDocumentTable)
    .onConflict((oc) => oc.column('incident_id').doUpdateSet({ ...fields, ...extra }))
    .execute();
  await sdb.deleteFrom('search_categories').where('incident_id', '=', incident_id).execute();
  await sdb.deleteFrom('search_terms').where('incident_id', '=', incident_id).execute();
  if (categories.length > 0) {
    await sdb
      .insertInto('search_categories')
      .values(categories.map((value) => ({ workspace_id: entry.workspaceId, incident_id, value })))
      .execute();
  }
  if (signature.length > 0) {
    await sdb
      .insertInto('search_terms')
      .values(
        signature.map((t) => ({
          workspace_id: entry.workspaceId,
          incident_id,
          term: t.term,
          weight: t.weight,
        })),
      )
      .execute();
  }
}

/** Removes an incident's document (its FTS row goes with it by trigger on SQLite). */
export async function deleteDocumentRow(db: Executor, incidentId: string): Promise<void> {
  await withSearchTables(db)
    .deleteFrom('search_documents')
    .where('incident_id', '=', incidentId)
    .execute();
}
