/** @module The storage layer's public surface: open, migrate, and the repositories. */

export * from './action-items.js';
export * from './audit-log.js';
export * from './database.js';
export type { Executor } from './executor.js';
export * from './imported-timeline-events.js';
export * from './incidents.js';
export * from './integrations.js';
export * from './migrate.js';
export * from './new-id.js';
export * from './policies.js';
export * from './review-revision.js';
export * from './review-templates.js';
export * from './reviews.js';
export * from './row-counts.js';
export * from './services.js';
export * from './signals.js';
export * from './timeline-events.js';
export * from './workspaces.js';
