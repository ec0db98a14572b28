/** @module `hindsight incidents list`: the incidents of the workspace, newest first, as a table or JSON. */
import type { Incident } from '../../domain/incident.js';
import { describeFirstIssue } from '../../shared/format-issues.js';
import { presentIncident } from '../../shared/presenters/incident.js';
import { IncidentListQuerySchema } from '../../shared/schemas/incidents.js';
import { listIncidentsPage } from '../../usecases/incidents.js';
import type { Command } from '../command.js';
import { formatInstantIn } from '../format-time.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';
import { formatTable, truncateText } from '../text-table.js';

const DEFAULT_LIMIT = 50;

export const incidentsListCommand: Command = {
  name: 'incidents list',
  summary: 'List incidents, newest first, with filters',
  usage:
    'hindsight incidents list [--severity SEV1,SEV2] [--status investigating,…] [--service NAME] [--tag TAG] [--text WORDS] [--limit 1-200] [--json]',
  async run(args, io) {
    const { values } = parseOptions(args, {
      severity: { type: 'string' },
      status: { type: 'string' },
      service: { type: 'string' },
      tag: { type: 'string' },
      text: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    });
    // The API's query schema, so the CLI accepts and rejects exactly what the API does.
    const parsed = IncidentListQuerySchema.safeParse(
      {
        severity: values.severity,
        status: values.status,
        service: values.service,
        tag: values.tag,
        q: values.text,
        limit: values.limit,
      },
      { reportInput: true },
    );
    if (!parsed.success) {
      const problem = describeFirstIssue(parsed.error, 'options')
        .replace(/^q:/, 'text:')
        .replace(/^(\w+)\.\d+:/, '$1:');
      throw new UsageError(`--${problem}`);
    }
    const query = parsed.data;
    const page = await withWorkspace(io.env, (ctx) =>
      listIncidentsPage(
        ctx,
        {
          severity: query.severity,
          status: query.status,
          service: query.service,
          tag: query.tag,
          text: query.q,
        },
        { before: null, limit: query.limit ?? DEFAULT_LIMIT },
      ),
    );
    if (values.json) {
      const nextCursor = page.nextBefore === null ? null : cursorOf(page.nextBefore);
      const body = {
        incidents: page.incidents.map((incident) => ({
          ...presentIncident(incident),
          review: page.reviews.get(incident.id) ?? null,
        })),
        nextCursor,
      };
      io.stdout(`${JSON.stringify(body, null, 2)}\n`);
      return EXIT.ok;
    }
    io.stdout(formatIncidentList(page.incidents, page.nextBefore !== null));
    return EXIT.ok;
  },
};

/** The API's cursor for "below incident number `before`" (src/api/cursor.ts), so the JSON matches GET /incidents. */
function cursorOf(before: number): string {
  return Buffer.from(JSON.stringify({ b: before })).toString('base64url');
}

export function formatIncidentList(incidents: Incident[], more: boolean): string {
  if (incidents.length === 0) return 'No incidents match.\n';
  const rows = incidents.map((incident) => [
    incident.key,
    incident.severity,
    incident.status,
    truncateText(incident.title, 60),
    truncateText(incident.services.join(', ') || '—', 40),
    `${formatInstantIn(incident.createdAt, incident.timeZone)} ${incident.timeZone}`,
  ]);
  const table = formatTable([
    ['KEY', 'SEVERITY', 'STATUS', 'TITLE', 'SERVICES', 'DECLARED'],
    ...rows,
  ]);
  const footer = more
    ? `\n${incidents.length} shown; more match. Narrow the filters or raise --limit (at most 200).\n`
    : '';
  return `${table}\n${footer}`;
}
