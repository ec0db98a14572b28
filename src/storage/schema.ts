/** @module Row types of every table, as Kysely sees them. Instants are stored as fixed-width UTC ISO text. */
import type { Generated } from 'kysely';

export interface WorkspaceTable {
  id: string;
  slug: string;
  name: string;
  incident_prefix: string;
  next_incident_number: number;
  time_zone: string;
  created_at: string;
  settings_revision: Generated<number>;
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
  /** Bumped by every write to the incident's timeline events (storage/timeline-events.ts). */
  timeline_revision: Generated<number>;
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
  /** The source id of an imported event (`source id`, `slack:<channel>:<ts>`), unique per incident. */
  origin_key: string | null;
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

export interface IntegrationTable {
  id: string;
  workspace_id: string;
  source: string;
  name: string;
  secret: string;
  clock_offset_seconds: number;
  enabled: number;
  created_at: string;
  created_by: string;
  disabled_at: string | null;
}

export interface SignalTable {
  id: string;
  workspace_id: string;
  integration_id: string | null;
  source: string;
  dedupe_key: string;
  kind: string;
  at: string;
  source_zone: string;
  title: string;
  text: string;
  service: string | null;
  incident_keys: string;
  actor: string | null;
  url: string | null;
  labels: string;
  received_at: string;
}

export interface SignalLinkTable {
  workspace_id: string;
  incident_id: string;
  signal_id: string;
  decision: string;
  timeline_event_id: string | null;
  milestone_hint: string | null;
  decided_at: string;
  decided_by: string;
}

export interface ReviewTable {
  id: string;
  workspace_id: string;
  incident_id: string;
  status: string;
  authors: string;
  reviewers: string;
  summary: string;
  impact: string;
  lessons: string;
  why_trees: string;
  factors: string;
  meeting: string;
  publish_override: string | null;
  follow_up: string | null;
  follow_up_due_at: string | null;
  /** Set by the follow-up job when it claims the question (migration 0009); not part of the Review. */
  follow_up_asked_at?: string | null;
  follow_up_ask_attempts?: number;
  follow_up_ask_error?: string | null;
  template_id: string;
  version: number;
  /** Bumped by writes the version does not count: action items, the follow-up sweep. */
  revision: Generated<number>;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  submitted_at: string | null;
  approved_at: string | null;
  published_at: string | null;
  draft_due_at: string | null;
  meeting_due_at: string | null;
  publish_due_at: string | null;
}

export interface ActionItemTable {
  id: string;
  workspace_id: string;
  review_id: string;
  incident_id: string;
  position: number;
  title: string;
  owner: string | null;
  due_date: string | null;
  horizon: string;
  type: string;
  impact: number;
  effort: number;
  success_criteria: string;
  validation_method: string;
  status: string;
  wont_do_reason: string | null;
  verification: string | null;
  done_at: string | null;
  tracker_url: string | null;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface ReviewTemplateTable {
  workspace_id: string;
  template_id: string;
  position: number;
  name: string;
  severities: string;
  sections: string;
  default_why_questions: string;
  updated_at: string;
  updated_by: string;
}

export interface PolicyTable {
  workspace_id: string;
  severity: string;
  overrides: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

/** One reminder digest per owner address and day; the row is the job's idempotency key. */
export interface ReminderDigestTable {
  workspace_id: string;
  owner: string;
  day: string;
  status: string;
  attempts: number;
  action_item_ids: string;
  claimed_at: string;
  finished_at: string | null;
  last_error: string | null;
}

/** One row per incident, rebuilt by triggers (migrations 0014, 0015); `facts` is parsed in insight-facts.ts. */
export interface IncidentInsightFactsTable {
  workspace_id: string;
  anchor: string;
  incident_id: string;
  private: number;
  facts: string;
  /** 1 when the incident has a review. */
  reviewed: number;
  /** The later of its mitigation and resolution; null when it has neither. */
  ended_at: string | null;
}

export interface DB {
  workspaces: WorkspaceTable;
  incidents: IncidentTable;
  incident_services: IncidentLabelTable;
  incident_tags: IncidentLabelTable;
  timeline_events: TimelineEventTable;
  services: ServiceTable;
  audit_log: AuditLogTable;
  integrations: IntegrationTable;
  signals: SignalTable;
  signal_links: SignalLinkTable;
  reviews: ReviewTable;
  action_items: ActionItemTable;
  review_templates: ReviewTemplateTable;
  policies: PolicyTable;
  reminder_digests: ReminderDigestTable;
  incident_insight_facts: IncidentInsightFactsTable;
}
