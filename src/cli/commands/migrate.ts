/** @module `hindsight migrate`: applies pending database migrations and says which. */
import { loadConfig } from '../../config.js';
import { openConfiguredDatabase } from '../../server.js';
import { migrateToLatest } from '../../storage/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../io.js';
import { parseOptions } from '../parse-options.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply pending database migrations (the server also does this at start)',
  usage: 'hindsight migrate [--json]',
  async run(args, io) {
    const { values } = parseOptions(args, { json: { type: 'boolean' } });
    const database = openConfiguredDatabase(loadConfig(io.env));
    try {
      const { applied } = await migrateToLatest(database);
      if (values.json) io.stdout(`${JSON.stringify({ applied, database: database.location })}\n`);
      else if (applied.length === 0) io.stdout(`Schema is up to date (${database.location}).\n`);
      else
        io.stdout(
          `Applied ${applied.length} migration(s) to ${database.location}: ${applied.join(', ')}\n`,
        );
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
