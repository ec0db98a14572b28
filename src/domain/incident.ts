/** @module The incident: what happened, how bad, to which services, and where it is in its lifecycle. */
import type { IncidentId, IncidentKey, WorkspaceId } from './ids.js';
import type { Instant } from './instant.js';
import type { Milestones } from './milestones.js';

export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const INCIDENT_STATUSES = ['investigating', 'mitigated', 'resolved', 'cancelled'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** A named role on an incident (`incident_commander`, `comms_lead`, …) and who held it. */
export interface IncidentRole {
  role: string;
  person: string;
}

/** Someone who took part, from any team: engineering, support, sales, product. */
export interface Participant {
  name: string;
  team?: string;
}

export interface Incident {
  id: IncidentId;
  workspaceId: WorkspaceId;
  key: IncidentKey;
  title: string;
  severity: Severity;
  status: IncidentStatus;
  summary: string;
  customerImpact: string;
  services: string[];
  tags: string[];
  roles: IncidentRole[];
  participants: Participant[];
  private: boolean;
  /** The IANA zone the incident is discussed in, for display; instants are UTC regardless. */
  timeZone: string;
  milestones: Milestones;
  version: number;
  createdAt: Instant;
  createdBy: string;
  updatedAt: Instant;
  updatedBy: string;
}

/** The fields a person may edit directly; status has its own transitions. */
export const EDITABLE_INCIDENT_FIELDS = [
  'title',
  'severity',
  'summary',
  'customerImpact',
  'services',
  'tags',
  'roles',
  'participants',
  'private',
  'timeZone',
] as const;
export type EditableIncidentField = (typeof EDITABLE_INCIDENT_FIELDS)[number];
export type IncidentPatch = Partial<Pick<Incident, EditableIncidentField | 'status'>>;
