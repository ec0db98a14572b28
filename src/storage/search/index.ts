/** @module Full-text search storage: one engine interface, a module per dialect, and the tables they share. */

export { listReviewsPublishedBetween, type PublishedReviewEntry } from './anniversary-reviews.js';
export { refreshWorkspaceIndex } from './refresh-search-index.js';
export {
  findRelatedCandidateIds,
  loadRelatedFeatures,
  type RelatedAnchor,
} from './related-candidates.js';
export { clearDirtyMarks, type DirtyMark, hasDirtyMarks, listDirtyMarks } from './search-dirty.js';
export { deleteDocumentRows, type IndexedDocument } from './search-documents.js';
export { type SearchEngine, searchEngineFor } from './search-engine.js';
export type { SearchFilters, SearchHit, SearchRequest } from './search-request.js';
export { loadSearchSources } from './search-sources.js';
