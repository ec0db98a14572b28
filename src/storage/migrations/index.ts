/** @module The ordered list of migrations, bundled in code so they run the same from source and from dist. */
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as reviews from './0002-reviews.js';
import * as signals from './0003-signals.js';
import * as search from './0004-search.js';
import * as timelineRevision from './0006-timeline-revision.js';

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-reviews': reviews,
  '0003-signals': signals,
  '0004-search': search,
  '0006-timeline-revision': timelineRevision,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
