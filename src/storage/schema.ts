/** @module Row types of every table, as Kysely sees them. Instants are stored as fixed-width UTC ISO text. */
export interface WorkspaceTable {
  id: string;
  slug: string;
  name: string;
  incident_prefix: string;
  next_incident_number: number;
  time_zone: string;
  created_at: string;
}

export interface IncidentTable {
  id: string;
  workspace_id: string;
  key: string;
  number: number;
  title: string;
  severity: string;
  status: string;
  summary: string;
  customer_impact: string;
  roles: string;
  participants: string;
  private: number;
  time_zone: string;
  impact_started_at: string | null;
  detected_at: string | null;
  acknowledged_at: string | null;
  mitigated_at: string | null;
  resolved_at: string | null;
  customers_notified_at: string | null;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** Services and tags live in their own tables so filters stay plain indexed lookups on both engines. */
export interface IncidentLabelTable {
  workspace_id: string;
  incident_id: string;
  value: string;
  position: number;
}

export interface TimelineEventTable {
  id: string;
  workspace_id: string;
  incident_id: string;
  at: string;
  source_zone: string;
  kind: string;
  source: string;
  actor: string | null;
  text: string;
  highlight: number;
  links: string;
  change: string | null;
  version: number;
  created_at: string;
  created_by: string;
}

export interface ServiceTable {
  id: string;
  workspace_id: string;
  name: string;
  owning_team: string | null;
  slo_target: number | null;
  slo_window_days: number;
  revenue_per_hour: number | null;
  tags: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: string;
  workspace_id: string;
  entity: string;
  entity_id: string;
  action: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  actor: string;
  at: string;
}

export interface DB {
  workspaces: WorkspaceTable;
  incidents: IncidentTable;
  incident_services: IncidentLabelTable;
  incident_tags: IncidentLabelTable;
  timeline_events: TimelineEventTable;
  services: ServiceTable;
  audit_log: AuditLogTable;
}
