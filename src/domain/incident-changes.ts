/** @module What changed between two versions of an incident, field by field, for its audit trail. */
import { EDITABLE_INCIDENT_FIELDS, type Incident } from './incident.js';
import { MILESTONE_NAMES } from './milestones.js';
import type { FieldChange } from './timeline-event.js';

/** Every editable field, status and milestone that differs between `before` and `after`. */
export function diffIncident(before: Incident, after: Incident): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of [...EDITABLE_INCIDENT_FIELDS, 'status'] as const) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes.push({ field, from: before[field], to: after[field] });
    }
  }
  for (const name of MILESTONE_NAMES) {
    if (before.milestones[name] !== after.milestones[name]) {
      changes.push({
        field: `milestones.${name}`,
        from: before.milestones[name],
        to: after.milestones[name],
      });
    }
  }
  return changes;
}

/** A sentence for the timeline, e.g. `severity changed from SEV2 to SEV1`. */
export function describeFieldChange(change: FieldChange): string {
  const show = (value: unknown) =>
    value === null || value === undefined || value === ''
      ? 'nothing'
      : Array.isArray(value)
        ? value.length === 0
          ? 'nothing'
          : value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')
        : String(value);
  return `${change.field} changed from ${show(change.from)} to ${show(change.to)}`;
}
