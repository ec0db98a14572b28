/** @module The one full-text search interface; each dialect implements it in its own module. */
import type { Dialect } from '../database.js';
import type { Executor } from '../executor.js';
import type { IndexedDocument } from './search-documents.js';
import { postgresSearchEngine } from './search-postgres.js';
import type { SearchHit, SearchRequest } from './search-request.js';
import { sqliteSearchEngine } from './search-sqlite.js';

export interface SearchEngine {
  /** Inserts or replaces the documents of several incidents, a few statements for the lot. */
  writeDocuments(db: Executor, entries: IndexedDocument[]): Promise<void>;
  /** Removes the documents of incidents that are gone. */
  deleteDocuments(db: Executor, incidentIds: string[]): Promise<void>;
  /** One page of hits, most relevant first (ties: newest incident first). */
  search(db: Executor, request: SearchRequest): Promise<SearchHit[]>;
}

export function searchEngineFor(dialect: Dialect): SearchEngine {
  return dialect === 'sqlite' ? sqliteSearchEngine : postgresSearchEngine;
}
