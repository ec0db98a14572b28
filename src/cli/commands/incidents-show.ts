/** @module `hindsight incidents show KEY`: one incident with its milestones, durations and timeline. */
import { isIncidentKey } from '../../domain/ids.js';
import { presentIncident } from '../../shared/presenters/incident.js';
import { presentTimelineEvent } from '../../shared/presenters/timeline-event.js';
import { getIncident } from '../../usecases/incidents.js';
import type { Command } from '../command.js';
import { formatIncident } from '../format-incident.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';

export const incidentsShowCommand: Command = {
  name: 'incidents show',
  summary: 'Show an incident: details, milestones, durations and timeline',
  usage: 'hindsight incidents show KEY [--json]',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } }, true);
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0 ? 'give the incident key, e.g. INC-42' : 'give one incident key',
      );
    }
    const key = positionals[0]!.toUpperCase();
    if (!isIncidentKey(key)) {
      throw new UsageError(`KEY: "${positionals[0]}" is not an incident key such as INC-42`);
    }
    const { incident, events } = await withWorkspace(io.env, (ctx) => getIncident(ctx, key));
    if (values.json) {
      const body = { ...presentIncident(incident), events: events.map(presentTimelineEvent) };
      io.stdout(`${JSON.stringify(body, null, 2)}\n`);
    } else {
      io.stdout(formatIncident(incident, events));
    }
    return EXIT.ok;
  },
};
