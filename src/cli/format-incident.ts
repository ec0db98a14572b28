/** @module An incident as readable text: header, milestones, durations with their definitions, timeline. */
import { computeDurations, DURATION_DEFINITIONS, type DurationName } from '../domain/durations.js';
import type { Incident } from '../domain/incident.js';
import { checkMilestoneOrder, MILESTONE_NAMES } from '../domain/milestones.js';
import type { TimelineEvent } from '../domain/timeline-event.js';
import { formatInstantIn, formatSeconds, hasSeconds, wordsOf } from './format-time.js';
import { formatTable } from './text-table.js';

export function formatIncident(incident: Incident, events: TimelineEvent[]): string {
  const zone = incident.timeZone;
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : '—');
  const header = formatTable([
    ['severity', incident.severity],
    ['status', incident.status],
    ['services', list(incident.services)],
    ['tags', list(incident.tags)],
    ['private', incident.private ? 'yes' : 'no'],
    ['roles', list(incident.roles.map((r) => `${wordsOf(r.role)}: ${r.person}`))],
    [
      'participants',
      list(incident.participants.map((p) => (p.team ? `${p.name} (${p.team})` : p.name))),
    ],
    ['declared', `${formatInstantIn(incident.createdAt, zone)} ${zone} by ${incident.createdBy}`],
  ]);
  const sections = [`${incident.key}  ${incident.title}\n${header}`];
  if (incident.summary) sections.push(`Summary\n${indent(incident.summary)}`);
  if (incident.customerImpact) sections.push(`Customer impact\n${indent(incident.customerImpact)}`);
  sections.push(formatMilestones(incident), formatDurations(incident));
  const findings = checkMilestoneOrder(incident.milestones);
  if (findings.length > 0) {
    sections.push(
      `Findings\n${indent(findings.map((f) => `${f.severity}  ${f.message}`).join('\n'))}`,
    );
  }
  sections.push(formatTimeline(events, zone));
  return `${sections.join('\n\n')}\n`;
}

function formatMilestones(incident: Incident): string {
  const { milestones, timeZone } = incident;
  const rows = MILESTONE_NAMES.map((name) => {
    const value = milestones[name];
    return [
      wordsOf(name),
      value === null ? 'not set' : formatInstantIn(value, timeZone, hasSeconds(value)),
    ];
  });
  return `Milestones (${timeZone})\n${indent(formatTable(rows))}`;
}

function formatDurations(incident: Incident): string {
  const durations = computeDurations(incident.milestones);
  const rows = (Object.keys(DURATION_DEFINITIONS) as DurationName[]).map((name) => {
    const { from, to, definition } = DURATION_DEFINITIONS[name];
    const value = durations[name];
    const missing = [from, to].filter((m) => incident.milestones[m] === null).map(wordsOf);
    return [
      wordsOf(name),
      value === null ? `unknown: ${missing.join(' and ')} not set` : formatSeconds(value),
      `(${definition})`,
    ];
  });
  return `Durations\n${indent(formatTable(rows))}`;
}

function formatTimeline(events: TimelineEvent[], zone: string): string {
  if (events.length === 0) return 'Timeline\n  (no events yet)';
  const withSeconds = events.some((event) => hasSeconds(event.at));
  const lines = events.flatMap((event) => {
    const when = formatInstantIn(event.at, zone, withSeconds);
    const mark = event.highlight ? '★ ' : '';
    const actor = event.actor ? ` — ${event.actor}` : '';
    const pad = ' '.repeat(when.length);
    return [
      `${when}  [${event.kind}]  ${mark}${event.text.replaceAll('\n', `\n${pad}  `)}${actor}`,
      ...event.links.map((link) => `${pad}  ↳ ${link.title ? `${link.title}: ` : ''}${link.url}`),
    ];
  });
  const count = `${events.length} event${events.length === 1 ? '' : 's'}`;
  return `Timeline (${count}, times in ${zone})\n${indent(lines.join('\n'))}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}
