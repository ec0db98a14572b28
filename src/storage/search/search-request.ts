/** @module What a search asks the engine for, and what one hit carries back. */
import type { SearchField, SearchQuery } from '../../domain/library/index.js';

export interface SearchFilters {
  service?: string;
  severity?: string[];
  category?: string;
  tag?: string;
  /** Incidents that started (impact, else declaration) at or after this instant. */
  from?: string;
  /** … and before this instant. */
  to?: string;
  /** `published`: only incidents whose review is published; `all`: every incident. */
  status: 'published' | 'all';
}

export interface SearchRequest {
  workspaceId: string;
  query: SearchQuery;
  filters: SearchFilters;
  includePrivate: boolean;
  offset: number;
  limit: number;
}

export interface SearchHit {
  incidentId: string;
  key: string;
  number: number;
  title: string;
  severity: string;
  publishedAt: string | null;
  /** The engine's relevance: higher is better, comparable only within one engine's answer. */
  score: number;
  text: Record<SearchField, string>;
}
