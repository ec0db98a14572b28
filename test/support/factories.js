/** @module Builders of domain values for tests: fixed instants, fresh ids, overridable fields. */
import { randomUUID } from 'node:crypto';
import { NO_MILESTONES } from '../../src/domain/milestones.js';
const CREATED = '2026-03-12T12:00:00.000Z';
export function buildWorkspace(overrides = {}) {
    return {
        id: randomUUID(),
        slug: `ws-${randomUUID().slice(0, 8)}`,
        name: 'Test workspace',
        incidentPrefix: 'INC',
        timeZone: 'UTC',
        createdAt: CREATED,
        ...overrides,
    };
}
/** An incident of `workspaceId`; its key follows `number` unless given. */
export function buildIncident(workspaceId, number, overrides = {}) {
    return {
        id: randomUUID(),
        workspaceId,
        key: `INC-${number}`,
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
export function buildTimelineEvent(incident, overrides = {}) {
    return {
        id: randomUUID(),
        workspaceId: incident.workspaceId,
        incidentId: incident.id,
        at: '2026-03-12T09:15:00.000Z',
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
export function buildService(workspaceId, overrides = {}) {
    return {
        id: randomUUID(),
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
//# sourceMappingURL=factories.js.map