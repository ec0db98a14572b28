/** @module Identifier types, so an incident key is never passed where an event id belongs. */

export type WorkspaceId = string & { readonly __brand: 'WorkspaceId' };
/** A human key such as `INC-42`, unique within a workspace. */
export type IncidentKey = string & { readonly __brand: 'IncidentKey' };
export type IncidentId = string & { readonly __brand: 'IncidentId' };
export type TimelineEventId = string & { readonly __brand: 'TimelineEventId' };
export type ServiceId = string & { readonly __brand: 'ServiceId' };

const INCIDENT_KEY = /^[A-Z][A-Z0-9]{0,9}-[1-9][0-9]{0,8}$/;

/** True when `text` looks like an incident key (`INC-42`). */
export function isIncidentKey(text: string): text is IncidentKey {
  return INCIDENT_KEY.test(text);
}

/** The key of the `number`th incident of a workspace whose keys start with `prefix`. */
export function incidentKeyOf(prefix: string, number: number): IncidentKey {
  return `${prefix}-${number}` as IncidentKey;
}
