/** @module The ordered list of migrations, bundled in code so they run the same from source and from dist. */
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
