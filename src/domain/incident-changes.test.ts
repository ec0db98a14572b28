import { describe, expect, it } from 'vitest';
import type { IncidentId, IncidentKey, WorkspaceId } from './ids.js';
import type { Incident } from './incident.js';
import { describeFieldChange, diffIncident } from './incident-changes.js';
import type { Instant } from './instant.js';
import { NO_MILESTONES } from './milestones.js';

function buildIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'incident-1' as IncidentId,
    workspaceId: 'workspace-1' as WorkspaceId,
    key: 'INC-7' as IncidentKey,
    title: 'Search results empty',
    severity: 'SEV2',
    status: 'investigating',
    summary: '',
    customerImpact: '',
    services: ['search'],
    tags: [],
    roles: [],
    participants: [],
    private: false,
    timeZone: 'UTC',
    milestones: { ...NO_MILESTONES },
    version: 1,
    createdAt: '2026-03-12T09:00:00.000Z' as Instant,
    createdBy: 'owner',
    updatedAt: '2026-03-12T09:00:00.000Z' as Instant,
    updatedBy: 'owner',
    ...overrides,
  };
}

describe('diffIncident', () => {
  it('finds nothing between an incident and itself', () => {
    expect(diffIncident(buildIncident(), buildIncident())).toEqual([]);
  });

  it('ignores bookkeeping fields such as version and updatedAt', () => {
    const after = buildIncident({ version: 9, updatedAt: '2026-03-13T00:00:00.000Z' as Instant });
    expect(diffIncident(buildIncident(), after)).toEqual([]);
  });

  it('lists editable fields, then status, then milestones, each with from and to', () => {
    const before = buildIncident();
    const after = buildIncident({
      severity: 'SEV1',
      services: ['search', 'indexer'],
      status: 'mitigated',
      milestones: { ...NO_MILESTONES, detected: '2026-03-12T09:03:00.000Z' as Instant },
    });
    expect(diffIncident(before, after)).toEqual([
      { field: 'severity', from: 'SEV2', to: 'SEV1' },
      { field: 'services', from: ['search'], to: ['search', 'indexer'] },
      { field: 'status', from: 'investigating', to: 'mitigated' },
      { field: 'milestones.detected', from: null, to: '2026-03-12T09:03:00.000Z' },
    ]);
  });

  it('sees a change in the order of a list', () => {
    const before = buildIncident({ tags: ['a', 'b'] });
    expect(diffIncident(before, buildIncident({ tags: ['b', 'a'] }))).toEqual([
      { field: 'tags', from: ['a', 'b'], to: ['b', 'a'] },
    ]);
  });
});

describe('describeFieldChange', () => {
  it.each([
    [{ field: 'severity', from: 'SEV2', to: 'SEV1' }, 'severity changed from SEV2 to SEV1'],
    [{ field: 'summary', from: '', to: 'DNS' }, 'summary changed from nothing to DNS'],
    [{ field: 'tags', from: [], to: ['dns', 'edge'] }, 'tags changed from nothing to dns, edge'],
    [
      { field: 'milestones.detected', from: '2026-03-12T09:03:00.000Z', to: null },
      'milestones.detected changed from 2026-03-12T09:03:00.000Z to nothing',
    ],
    [
      { field: 'roles', from: [], to: [{ role: 'commander', person: 'Ana' }] },
      'roles changed from nothing to {"role":"commander","person":"Ana"}',
    ],
    [{ field: 'private', from: false, to: true }, 'private changed from false to true'],
  ])('describes %j as "%s"', (change, text) => {
    expect(describeFieldChange(change)).toBe(text);
  });
});
