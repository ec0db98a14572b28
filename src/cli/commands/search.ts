/** @module `hindsight search QUERY` and `hindsight related KEY`: the learning library from the terminal. */
import { isIncidentKey } from '../../domain/ids.js';
import { describeFirstIssue } from '../../shared/format-issues.js';
import { LibrarySearchQuerySchema } from '../../shared/schemas/library.js';
import { findRelatedIncidents } from '../../usecases/library-related.js';
import { searchLibrary } from '../../usecases/library-search.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';
import { formatRelated, formatSearchResults } from './search-format.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'Search reviews: words (all required), "phrases", prefix*; with filters',
  usage:
    'hindsight search QUERY [--service NAME] [--severity SEV1,SEV2] [--category NAME] [--tag TAG] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--all] [--limit 1-50] [--json]',
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      {
        service: { type: 'string' },
        severity: { type: 'string' },
        category: { type: 'string' },
        tag: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        all: { type: 'boolean' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
      },
      true,
    );
    if (positionals.length === 0)
      throw new UsageError('give the words to search for, e.g. "certificate expiry"');
    // The API's query schema, so the CLI accepts and rejects exactly what the API does.
    const parsed = LibrarySearchQuerySchema.safeParse(
      {
        q: positionals.join(' '),
        service: values.service,
        severity: values.severity,
        category: values.category,
        tag: values.tag,
        from: values.from,
        to: values.to,
        limit: values.limit,
      },
      { reportInput: true },
    );
    if (!parsed.success) {
      const problem = describeFirstIssue(parsed.error, 'options').replace(/^(\w+)\.\d+:/, '$1:');
      throw new UsageError(problem.startsWith('q:') ? `QUERY:${problem.slice(2)}` : `--${problem}`);
    }
    const query = parsed.data;
    const page = await withWorkspace(io.env, (ctx) =>
      searchLibrary(ctx, {
        q: query.q,
        filters: {
          service: query.service,
          severity: query.severity,
          category: query.category,
          tag: query.tag,
          from: query.from,
          to: query.to,
          status: values.all ? 'all' : 'published',
        },
        offset: 0,
        limit: query.limit ?? 20,
      }),
    );
    io.stdout(
      values.json
        ? `${JSON.stringify({ results: page.results }, null, 2)}\n`
        : formatSearchResults(page.results),
    );
    return EXIT.ok;
  },
};

export const relatedCommand: Command = {
  name: 'related',
  summary: 'Incidents related to one: shared services, factor categories, tags and similar text',
  usage: 'hindsight related KEY [--limit 1-50] [--json]',
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      { limit: { type: 'string' }, json: { type: 'boolean' } },
      true,
    );
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0 ? 'give the incident key, e.g. INC-42' : 'give one incident key',
      );
    }
    const key = positionals[0]!.toUpperCase();
    if (!isIncidentKey(key))
      throw new UsageError(`KEY: "${positionals[0]}" is not an incident key such as INC-42`);
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
      throw new UsageError('--limit: must be a number from 1 to 50');
    }
    const related = await withWorkspace(io.env, (ctx) => findRelatedIncidents(ctx, key, limit));
    io.stdout(values.json ? `${JSON.stringify(related, null, 2)}\n` : formatRelated(key, related));
    return EXIT.ok;
  },
};

export const SEARCH_COMMANDS: Command[] = [searchCommand, relatedCommand];
