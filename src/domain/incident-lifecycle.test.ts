import { describe, expect, it } from 'vitest';
import { INCIDENT_STATUSES, type IncidentStatus } from './incident.js';
import { canTransitionIncident, nextIncidentStatuses } from './incident-lifecycle.js';

describe('canTransitionIncident', () => {
  it.each<[IncidentStatus, IncidentStatus, boolean]>([
    ['investigating', 'mitigated', true],
    ['investigating', 'resolved', true],
    ['investigating', 'cancelled', true],
    ['mitigated', 'investigating', true],
    ['mitigated', 'resolved', true],
    ['mitigated', 'cancelled', true],
    ['resolved', 'investigating', true],
    ['resolved', 'mitigated', false],
    ['resolved', 'cancelled', false],
    ['cancelled', 'investigating', true],
    ['cancelled', 'mitigated', false],
    ['cancelled', 'resolved', false],
  ])('from %s to %s: %s', (from, to, allowed) => {
    expect(canTransitionIncident(from, to)).toBe(allowed);
  });

  it.each(INCIDENT_STATUSES)('always lets %s stay where it is', (status) => {
    expect(canTransitionIncident(status, status)).toBe(true);
  });
});

describe('nextIncidentStatuses', () => {
  it('lists where each status may go, for error messages', () => {
    expect(Object.fromEntries(INCIDENT_STATUSES.map((s) => [s, nextIncidentStatuses(s)]))).toEqual({
      investigating: ['mitigated', 'resolved', 'cancelled'],
      mitigated: ['investigating', 'resolved', 'cancelled'],
      resolved: ['investigating'],
      cancelled: ['investigating'],
    });
  });
});
