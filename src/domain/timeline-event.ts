/** @module An entry on an incident's timeline: manual notes, attached signals and recorded field changes. */
import type { IncidentId, TimelineEventId, WorkspaceId } from './ids.js';
import type { Instant } from './instant.js';

export const TIMELINE_EVENT_KINDS = [
  'alert',
  'metric',
  'impact',
  'action',
  'decision',
  'communication',
  'deploy',
  'external',
  'note',
  'field_change',
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

/** Kinds a person may add by hand; `field_change` is written by the system only. */
export const MANUAL_EVENT_KINDS = TIMELINE_EVENT_KINDS.filter((kind) => kind !== 'field_change');

export interface EvidenceLink {
  url: string;
  title?: string;
}

/** One field of an incident changed by someone: recorded on its timeline. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface TimelineEvent {
  id: TimelineEventId;
  workspaceId: WorkspaceId;
  incidentId: IncidentId;
  at: Instant;
  /** The zone the source reported the time in (`UTC`, `+02:00`, `Europe/Paris`), for display. */
  sourceZone: string;
  kind: TimelineEventKind;
  /** Where the entry came from: `manual`, `alertmanager`, `slack`, `hindsight` (field changes), … */
  source: string;
  actor: string | null;
  text: string;
  highlight: boolean;
  links: EvidenceLink[];
  /** Present on `field_change` events. */
  change: FieldChange | null;
  version: number;
  createdAt: Instant;
  createdBy: string;
}

/** Sorts events by instant, then by creation, so ties keep the order they were recorded in. */
export function compareTimelineEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
