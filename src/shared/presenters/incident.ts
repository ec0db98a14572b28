/** @module The public view of an incident, shared by the API and the CLI's --json: internal ids and the workspace stay inside. */
import type { Incident } from '../../domain/incident.js';
import type { IncidentView } from '../schemas/incidents.js';

export function presentIncident(incident: Incident): IncidentView {
  return {
    key: incident.key,
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    summary: incident.summary,
    customerImpact: incident.customerImpact,
    services: incident.services,
    tags: incident.tags,
    roles: incident.roles,
    participants: incident.participants,
    private: incident.private,
    timeZone: incident.timeZone,
    milestones: incident.milestones,
    version: incident.version,
    createdAt: incident.createdAt,
    createdBy: incident.createdBy,
    updatedAt: incident.updatedAt,
    updatedBy: incident.updatedBy,
  };
}
