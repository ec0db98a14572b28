/** @module Builders of domain values for tests: fixed instants, fresh ids, overridable fields. */
import { randomUUID } from 'node:crypto';
import type {
  IncidentId,
  IncidentKey,
  ServiceId,
  TimelineEventId,
  WorkspaceId,
} from '../../src/domain/ids.js';
import type { Incident } from '../../src/domain/incident.js';
import type { Instant } from '../../src/domain/instant.js';
import { NO_MILESTONES } from '../../src/domain/milestones.js';
import type { Service } from '../../src/domain/service.js';
import type { TimelineEvent } from '../../src/domain/timeline-event.js';
import type { Workspace } from '../../src/domain/workspace.js';

const CREATED = '2026-03-12T12:00:00.000Z' as Instant;

export function buildWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    id: randomUUID() as WorkspaceId,
    slug: `ws-${randomUUID().slice(0, 8)}`,
    name: 'Test workspace',
    incidentPrefix: 'INC',
    timeZone: 'UTC',
    createdAt: CREATED,
    ...overrides,
  };
}

/** An incident of `workspaceId`; its key follows `number` unless given. */
export function buildIncident(
  workspaceId: WorkspaceId,
  number: number,
  overrides: Partial<Incident> = {},
): Incident {
  return {
    id: randomUUID() as IncidentId,
    workspaceId,
    key: `INC-${number}` as IncidentKey,
    title: `Incident ${number}`,
    severity: 'SEV3',
    status: 'investigating',
    summary: '',
    customerImpact: '',
    services: [],
    tags: [],
    roles: [],
    participants: [],
    private: false,
    timeZone: 'UTC',
    milestones: { ...NO_MILESTONES },
    version: 1,
    createdAt: CREATED,
    createdBy: 'owner',
    updatedAt: CREATED,
    updatedBy: 'owner',
    ...overrides,
  };
}

export function buildTimelineEvent(
  incident: Pick<Incident, 'id' | 'workspaceId'>,
  overrides: Partial<TimelineEvent> = {},
): TimelineEvent {
  return {
    id: randomUUID() as TimelineEventId,
    workspaceId: incident.workspaceId,
    incidentId: incident.id,
    at: '2026-03-12T09:15:00.000Z' as Instant,
    sourceZone: 'UTC',
    kind: 'note',
    source: 'manual',
    actor: null,
    text: 'Queue depth above 10k',
    highlight: false,
    links: [],
    change: null,
    version: 1,
    createdAt: CREATED,
    createdBy: 'owner',
    ...overrides,
  };
}

export function buildService(workspaceId: WorkspaceId, overrides: Partial<Service> = {}): Service {
  return {
    id: randomUUID() as ServiceId,
    workspaceId,
    name: `service-${randomUUID().slice(0, 8)}`,
    owningTeam: null,
    sloTarget: null,
    sloWindowDays: 30,
    revenuePerHour: null,
    tags: [],
    version: 1,
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  };
}
