/** @module Row types of the search tables, kept apart from schema.ts: only the search modules query them. */
import type { Kysely } from 'kysely';
import type { Executor } from '../executor.js';
import type { DB } from '../schema.js';

/** One incident's indexed text (as cut for the index) and what related-incident scoring reads. */
export interface SearchDocumentTable {
  incident_id: string;
  workspace_id: string;
  title: string;
  summary: string;
  factors: string;
  lessons: string;
  actions: string;
  timeline: string;
  categories: string;
  signature: string;
  indexed_at: string;
}

export interface SearchCategoryTable {
  workspace_id: string;
  incident_id: string;
  value: string;
}

export interface SearchTermTable {
  workspace_id: string;
  incident_id: string;
  term: string;
  weight: number;
}

/** Incidents whose document must be rebuilt; `seq` grows with each change so a rebuild never loses one. */
export interface SearchDirtyTable {
  incident_id: string;
  workspace_id: string;
  seq: number;
}

export type SearchTables = {
  search_documents: SearchDocumentTable;
  search_categories: SearchCategoryTable;
  search_terms: SearchTermTable;
  search_dirty: SearchDirtyTable;
};

/** The executor, typed to see the search tables too. */
export function withSearchTables(db: Executor): Kysely<DB & SearchTables> {
  return (db as Kysely<DB>).withTables<SearchTables>();
}
