/** @module The ordered list of migrations, bundled in code so they run the same from source and from dist. */
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as reviews from './0002-reviews.js';
import * as signals from './0003-signals.js';
import * as search from './0004-search.js';
import * as timelineRevision from './0006-timeline-revision.js';
import * as timelineOriginKey from './0007-timeline-origin-key.js';
import * as insightIndexes from './0008-insight-indexes.js';
import * as followUpReminders from './0009-follow-up-reminders.js';
import * as searchScale from './0010-search-scale.js';
import * as viewRevisions from './0011-view-revisions.js';
import * as insightStamp from './0012-insight-stamp.js';
import * as searchVectors from './0013-search-vectors.js';
import * as insightFacts from './0014-insight-facts.js';
import * as insightFactsJson from './0015-insight-facts-json.js';

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-reviews': reviews,
  '0003-signals': signals,
  '0004-search': search,
  '0006-timeline-revision': timelineRevision,
  '0007-timeline-origin-key': timelineOriginKey,
  '0008-insight-indexes': insightIndexes,
  '0009-follow-up-reminders': followUpReminders,
  '0010-search-scale': searchScale,
  '0011-view-revisions': viewRevisions,
  '0012-insight-stamp': insightStamp,
  '0013-search-vectors': searchVectors,
  '0014-insight-facts': insightFacts,
  '0015-insight-facts-json': insightFactsJson,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
