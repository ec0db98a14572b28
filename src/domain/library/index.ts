/** @module The learning library: search documents, queries, snippets, related incidents and the anniversary window. */
export { ANNIVERSARY_DAYS, anniversaryWindow } from './anniversary-window.js';
export { highlightSnippets, matchedTokens, type Snippet } from './highlight-snippets.js';
export {
  MIN_TEXT_SIMILARITY,
  type RelatedFeatures,
  type RelatedIncident,
  rankRelatedIncidents,
  scoreRelatedIncident,
  textSimilarity,
} from './related-score.js';
export {
  buildSearchDocument,
  MAX_DOCUMENT_WORDS,
  SEARCH_FIELDS,
  type SearchDocument,
  type SearchField,
  type SearchSource,
} from './search-document.js';
export {
  MAX_CLAUSES,
  parseSearchQuery,
  type SearchClause,
  type SearchQuery,
} from './search-query.js';
export { stemWord } from './stem-word.js';
export { SIGNATURE_SIZE, type SignatureTerm, signatureOf } from './text-signature.js';
export {
  foldWord,
  MAX_WORD_LENGTH,
  stemsOf,
  type TextToken,
  tokenizeText,
} from './tokenize-text.js';
