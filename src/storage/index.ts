/** @module The storage layer's public surface: open, migrate, and the repositories. */
export * from './audit-log.js';
export * from './database.js';
export type { Executor } from './executor.js';
export * from './incidents.js';
export * from './migrate.js';
export * from './new-id.js';
export * from './services.js';
export * from './timeline-events.js';
export * from './workspaces.js';
