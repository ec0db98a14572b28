/** @module Synthetic incidents and timelines of plausible size and shape, for the benchmarks. */
import {
  type IncidentId,
  incidentKeyOf,
  type TimelineEventId,
  type WorkspaceId,
} from '../src/domain/ids.js';
import type { Incident, Severity } from '../src/domain/incident.js';
import { type Instant, instantFromEpochMs } from '../src/domain/instant.js';
import { NO_MILESTONES } from '../src/domain/milestones.js';
import { MANUAL_EVENT_KINDS, type TimelineEvent } from '../src/domain/timeline-event.js';
import { newId } from '../src/storage/new-id.js';

const START_MS = Date.UTC(2026, 0, 5, 8, 0, 0);
const SEVERITIES: Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];
const ACTORS = ['amara', 'bruno', 'chen', 'dita', 'emeka', null];
const SUBJECTS = [
  'checkout-api p95 latency',
  'the orders queue depth',
  'replica lag on db-eu-2',
  'the payments webhook error rate',
  'login success ratio',
  'cache hit ratio on edge-3',
];
const VERBS = [
  'climbed past its alert threshold',
  'returned to its usual range',
  'was flagged by the on-call engineer',
  'looked unrelated after a closer read of the dashboards',
  'matched the rollout window of build 4812',
];
const FOLLOW_UPS = [
  '',
  ' Paged the database owner and opened a bridge call.',
  ' Support reported three tickets from enterprise customers in the same minute.',
  ' Decided to hold the rollout and drain traffic from the affected zone before retrying.',
];

/** The `number`th incident of a workspace, declared on a fixed day a few hours apart. */
export function buildBenchIncident(workspaceId: WorkspaceId, number: number): Incident {
  const at = instantFromEpochMs(START_MS + number * 3_600_000);
  return {
    id: newId() as IncidentId,
    workspaceId,
    key: incidentKeyOf('INC', number),
    title: `Degraded ${SUBJECTS[number % SUBJECTS.length]} (synthetic incident ${number})`,
    severity: SEVERITIES[number % SEVERITIES.length] ?? 'SEV3',
    status: 'investigating',
    summary: 'Synthetic incident written by the benchmarks.',
    customerImpact: '',
    services: ['checkout-api', `svc-${number % 50}`],
    tags: number % 3 === 0 ? ['bench'] : [],
    roles: [{ role: 'incident_commander', person: 'amara' }],
    participants: [{ name: 'amara', team: 'payments' }, { name: 'bruno' }],
    private: false,
    timeZone: 'UTC',
    milestones: { ...NO_MILESTONES },
    version: 1,
    createdAt: at,
    createdBy: 'bench',
    updatedAt: at,
    updatedBy: 'bench',
  };
}

/** `count` events of an incident, one every 20 seconds, with varied kinds, text and links. */
export function buildBenchEvents(incident: Incident, count: number): TimelineEvent[] {
  const startMs = Date.parse(incident.createdAt);
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const at = instantFromEpochMs(startMs + i * 20_000) as Instant;
    events.push({
      id: newId() as TimelineEventId,
      workspaceId: incident.workspaceId,
      incidentId: incident.id,
      at,
      sourceZone: 'UTC',
      kind: MANUAL_EVENT_KINDS[i % MANUAL_EVENT_KINDS.length] ?? 'note',
      source: i % 4 === 0 ? 'alertmanager' : 'manual',
      actor: ACTORS[i % ACTORS.length] ?? null,
      text: `${SUBJECTS[i % SUBJECTS.length]} ${VERBS[i % VERBS.length]}.${FOLLOW_UPS[i % FOLLOW_UPS.length]}`,
      highlight: i % 10 === 0,
      links:
        i % 5 === 0
          ? [{ url: `https://grafana.example.com/d/checkout?from=${i}`, title: 'dashboard' }]
          : [],
      change: null,
      version: 1,
      createdAt: at,
      createdBy: 'bench',
    });
  }
  return events;
}
