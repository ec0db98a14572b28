/** @module The web app's view of the API: client, queries, types and the domain's vocabulary. */
export { ApiError, isConflict, messageOf } from './api-error.js';
export * from './insight-queries.js';
export * from './queries.js';
export { requestJson } from './request-json.js';
export type * from './types.js';
export * from './vocabulary.js';
